using System.Globalization;
using Sensoa.Flags.Procedures.Json;

namespace Sensoa.Flags.Procedures.Screener;

/// <summary>The screener over <see cref="ScreenerCards.All"/>.</summary>
internal sealed class PolicyScreener : ISchoolPolicyScreener
{
    internal static readonly IReadOnlyDictionary<string, CardSort> SortNames =
        new Dictionary<string, CardSort>(StringComparer.Ordinal) { ["strength"] = CardSort.Strength, ["workPoint"] = CardSort.WorkPoint };

    public ScreenerParseResult Parse(ReadOnlyMemory<byte> utf8Json)
    {
        var errors = new List<ValidationError>();
        using var document = JsonDocuments.Parse(utf8Json, ProcedureJsonPaths.Root, errors);
        if (document is null)
        {
            return new(null, errors);
        }

        var ids = ScreenerCards.All.Select(card => card.Id).ToArray();
        var fields = new JsonObjectReader(document.RootElement, ProcedureJsonPaths.Root, ids, errors);
        if (!fields.IsObject)
        {
            return new(null, errors);
        }

        var sorts = new Dictionary<string, CardSort>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (fields.Required(id) is { } element
                && JsonObjectReader.EnumValue(element, fields.At(id), SortNames, errors) is { } sort)
            {
                sorts[id] = sort;
            }
        }

        return errors.Count > 0 ? new(null, errors) : new(new ScreenerAnswers { Sorts = sorts }, []);
    }

    public ScreenerReport Report(ScreenerAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        foreach (var id in answers.Sorts.Keys)
        {
            if (ScreenerCards.Find(id) is null)
            {
                throw new ArgumentException($"No screener card has the id '{id}'.", nameof(answers));
            }
        }

        var missing = ScreenerCards.All.FirstOrDefault(card => !answers.Sorts.ContainsKey(card.Id));
        if (missing is not null)
        {
            throw new ArgumentException($"The card '{missing.Id}' has no answer; every card needs one.", nameof(answers));
        }

        return new ScreenerReport
        {
            Categories = Enum.GetValues<ScreenerCategory>()
                .Select(category =>
                {
                    var cards = ScreenerCards.All.Where(card => card.Category == category).ToArray();
                    return new CategoryResult(
                        category,
                        cards.Where(card => answers.Sorts[card.Id] == CardSort.Strength).ToArray(),
                        cards.Where(card => answers.Sorts[card.Id] == CardSort.WorkPoint).ToArray());
                })
                .ToArray(),
        };
    }

    public string ToMarkdown(ScreenerReport report, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(culture);
        return ScreenerMarkdown.Write(report, culture);
    }

    public string ToSvg(ScreenerReport report, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(culture);
        return ScreenerSvg.Write(report, culture);
    }
}
