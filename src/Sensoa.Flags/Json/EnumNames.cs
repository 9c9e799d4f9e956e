using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Sensoa.Flags.Json;

/// <summary>The contract names of an enum's values (camelCase), both ways, computed once.</summary>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    // Plain dictionaries: a frozen one costs more to build at start-up than its faster reads of a handful of names ever
    // save (a CLI run builds one per enum it reads; benchmarks/README.md, CLI start-up).
    private static readonly Dictionary<string, TEnum> ByName =
        Values.ToDictionary(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), StringComparer.Ordinal);

    private static readonly Dictionary<TEnum, string> NameOf =
        Values.ToDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

    // The contract's enums number their values 0, 1, 2, ...: validation then checks a range instead of looking the value up.
    private static readonly long Min = Values.Length == 0 ? 0 : Values.Min(ToInt64);

    private static readonly ulong Span = Values.Length == 0 ? 0 : (ulong)(Values.Max(ToInt64) - Min);

    private static readonly bool Contiguous =
        Values.Length > 0 && Values.Select(ToInt64).Distinct().Count() == (long)Span + 1;

    /// <summary>Gets the allowed names, in declaration order, for error messages.</summary>
    public static string Allowed { get; } = string.Join(", ", Values.Select(v => NameOf[v]));

    /// <summary>The value's number without boxing (validation runs on every behaviour).</summary>
    private static long ToInt64(TEnum value) => Unsafe.SizeOf<TEnum>() switch
    {
        1 => Unsafe.As<TEnum, byte>(ref value),
        2 => Unsafe.As<TEnum, short>(ref value),
        4 => Unsafe.As<TEnum, int>(ref value),
        _ => Unsafe.As<TEnum, long>(ref value),
    };

    /// <summary>Gets the value's number, for tables indexed by it (the contract's enums are small and non-negative).</summary>
    public static long Number(TEnum value) => ToInt64(value);

    public static bool TryParse(string name, out TEnum value) => ByName.TryGetValue(name, out value);

    public static string Name(TEnum value) => NameOf.TryGetValue(value, out var name) ? name : value.ToString();

    public static bool IsDefined(TEnum value) =>
        Contiguous ? (ulong)(ToInt64(value) - Min) <= Span : NameOf.ContainsKey(value);
}

/// <summary>The contract name of any enum value, its type inferred (<c>EnumNames.Of(step)</c>).</summary>
internal static class EnumNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumNames<TEnum>.Name(value);
}
