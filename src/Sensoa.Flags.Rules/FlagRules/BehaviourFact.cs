using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NRules.RuleModel;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// The fact the Sensoa rules that read the flag match in the NRules session: one behaviour of one actor, with the flag as
/// the rules leave it (the rules that read only what never changes match its <see cref="BehaviourTraits"/>). The actions
/// change it through <see cref="Change"/>, <see cref="Note"/> and <see cref="Consider"/>, which record the rationale; only
/// <see cref="Change"/> tells the session (one update per raise), since nothing else a condition reads changes.
/// Each rule matches with a single condition (its tests joined with <c>&amp;&amp;</c>): every condition is a node of
/// NRules' network that each insert, update and retract of a fact of its type passes through, so one node per rule instead
/// of up to four cut the time per behaviour by about a fifth (benchmarks/README.md).
/// </summary>
internal sealed class BehaviourFact
{
    /// <summary>The mask of all six criteria.</summary>
    internal const int AllUnknown = (1 << 6) - 1;

    /// <summary>The unknown criteria of every mask, in Sensoa's order: shared, read-only, so a fact allocates no list.</summary>
    private static readonly IReadOnlyList<Criterion>[] UnknownLists = CreateUnknownLists();

    private List<Consideration>? considerations;

    public BehaviourFact(Incident incident, Behaviour behaviour, Person actor, CultureInfo culture)
    {
        Incident = incident;
        Behaviour = behaviour;
        Actor = actor;
        Culture = culture;
        ReadCriteria(behaviour.Criteria);
    }

    public Incident Incident { get; }

    public Behaviour Behaviour { get; }

    public Person Actor { get; }

    public CultureInfo Culture { get; }

    /// <summary>Gets the criteria rated unknown, in Sensoa's order.</summary>
    public IReadOnlyList<Criterion> UnknownCriteria { get; private set; } = [];

    /// <summary>Gets the criteria rated unknown as bits (<c>1 &lt;&lt; (int)criterion</c>).</summary>
    public int UnknownMask { get; private set; }

    /// <summary>Gets the most severe rating among the known criteria, or null when every criterion is unknown.</summary>
    public Flag? MostSevere { get; private set; }

    /// <summary>Gets the criteria rated <see cref="MostSevere"/>, as bits (<c>1 &lt;&lt; (int)criterion</c>).</summary>
    public int AtMostSevere { get; private set; }

    public Flag? CriteriaFlag { get; set; }

    public Flag? Flag { get; private set; }

    public AssessmentStatus Status { get; set; } = AssessmentStatus.Complete;

    /// <summary>Gets the aggravating factors that have raised the flag.</summary>
    public Aggravation Applied { get; private set; }

    /// <summary>Gets whether an organisation's concern raised the flag; the escalation rules then leave that raise alone.</summary>
    public bool RaisedByConcern { get; set; }

    /// <summary>Gets the rules that changed or noted the flag, in order (rarely more than four: a behaviour's chain is short).</summary>
    public List<FiredRule> FiredRules { get; } = new(4);

    /// <summary>Gets the aggravating factors present on the behaviour that the rules apply by themselves.</summary>
    public Aggravation Present =>
        (Behaviour.Repeated ? Aggravation.Repetition : Aggravation.None)
        | (Behaviour.PriorSeriousAddressed ? Aggravation.KnownBoundary : Aggravation.None);

    /// <summary>Records a rule that changed the flag, with the flag before and after, and tells the session so that the rules see the new flag.</summary>
    /// <exception cref="InvalidOperationException">The firing does not start from the current flag: a bug in a rule.</exception>
    public void Change(IContext context, FiredRule fired, Aggravation factor = Aggravation.None)
    {
        EnsureFrom(fired);
        FiredRules.Add(fired);
        Flag = fired.To;
        Applied |= factor;
        context.Update(this);
    }

    /// <summary>Records a rule that fired without changing the flag.</summary>
    /// <exception cref="InvalidOperationException">The firing does not record the current flag: a bug in a rule.</exception>
    public void Note(FiredRule fired)
    {
        EnsureFrom(fired);
        if (fired.To != Flag)
        {
            throw new InvalidOperationException($"Rule '{fired.Id}' notes a change of flag.");
        }

        FiredRules.Add(fired);
    }

    /// <summary>Records a factor for the professional to weigh.</summary>
    /// <summary>
    /// Gets a copy of the factors for the professional to weigh, in order, for the result (the shared empty array when
    /// there are none: most behaviours have none, so the list is made on the first).
    /// </summary>
    public Consideration[] ConsiderationsToArray() => considerations is null ? [] : considerations.ToArray();

    public void Consider(Consideration consideration) => (considerations ??= new(2)).Add(consideration);

    private void EnsureFrom(FiredRule fired)
    {
        // Firings are shared, precomputed records: check that the one chosen starts from the flag as it is, so the rationale never lies.
        if (fired.From != Flag)
        {
            NotFrom(fired, Flag);
        }
    }

    [DoesNotReturn]
    private static void NotFrom(FiredRule fired, Flag? flag) =>
        throw new InvalidOperationException($"Rule '{fired.Id}' records a change from {fired.From?.ToString() ?? "none"}, but the flag is {flag?.ToString() ?? "none"}.");

    /// <summary>
    /// Reads the six criteria once, by property rather than through the indexer: which are unknown, the most severe
    /// rating and which criteria have it. The rules then read these fields, not the criteria again.
    /// </summary>
    private void ReadCriteria(Criteria criteria)
    {
        var unknown = 0;
        var max = -1;
        var atMax = 0;
        Read(criteria.Consent, Criterion.Consent, ref unknown, ref max, ref atMax);
        Read(criteria.Voluntariness, Criterion.Voluntariness, ref unknown, ref max, ref atMax);
        Read(criteria.Equality, Criterion.Equality, ref unknown, ref max, ref atMax);
        Read(criteria.Development, Criterion.Development, ref unknown, ref max, ref atMax);
        Read(criteria.Context, Criterion.Context, ref unknown, ref max, ref atMax);
        Read(criteria.Impact, Criterion.Impact, ref unknown, ref max, ref atMax);
        UnknownMask = unknown;
        UnknownCriteria = UnknownLists[unknown];
        MostSevere = max < 0 ? null : (Flag)max;
        AtMostSevere = atMax;
    }

    private static void Read(CriterionRating rating, Criterion criterion, ref int unknown, ref int max, ref int atMax)
    {
        // The ratings green to black have the values of the flags green to black (validated); anything above is unknown.
        var bit = 1 << (int)criterion;
        var value = (int)rating;
        if (value > (int)Sensoa.Flags.Flag.Black)
        {
            unknown |= bit;
        }
        else if (value > max)
        {
            max = value;
            atMax = bit;
        }
        else if (value == max)
        {
            atMax |= bit;
        }
    }

    private static IReadOnlyList<Criterion>[] CreateUnknownLists()
    {
        var all = Enum.GetValues<Criterion>();
        var lists = new IReadOnlyList<Criterion>[AllUnknown + 1];
        for (var mask = 0; mask <= AllUnknown; mask++)
        {
            lists[mask] = mask == 0 ? [] : Array.AsReadOnly(all.Where(c => (mask & (1 << (int)c)) != 0).ToArray());
        }

        return lists;
    }
}
