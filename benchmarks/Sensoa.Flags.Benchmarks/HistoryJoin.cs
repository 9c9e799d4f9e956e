using BenchmarkDotNet.Attributes;

namespace Sensoa.Flags.Benchmarks;

/// <summary>
/// The cost of the case file's history: one incident of 50 behaviours (from the fixed set, each with a label)
/// assessed without history (the baseline) and with 1,000 history entries, 20 per actor, in the same run. A rule joins
/// every behaviour with its actor's entries in NRules before the history rules run; the target is at most 5× the time
/// without history, which a matching that grew with behaviours × entries per step would not meet. Times are per incident.
/// </summary>
[MemoryDiagnoser]
public class HistoryJoin
{
    private const int BehaviourCount = 50;

    private static readonly string[] Kinds = ["sexual jokes", "touching", "images", "comments", "exposure"];

    private readonly IFlagAssessor assessor = FlagAssessor.Create();
    private Incident incident = null!;

    [Params(0, 1000)]
    public int History { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        incident = Create(History);
        var result = assessor.Assess(incident);
        if (!result.IsValid || result.Assessment.Behaviours.Count != BehaviourCount)
        {
            throw new InvalidOperationException("The incident is not valid: " + string.Join("; ", result.Errors.Select(e => e.Path + ": " + e.Message)));
        }

        var historyRules = result.Assessment.Behaviours.Sum(b => b.FiredRules.Count(r => r.Id.StartsWith("history.", StringComparison.Ordinal)));
        if (History > 0 && historyRules == 0)
        {
            throw new InvalidOperationException("With history, no history rule fired: the case measures nothing.");
        }
    }

    [Benchmark]
    public Assessment Assess() => assessor.Assess(incident).Assessment!;

    /// <summary>The fixed set's behaviours with a label each, and <paramref name="entries"/> entries spread over their actors.</summary>
    internal static Incident Create(int entries)
    {
        var fixedSize = FixedSet.OfSize(BehaviourCount);
        var behaviours = fixedSize.Behaviours.Select((b, i) => b with { Labels = [Kinds[i % Kinds.Length]] }).ToArray();
        var history = new HistoryEntry[entries];
        for (var i = 0; i < entries; i++)
        {
            var actor = behaviours[i % BehaviourCount].ActorId;
            history[i] = new HistoryEntry
            {
                Id = $"h{i + 1}",
                PersonId = actor,
                OccurredOn = new DateOnly(2020, 1, 1).AddDays(i % 1500),
                Flag = (Flag)(i % 4),
                Addressed = i % 3 == 0,
                Labels = [Kinds[(i / BehaviourCount) % Kinds.Length]],
            };
        }

        return fixedSize with { Behaviours = behaviours, History = history };
    }
}
