using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// The fact the Sensoa rules match in the NRules session: one behaviour of one actor, with the flag as the rules leave
/// it (the rules that read only what never changes match its <see cref="BehaviourTraits"/>). A rule's action records what it found (<see cref="Record(Firing)"/>, <see cref="Record(ConsiderationRecord)"/>)
/// and, when that changes the flag, tells the session itself (<c>ctx.Update(fact)</c>), as NRules' actions do.
/// </summary>
internal sealed class BehaviourFact
{
    /// <summary>The six criteria in Sensoa's order.</summary>
    private static readonly Criterion[] AllCriteria = Enum.GetValues<Criterion>();

    private readonly List<Firing> firings = new(4);
    private readonly List<ConsiderationRecord> considerations = [];

    public BehaviourFact(Incident incident, Behaviour behaviour)
    {
        Incident = incident;
        Behaviour = behaviour;
        var unknown = 0;
        var atMostSevere = 0;
        foreach (var criterion in AllCriteria)
        {
            var rating = behaviour.Criteria[criterion].ToFlag();
            var bit = 1 << (int)criterion;
            if (rating is null)
            {
                unknown |= bit;
            }
            else if (rating > MostSevere || MostSevere is null)
            {
                MostSevere = rating;
                atMostSevere = bit;
            }
            else if (rating == MostSevere)
            {
                atMostSevere |= bit;
            }
        }

        UnknownCriteria = CriteriaSets.Of(unknown);
        AtMostSevere = CriteriaSets.Of(atMostSevere);
    }

    public Incident Incident { get; }

    public Behaviour Behaviour { get; }

    /// <summary>Gets the id of the behaviour's actor, on which the history rules join the case file's entries.</summary>
    public string ActorId => Behaviour.ActorId;

    /// <summary>Gets the criteria rated unknown, in Sensoa's order.</summary>
    public IReadOnlyList<Criterion> UnknownCriteria { get; }

    /// <summary>Gets the most severe rating among the known criteria, or null when every criterion is unknown.</summary>
    public Flag? MostSevere { get; }

    /// <summary>Gets the criteria rated <see cref="MostSevere"/>, in Sensoa's order.</summary>
    public IReadOnlyList<Criterion> AtMostSevere { get; }

    /// <summary>Gets the flag the criteria give: where the first firing from no flag landed.</summary>
    public Flag? CriteriaFlag { get; private set; }

    public Flag? Flag { get; private set; }

    /// <summary>Gets the status: insufficient information when a firing says so.</summary>
    public AssessmentStatus Status =>
        firings.Exists(f => f.Status == AssessmentStatus.InsufficientInformation) ? AssessmentStatus.InsufficientInformation : AssessmentStatus.Complete;

    /// <summary>Gets what has raised the flag beside the criteria.</summary>
    public Aggravation Applied { get; private set; }

    /// <summary>
    /// Gets what the case file's entries of the actor are to this behaviour: <see cref="HistoryMatch.None"/> unless
    /// <see cref="HistoryJoin"/> found entries of the actor before the fact entered the library's session.
    /// </summary>
    public HistoryMatch History { get; private set; } = HistoryMatch.None;

    /// <summary>Gets the aggravating factors present on the behaviour that the rules apply by themselves.</summary>
    public Aggravation Present =>
        (Behaviour.Repeated ? Aggravation.Repetition : Aggravation.None)
        | (Behaviour.PriorSeriousAddressed ? Aggravation.KnownBoundary : Aggravation.None);

    /// <summary>Gets what the rules recorded about the flag, in the order they fired.</summary>
    public IReadOnlyList<Firing> Firings => firings;

    /// <summary>Gets the factors the rules recorded for the professional to weigh, in the order they fired.</summary>
    public IReadOnlyList<ConsiderationRecord> Considerations => considerations;

    /// <summary>Writes what the rules recorded about the flag in <paramref name="culture"/>'s language.</summary>
    public FiredRule[] FiredRules(CultureInfo culture)
    {
        var fired = new FiredRule[firings.Count];
        for (var i = 0; i < fired.Length; i++)
        {
            fired[i] = firings[i].ToFiredRule(culture);
        }

        return fired;
    }

    /// <summary>Writes the factors the rules recorded for the professional to weigh in <paramref name="culture"/>'s language.</summary>
    public Consideration[] ConsiderationsIn(CultureInfo culture)
    {
        var written = new Consideration[considerations.Count];
        for (var i = 0; i < written.Length; i++)
        {
            written[i] = considerations[i].ToConsideration(culture);
        }

        return written;
    }

    /// <summary>Records a rule's firing: the flag becomes the firing's, and the factor it applied counts as used.</summary>
    /// <exception cref="InvalidOperationException">The firing does not start from the current flag: a bug in a rule.</exception>
    public void Record(Firing firing)
    {
        if (firing.From != Flag)
        {
            NotFrom(firing, Flag);
        }

        if (Flag is null && CriteriaFlag is null)
        {
            CriteriaFlag = firing.To;
        }

        firings.Add(firing);
        Flag = firing.To;
        Applied |= firing.Applies;
    }

    /// <summary>Sets what the case file's entries of the actor are to this behaviour (<see cref="HistoryJoin"/>), before the fact enters the library's session.</summary>
    public void Join(HistoryMatch history) => History = history;

    /// <summary>Records a factor for the professional to weigh.</summary>
    public void Record(ConsiderationRecord consideration) => considerations.Add(consideration);

    [DoesNotReturn]
    private static void NotFrom(Firing firing, Flag? flag) =>
        throw new InvalidOperationException($"Rule '{firing.RuleId}' records a change from {firing.From?.ToString() ?? "none"}, but the flag is {flag?.ToString() ?? "none"}.");
}
