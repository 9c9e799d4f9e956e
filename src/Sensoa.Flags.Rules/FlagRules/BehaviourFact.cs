using System.Globalization;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// The fact the Sensoa rules match: one behaviour of one actor, with the flag as the rules leave it.
/// The actions change it through <see cref="Change"/>, <see cref="Note"/> and <see cref="Consider"/>, which record the rationale.
/// </summary>
internal sealed class BehaviourFact
{
    private static readonly Criterion[] AllCriteria = Enum.GetValues<Criterion>();

    public BehaviourFact(Incident incident, Behaviour behaviour, Person actor, CultureInfo culture)
    {
        Incident = incident;
        Behaviour = behaviour;
        Actor = actor;
        Culture = culture;
        UnknownCriteria = FindUnknown(behaviour.Criteria);
        Exemption = FindExemption(actor);
    }

    public Incident Incident { get; }

    public Behaviour Behaviour { get; }

    public Person Actor { get; }

    public CultureInfo Culture { get; }

    /// <summary>Gets the criteria rated unknown, in Sensoa's order.</summary>
    public IReadOnlyList<Criterion> UnknownCriteria { get; }

    /// <summary>Gets why repetition does not make this actor's behaviour heavier, if it does not.</summary>
    public string? Exemption { get; }

    public Flag? CriteriaFlag { get; set; }

    public Flag? Flag { get; private set; }

    public AssessmentStatus Status { get; set; }

    /// <summary>Gets the aggravating factors that have raised the flag.</summary>
    public Aggravation Applied { get; private set; }

    /// <summary>Gets whether the unsafe context raised the flag; the other rules then leave that raise alone.</summary>
    public bool RaisedByContext { get; set; }

    public List<FiredRule> FiredRules { get; } = new(4);

    public List<Consideration> Considerations { get; } = [];

    /// <summary>Gets the aggravating factors present on the behaviour (repetition only where no exemption applies).</summary>
    public Aggravation Present =>
        (Behaviour.RepeatedAfterCorrection && Exemption is null ? Aggravation.Repetition : Aggravation.None)
        | (Behaviour.PriorSeriousAddressed ? Aggravation.KnownBoundary : Aggravation.None)
        | (Behaviour.AwareAtTheTime ? Aggravation.Awareness : Aggravation.None);

    public string Text(string key) => Texts.Get(key, Culture);

    public string Format(string key, params object?[] args) => Texts.Format(key, Culture, args);

    /// <summary>Records a rule that changed the flag, with the flag before and after.</summary>
    public void Change(string ruleId, Flag to, string message, Aggravation factor = Aggravation.None)
    {
        FiredRules.Add(new FiredRule(ruleId, Flag, to, message));
        Flag = to;
        Applied |= factor;
    }

    /// <summary>Records a rule that fired without changing the flag.</summary>
    public void Note(string ruleId, string message) => FiredRules.Add(new FiredRule(ruleId, Flag, Flag, message));

    /// <summary>Records a factor for the professional to weigh.</summary>
    public void Consider(string id, string message) => Considerations.Add(new Consideration(id, message));

    private static Criterion[] FindUnknown(Criteria criteria)
    {
        var count = 0;
        foreach (var criterion in AllCriteria)
        {
            if (criteria[criterion] == CriterionRating.Unknown)
            {
                count++;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var unknown = new Criterion[count];
        var i = 0;
        foreach (var criterion in AllCriteria)
        {
            if (criteria[criterion] == CriterionRating.Unknown)
            {
                unknown[i++] = criterion;
            }
        }

        return unknown;
    }

    /// <summary>The source: young children (the library takes under 6), people with a disability and people functioning at a low level often need repetition to learn.</summary>
    private static string? FindExemption(Person actor) =>
        actor.AgeYears < 6 ? "reason.underSix"
        : actor.HasDisability ? "reason.disability"
        : actor.LowFunctioning ? "reason.lowFunctioning"
        : null;
}
