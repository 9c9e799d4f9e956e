using System.Globalization;
using System.Text.Json;
using Sensoa.Flags.Json;
using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Procedures.Screener;

/// <summary>The screener over <see cref="ScreenerCards.All"/>.</summary>
internal sealed class PolicyScreener : ISchoolPolicyScreener
{
    private static readonly JsonFieldSet CardFields = new([.. ScreenerCards.All.Select(card => card.Id)]);

    public ScreenerParseResult Parse(ReadOnlyMemory<byte> utf8Json)
    {
        var errors = new ErrorCollector();
        var answers = JsonInput.Read(utf8Json.Span, errors, ReadAnswers);
        return answers is null || errors.HasErrors ? new(null, errors.ToList()) : new(answers, []);
    }

    private static ScreenerAnswers? ReadAnswers(JsonElement root, ErrorCollector errors)
    {
        var fields = new JsonFields(root, JsonPaths.Root, CardFields, errors);
        if (!fields.IsObject)
        {
            return null;
        }

        var sorts = new Dictionary<string, CardSort>(StringComparer.Ordinal);
        foreach (var id in CardFields.Names)
        {
            if (fields.Required(id, out var element) && JsonFields.EnumValue<CardSort>(element, fields.At(id), errors) is { } sort)
            {
                sorts[id] = sort;
            }
        }

        return new ScreenerAnswers { Sorts = sorts };
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
