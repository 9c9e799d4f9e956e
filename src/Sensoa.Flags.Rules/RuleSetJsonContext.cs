using System.Text.Json.Serialization;

namespace Sensoa.Flags.Rules;

/// <summary>Source-generated writing of the rule set's description, in the same style as the guidance output.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NewLine = "\n")]
[JsonSerializable(typeof(RuleSetDescription))]
internal sealed partial class RuleSetJsonContext : JsonSerializerContext
{
}
