using System.Collections.Concurrent;
using System.Globalization;

namespace Sensoa.Flags.Localization;

/// <summary>
/// Immutable values (texts, rule firings, considerations) that depend only on the culture and a small variant number,
/// each created once on first use and then shared by every assessment on every thread. A race may create a value twice;
/// both are equal and either is kept, so no lock is needed.
/// </summary>
/// <typeparam name="T">The type of value: immutable.</typeparam>
internal sealed class CultureCache<T>
    where T : class
{
    private readonly int variants;
    private readonly Func<CultureInfo, int, T> create;
    private readonly ConcurrentDictionary<CultureInfo, Entry> tables = new();
    private volatile Entry? last;

    /// <summary>Initializes a new instance of the <see cref="CultureCache{T}"/> class.</summary>
    /// <param name="variants">How many variants per culture: the variant numbers are 0 to <paramref name="variants"/> - 1.</param>
    /// <param name="create">Creates the value of a culture and variant; called at most a few times per pair.</param>
    public CultureCache(int variants, Func<CultureInfo, int, T> create)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(variants, 1);
        this.variants = variants;
        this.create = create;
    }

    public T Get(CultureInfo culture, int variant)
    {
        var table = Table(culture);
        return table[variant] ?? (table[variant] = create(culture, variant));
    }

    private T?[] Table(CultureInfo culture)
    {
        // Nearly every caller uses one culture instance: check it by reference before hashing the culture's name.
        var entry = last;
        if (entry is not null && ReferenceEquals(entry.Culture, culture))
        {
            return entry.Table;
        }

        entry = tables.GetOrAdd(culture, static (c, size) => new Entry(c, new T?[size]), variants);
        last = entry;
        return entry.Table;
    }

    private sealed record Entry(CultureInfo Culture, T?[] Table);
}
