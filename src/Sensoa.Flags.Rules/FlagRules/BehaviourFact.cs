using System.Globalization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// The fact the Sensoa rules match: one behaviour of one actor, with the flag as the rules leave it.
/// The actions change it through <see cref="Change"/>, <see cref="Note"/> and <see cref="Consider"/>, which record the rationale.
/// A fact is reused across assessments on one thread (<see cref="Load"/>); what it recorded is copied out before.
/// </summary>
internal sealed class BehaviourFact
{
    private static readonly Criterion[] AllCriteria = Enum.GetValues<Criterion>();

    public Incident Incident { get; private set; } = null!;

    public Behaviour Behaviour { get; private set; } = null!;

    public Person Actor { get; private set; } = null!;

    public CultureInfo Culture { get; private set; } = CultureInfo.InvariantCulture;

    /// <summary>Gets the criteria rated unknown, in Sensoa's order.</summary>
    public IReadOnlyList<Criterion> UnknownCriteria { get; private set; } = [];

    /// <summary>Gets the criteria rated unknown as bits (<c>1 &lt;&lt; (int)criterion</c>).</summary>
    public int UnknownMask { get; private set; }

    /// <summary>Gets why repetition does not make this actor's behaviour heavier, if it does not.</summary>
    public Exemption Exemption { get; private set; }

    public Flag? CriteriaFlag { get; set; }

    public Flag? Flag { get; private set; }

    public AssessmentStatus Status { get; set; }

    /// <summary>Gets the aggravating factors that have raised the flag.</summary>
    public Aggravation Applied { get; private set; }

    /// <summary>Gets whether the unsafe context raised the flag; the other rules then leave that raise alone.</summary>
    public bool RaisedByContext { get; set; }

    public List<FiredRule> FiredRules { get; } = new(8);

    public List<Consideration> Considerations { get; } = new(4);

    /// <summary>Gets the aggravating factors present on the behaviour (repetition only where no exemption applies).</summary>
    public Aggravation Present =>
        (Behaviour.RepeatedAfterCorrection && Exemption == Exemption.None ? Aggravation.Repetition : Aggravation.None)
        | (Behaviour.PriorSeriousAddressed ? Aggravation.KnownBoundary : Aggravation.None)
        | (Behaviour.AwareAtTheTime ? Aggravation.Awareness : Aggravation.None);

    /// <summary>Makes this the fact of a behaviour, as new.</summary>
    public BehaviourFact Load(Incident incident, Behaviour behaviour, Person actor, CultureInfo culture)
    {
        Incident = incident;
        Behaviour = behaviour;
        Actor = actor;
        Culture = culture;
        UnknownMask = FindUnknown(behaviour.Criteria, out var unknown);
        UnknownCriteria = unknown;
        Exemption = FindExemption(actor);
        CriteriaFlag = null;
        Flag = null;
        Status = AssessmentStatus.Complete;
        Applied = Aggravation.None;
        RaisedByContext = false;
        FiredRules.Clear();
        Considerations.Clear();
        return this;
    }

    /// <summary>Drops the references to the last incident, so that a pooled fact keeps nothing alive.</summary>
    public void Clear()
    {
        Incident = null!;
        Behaviour = null!;
        Actor = null!;
        UnknownCriteria = [];
        FiredRules.Clear();
        Considerations.Clear();
    }

    /// <summary>Records a rule that changed the flag, with the flag before and after.</summary>
    /// <exception cref="InvalidOperationException">The firing does not start from the current flag: a bug in a rule.</exception>
    public void Change(FiredRule fired, Aggravation factor = Aggravation.None)
    {
        EnsureFrom(fired);
        FiredRules.Add(fired);
        Flag = fired.To;
        Applied |= factor;
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
    public void Consider(Consideration consideration) => Considerations.Add(consideration);

    private void EnsureFrom(FiredRule fired)
    {
        // Firings are shared, precomputed records: check that the one chosen starts from the flag as it is, so the rationale never lies.
        if (fired.From != Flag)
        {
            throw new InvalidOperationException($"Rule '{fired.Id}' records a change from {fired.From?.ToString() ?? "none"}, but the flag is {Flag?.ToString() ?? "none"}.");
        }
    }

    private static int FindUnknown(Criteria criteria, out Criterion[] unknown)
    {
        var mask = 0;
        var count = 0;
        foreach (var criterion in AllCriteria)
        {
            if (criteria[criterion] == CriterionRating.Unknown)
            {
                mask |= 1 << (int)criterion;
                count++;
            }
        }

        if (count == 0)
        {
            unknown = [];
            return 0;
        }

        unknown = new Criterion[count];
        var i = 0;
        foreach (var criterion in AllCriteria)
        {
            if ((mask & (1 << (int)criterion)) != 0)
            {
                unknown[i++] = criterion;
            }
        }

        return mask;
    }

    /// <summary>The source: young children (the library takes under 6), people with a disability and people functioning at a low level often need repetition to learn.</summary>
    private static Exemption FindExemption(Person actor) =>
        actor.AgeYears < 6 ? Exemption.UnderSix
        : actor.HasDisability ? Exemption.Disability
        : actor.LowFunctioning ? Exemption.LowFunctioning
        : Exemption.None;
}
