using System.Collections.Frozen;
using System.Text.Json;

namespace Sensoa.Flags.Json;

/// <summary>The contract names of an enum's values (camelCase), both ways, computed once.</summary>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    private static readonly FrozenDictionary<string, TEnum> ByName =
        Values.ToFrozenDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), StringComparer.Ordinal);

    private static readonly FrozenDictionary<TEnum, string> NameOf =
        Values.ToFrozenDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

    /// <summary>Gets the allowed names, in declaration order, for error messages.</summary>
    public static string Allowed { get; } = string.Join(", ", Values.Select(v => NameOf[v]));

    public static bool TryParse(string name, out TEnum value) => ByName.TryGetValue(name, out value);

    public static string Name(TEnum value) => NameOf.TryGetValue(value, out var name) ? name : value.ToString();

    public static bool IsDefined(TEnum value) => NameOf.ContainsKey(value);
}
