using System.Text.Json.Serialization;
using Sensoa.Flags.Guidance.Directory;
using Sensoa.Flags.Guidance.Examples;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Guidance;

/// <summary>Source-generated reading of the shipped data files; strict, so that a typo in the data fails a test, not a user.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    Converters = [typeof(CamelCaseEnumConverter<DayOfWeek>)])]
[JsonSerializable(typeof(DirectoryDocument))]
[JsonSerializable(typeof(ExampleDocument))]
internal sealed partial class GuidanceDataContext : JsonSerializerContext
{
}
