namespace Sensoa.Flags.Procedures.Json;

/// <summary>The camelCase names of an enum's members, as the procedure files write them (<c>talkToYoungPeople</c>).</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal static class CamelNames<TEnum>
    where TEnum : struct, Enum
{
    public static readonly IReadOnlyDictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToDictionary(Name, value => value, StringComparer.Ordinal);

    public static string Name(TEnum value)
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}

/// <summary>The camelCase name of any enum value.</summary>
internal static class CamelNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => CamelNames<TEnum>.Name(value);
}
