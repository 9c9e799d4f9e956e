using System.Text.Json;

namespace Sensoa.Flags.Json;

/// <summary>The contract names of an enum's values (camelCase, as the JSON contract writes them), both ways.</summary>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    // Enum.GetNames gives the names in the order Enum.GetValues gives the values.
    private static readonly string[] Names = Array.ConvertAll(Enum.GetNames<TEnum>(), JsonNamingPolicy.CamelCase.ConvertName);

    // Encoded once for the contract writer (AssessmentWriter).
    private static readonly JsonEncodedText[] EncodedNames = Array.ConvertAll(Names, name => JsonEncodedText.Encode(name));

    /// <summary>Gets the allowed names, in the order of their values, for error messages.</summary>
    public static string Allowed { get; } = string.Join(", ", Names);

    /// <summary>Gets the names in the order of their values.</summary>
    public static IReadOnlyList<string> All => Names;

    /// <summary>Finds the value with this contract name (ordinal, case-sensitive).</summary>
    public static bool TryParse(string name, out TEnum value)
    {
        var index = Array.IndexOf(Names, name);
        value = index < 0 ? default : Values[index];
        return index >= 0;
    }

    /// <summary>Gets the value's contract name, or its number as text when no value has that number.</summary>
    public static string Name(TEnum value)
    {
        var index = Array.IndexOf(Values, value);
        return index < 0 ? value.ToString() : Names[index];
    }

    /// <summary>Gets the value's contract name encoded for JSON output, or null when no value has that number.</summary>
    public static JsonEncodedText? Encoded(TEnum value)
    {
        var index = Array.IndexOf(Values, value);
        return index < 0 ? null : EncodedNames[index];
    }

    /// <summary>Gets whether a declared value has this number.</summary>
    public static bool IsDefined(TEnum value) => Enum.IsDefined(value);
}

/// <summary>The contract name of any enum value, its type inferred (<c>EnumNames.Of(step)</c>).</summary>
internal static class EnumNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumNames<TEnum>.Name(value);
}
