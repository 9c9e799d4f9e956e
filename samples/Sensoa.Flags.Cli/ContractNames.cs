using System.Text.Json;

namespace Sensoa.Flags.Cli;

/// <summary>
/// The contract names of an enum's values (camelCase, as the JSON contract writes them): what the sexting commands
/// accept as a trigger or role and print as a step, and the keys of the names in <see cref="Localization.CliTexts"/>.
/// </summary>
/// <remarks>
/// Non-generic where it runs on every start (the trigger argument is built with the command tree): framework generics
/// instantiated over an enum are code that no precompilation covers, and a run would compile them first.
/// </remarks>
internal static class ContractNames
{
    /// <summary>Gets the value's contract name.</summary>
    public static string Of(Enum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Gets the names of an enum's values, in the order of their values.</summary>
    public static string[] All(Type enumType) => Array.ConvertAll(Enum.GetNames(enumType), JsonNamingPolicy.CamelCase.ConvertName);

    /// <summary>Finds the value with this contract name (exactly, case-sensitive).</summary>
    public static bool TryParse<TEnum>(string name, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var declared in Enum.GetNames(typeof(TEnum)))
        {
            if (string.Equals(JsonNamingPolicy.CamelCase.ConvertName(declared), name, StringComparison.Ordinal))
            {
                value = Enum.Parse<TEnum>(declared);
                return true;
            }
        }

        value = default;
        return false;
    }
}
