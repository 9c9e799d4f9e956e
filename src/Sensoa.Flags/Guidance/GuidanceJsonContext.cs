using System.Text.Json.Serialization;

namespace Sensoa.Flags.Guidance;

/// <summary>Source-generated writing of the guidance results, in the same style as the assessment output.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NewLine = "\n")]
[JsonSerializable(typeof(ConsultationAdvice))]
[JsonSerializable(typeof(IReadOnlyList<ExampleMatch>))]
[JsonSerializable(typeof(CriteriaGuide))]
[JsonSerializable(typeof(PitfallGuide))]
internal sealed partial class GuidanceJsonContext : JsonSerializerContext
{
}
