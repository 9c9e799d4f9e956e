using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sensoa.Flags.Benchmarks;

/// <summary>
/// The floor for the JSON benchmarks: System.Text.Json's source generator over the contract types, with the contract's
/// options (camelCase, enums as strings, two-space indent, <c>\n</c>, relaxed escaping), as an integrator would set it up.
/// It reads without the library's validation and writes the same bytes as the library (checked in each setup).
/// </summary>
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
public sealed partial class ContractJsonContext : JsonSerializerContext;
