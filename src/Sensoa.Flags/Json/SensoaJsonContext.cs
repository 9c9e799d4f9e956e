using System.Text.Json.Serialization;

namespace Sensoa.Flags.Json;

/// <summary>Source-generated (reflection-free) serialization of the contract types.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NewLine = "\n")]
[JsonSerializable(typeof(Incident))]
[JsonSerializable(typeof(Assessment))]
internal sealed partial class SensoaJsonContext : JsonSerializerContext
{
}
