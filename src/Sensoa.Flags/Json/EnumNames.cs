using System.Text.Json;

namespace Sensoa.Flags.Json;

/// <summary>The contract names of an enum's values (camelCase, as the JSON contract writes them), both ways.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public static class EnumNames<TEnum>
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

    /// <summary>Gets the value of a contract name.</summary>
    /// <param name="name">The name (case matters: <c>red</c>, not <c>Red</c>).</param>
    /// <param name="value">The value; the default when the name is none of the enum's.</param>
    /// <returns>Whether the name is one of the enum's.</returns>
    public static bool TryParse(string name, out TEnum value)
    {
        ArgumentNullException.ThrowIfNull(name);
        var index = Array.IndexOf(Names, name);
        value = index < 0 ? default : Values[index];
        return index >= 0;
    }

    /// <summary>Gets the contract name of a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its camelCase name (<c>insufficientInformation</c>), or its number for a value the enum does not name.</returns>
    public static string Name(TEnum value)
    {
        var index = Array.IndexOf(Values, value);
        return index < 0 ? value.ToString() : Names[index];
    }

    /// <summary>Gets the value's contract name encoded for JSON output, or null when no value has that number.</summary>
    internal static JsonEncodedText? Encoded(TEnum value)
    {
        var index = Array.IndexOf(Values, value);
        return index < 0 ? null : EncodedNames[index];
    }

    /// <summary>Gets whether a declared value has this number.</summary>
    internal static bool IsDefined(TEnum value) => Enum.IsDefined(value);
}

/// <summary>The contract name of any enum value, its type inferred (<c>EnumNames.Of(step)</c>).</summary>
public static class EnumNames
{
    /// <summary>Gets the contract name of a value.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>Its camelCase name, as <see cref="EnumNames{TEnum}.Name"/> gives it.</returns>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumNames<TEnum>.Name(value);
}
