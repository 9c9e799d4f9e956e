using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Sensoa.Flags.Json;

/// <summary>The contract names of an enum's values (camelCase), both ways, computed once.</summary>
/// <remarks>
/// The tables live in a non-generic <see cref="EnumTable"/>: framework generics instantiated over each enum (dictionaries
/// keyed by it, LINQ over its values) are code that no precompilation covers, so a CLI run compiled some fifty methods
/// for every enum it touched (benchmarks/README.md, CLI start-up). Here only a few small methods are per enum.
/// </remarks>
public static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly EnumTable Table = new(typeof(TEnum));

    /// <summary>Gets the allowed names, in the order of their values, for error messages.</summary>
    public static string Allowed => Table.Allowed;

    /// <summary>Gets the names in the order of their values.</summary>
    public static IReadOnlyList<string> All => Table.Names;

    /// <summary>Gets the value's name encoded for JSON output (made once per enum, on first use), or null when no value has that number.</summary>
    internal static JsonEncodedText? Encoded(TEnum value) => Table.EncodedOf(ToInt64(value));

    /// <summary>Gets the value's number, for tables indexed by it (the contract's enums are small and non-negative).</summary>
    internal static long Number(TEnum value) => ToInt64(value);

    /// <summary>Gets the value of a contract name.</summary>
    /// <param name="name">The name (case matters: <c>red</c>, not <c>Red</c>).</param>
    /// <param name="value">The value; the default when the name is none of the enum's.</param>
    /// <returns>Whether the name is one of the enum's.</returns>
    public static bool TryParse(string name, out TEnum value)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Table.TryGetNumber(name, out var number))
        {
            value = FromInt64(number);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Gets the contract name of a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its camelCase name (<c>insufficientInformation</c>), or its number for a value the enum does not name.</returns>
    public static string Name(TEnum value) => Table.NameOf(ToInt64(value)) ?? value.ToString();

    internal static bool IsDefined(TEnum value) => Table.IsDefined(ToInt64(value));

    /// <summary>The value's number without boxing (validation runs on every behaviour).</summary>
    private static long ToInt64(TEnum value) => Unsafe.SizeOf<TEnum>() switch
    {
        1 => Unsafe.As<TEnum, byte>(ref value),
        2 => Unsafe.As<TEnum, short>(ref value),
        4 => Unsafe.As<TEnum, int>(ref value),
        _ => Unsafe.As<TEnum, long>(ref value),
    };

    private static TEnum FromInt64(long number)
    {
        switch (Unsafe.SizeOf<TEnum>())
        {
            case 1:
                var b = (byte)number;
                return Unsafe.As<byte, TEnum>(ref b);
            case 2:
                var s = (short)number;
                return Unsafe.As<short, TEnum>(ref s);
            case 4:
                var i = (int)number;
                return Unsafe.As<int, TEnum>(ref i);
            default:
                return Unsafe.As<long, TEnum>(ref number);
        }
    }
}

/// <summary>One enum's names and numbers, read once by reflection; the non-generic half of <see cref="EnumNames{TEnum}"/>.</summary>
internal sealed class EnumTable
{
    private readonly long[] numbers;
    private readonly string[] names;
    private readonly Dictionary<string, int> indexByName;
    private JsonEncodedText[]? encoded;

    // The contract's enums number their values 0, 1, 2, ...: then a number is its own index, offset by the smallest.
    private readonly long min;
    private readonly bool contiguous;

    public EnumTable(Type type)
    {
        var declared = Enum.GetNames(type);
        var values = Enum.GetValuesAsUnderlyingType(type);
        numbers = new long[declared.Length];
        names = new string[declared.Length];
        indexByName = new Dictionary<string, int>(declared.Length, StringComparer.Ordinal);
        for (var index = 0; index < declared.Length; index++)
        {
            numbers[index] = Convert.ToInt64(values.GetValue(index), System.Globalization.CultureInfo.InvariantCulture);
            names[index] = JsonNamingPolicy.CamelCase.ConvertName(declared[index]);
            indexByName[names[index]] = index;
        }

        min = numbers.Length == 0 ? 0 : numbers[0];
        contiguous = true;
        for (var index = 0; index < numbers.Length; index++)
        {
            contiguous &= numbers[index] == min + index;
        }

        Allowed = string.Join(", ", names);
    }

    /// <summary>Gets the names in the order of their values, comma-separated.</summary>
    public string Allowed { get; }

    /// <summary>Gets the names in the order of their values.</summary>
    public IReadOnlyList<string> Names => names;

    public bool TryGetNumber(string name, out long number)
    {
        if (indexByName.TryGetValue(name, out var index))
        {
            number = numbers[index];
            return true;
        }

        number = 0;
        return false;
    }

    /// <summary>Gets the name of the value with this number, or null when no value has it.</summary>
    public string? NameOf(long number)
    {
        var index = IndexOf(number);
        return index < 0 ? null : names[index];
    }

    public bool IsDefined(long number) => IndexOf(number) >= 0;

    /// <summary>Gets the name of the value with this number encoded for JSON output, or null when no value has it.</summary>
    public JsonEncodedText? EncodedOf(long number)
    {
        var index = IndexOf(number);
        if (index < 0)
        {
            return null;
        }

        // Made on first use; two threads racing make the same texts and one array wins. No lambda on this path: one that
        // captures the table is a new delegate on every call, and this runs for every enum value the writer writes.
        return (encoded ?? CreateEncoded())[index];
    }

    private JsonEncodedText[] CreateEncoded()
    {
        var made = Array.ConvertAll(names, name => JsonEncodedText.Encode(name));
        return Interlocked.CompareExchange(ref encoded, made, null) ?? made;
    }

    private int IndexOf(long number)
    {
        if (contiguous)
        {
            var offset = (ulong)(number - min);
            return offset < (ulong)numbers.Length ? (int)offset : -1;
        }

        return Array.IndexOf(numbers, number);
    }
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
