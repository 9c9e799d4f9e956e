using System.Text.Json;

namespace Sensoa.Flags.Cli;

/// <summary>
/// The contract names of an enum's values (camelCase, as the JSON contract writes them): what the sexting commands
/// accept as a trigger or role and print as a step.
/// </summary>
internal static class ContractNames
{
    /// <summary>Gets the value's contract name.</summary>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Gets the names in the order of their values.</summary>
    public static string[] All<TEnum>()
        where TEnum : struct, Enum => Array.ConvertAll(Enum.GetValues<TEnum>(), Of);

    /// <summary>Finds the value with this contract name (exactly, case-sensitive).</summary>
    public static bool TryParse<TEnum>(string name, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), name, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
