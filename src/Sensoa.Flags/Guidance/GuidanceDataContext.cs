using System.Text.Json.Serialization;
using Sensoa.Flags.Guidance.Examples;

namespace Sensoa.Flags.Guidance;

/// <summary>Source-generated reading of the shipped worked examples (the directory has its own reader, <see cref="Directory.DirectoryReader"/>); strict, so that a typo in the data fails a test, not a user.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(ExampleDocument))]
internal sealed partial class GuidanceDataContext : JsonSerializerContext
{
}
