using System.Text.RegularExpressions;

namespace Sensoa.Flags.Batch;

/// <summary>Counts the results of a re-assessment as they come, in input order, on one thread.</summary>
internal sealed partial class SummaryBuilder(string newRuleSetVersion)
{
    private readonly Dictionary<string, long> changes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> refusals = new(StringComparer.Ordinal);
    private long lines;
    private long blank;
    private long compared;
    private long assessed;
    private long unchanged;
    private long outcome;
    private long explanation;
    private long refused;

    public long Lines => lines;

    public long Refused => refused;

    public long OutcomeChanged => outcome;

    public void AddBlank()
    {
        lines++;
        blank++;
    }

    public void Add(BatchResult result)
    {
        lines++;
        if (!result.Result.IsValid)
        {
            refused++;
            foreach (var reason in result.Result.Errors.Select(e => $"{AnyIndex().Replace(e.Path, "[*]")} ({e.Code})").Distinct(StringComparer.Ordinal))
            {
                Count(refusals, reason);
            }

            return;
        }

        if (!result.HasStoredAssessment)
        {
            assessed++;
            return;
        }

        compared++;
        if (result.Change is not { } change)
        {
            unchanged++;
            return;
        }

        if (change.OutcomeChanged)
        {
            outcome++;
        }
        else
        {
            explanation++;
        }

        foreach (var kind in change.Kinds)
        {
            Count(changes, kind);
        }
    }

    public ReassessmentSummary Build() => new()
    {
        NewRuleSetVersion = newRuleSetVersion,
        LinesRead = lines,
        BlankLines = blank,
        Compared = compared,
        Assessed = assessed,
        Unchanged = unchanged,
        OutcomeChanged = outcome,
        ExplanationChanged = explanation,
        Refused = refused,
        Changes = Sorted(changes),
        Refusals = Sorted(refusals),
    };

    private static void Count(Dictionary<string, long> counts, string kind) =>
        counts[kind] = counts.GetValueOrDefault(kind) + 1;

    private static ChangeCount[] Sorted(Dictionary<string, long> counts) =>
        [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new ChangeCount(c.Key, c.Value))];

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex AnyIndex();
}
