using System.Globalization;
using Sensoa.Flags.Rules.FlagRules;
using Sensoa.Flags.Rules.Organisation;

namespace Sensoa.Flags.Rules;

/// <summary>
/// The assessor: one NRules session per incident over the shared, compiled rule set (reused from its pool, emptied after
/// every run). The behaviours are inserted as facts and the rules fire until none is left, under a limit that no correct
/// rule set reaches; what they recorded is then written in the caller's language. Validation and what follows from the flags (responses, referrals) are the
/// library's <see cref="AssessmentBuilder"/>. With organisation rules, those run first, in a session of their own over
/// read-only copies of the behaviours (<see cref="OrganisationRuleSet"/>); the concerns they state are then applied in
/// the library's session by <c>organisation.concern</c>.
/// </summary>
internal sealed class SensoaFlagAssessor : IFlagAssessor
{
    private readonly Lazy<SensoaRuleSet> rules;

    /// <summary>An assessor over a compiled rule set.</summary>
    public SensoaFlagAssessor(SensoaRuleSet ruleSet)
        : this(new Lazy<SensoaRuleSet>(ruleSet))
    {
    }

    /// <summary>An assessor whose rule set is compiled on its first assessment (a command that never assesses pays nothing).</summary>
    public SensoaFlagAssessor(Lazy<SensoaRuleSet> rules, OrganisationRuleSet? organisation = null)
    {
        this.rules = rules;
        Organisation = organisation;
    }

    /// <summary>Gets the organisation's own rules, or null when the assessor has none.</summary>
    public OrganisationRuleSet? Organisation { get; }

    public string RuleSetVersion => SensoaRuleSet.Version;

    public AssessmentResult Assess(Incident incident, AssessmentOptions? options = null) =>
        AssessmentBuilder.Assess(incident, options, SensoaRuleSet.Version, valid => Compute(valid, options));

    public AssessmentResult AssessJson(ReadOnlySpan<byte> utf8Json, AssessmentOptions? options = null) =>
        AssessmentBuilder.AssessJson(utf8Json, options, SensoaRuleSet.Version, valid => Compute(valid, options));

    /// <summary>Runs the rules over a validated incident and writes what they recorded in the options' language.</summary>
    private ComputedFlag[] Compute(Incident incident, AssessmentOptions? options)
    {
        var culture = (options ?? AssessmentOptions.Default).Culture;
        var facts = Run(incident);
        var computed = new ComputedFlag[facts.Length];
        for (var i = 0; i < computed.Length; i++)
        {
            computed[i] = ToComputed(facts[i], culture);
        }

        return computed;
    }

    /// <summary>Runs the rules over a validated incident: one fact per behaviour, with what the rules recorded on it.</summary>
    /// <exception cref="RuleSetException">A rule failed or looped, or an organisation rule did.</exception>
    internal BehaviourFact[] Run(Incident incident)
    {
        var facts = incident.Behaviours.Select(behaviour => new BehaviourFact(incident, behaviour)).ToArray();
        var concerns = Organisation is null ? [] : Concerns(Organisation, incident, facts);
        var ruleSet = incident.History.Count > 0 ? rules.Value.WithHistory : rules.Value;
        if (incident.History.Count > 0)
        {
            SensoaRuleSet.History.Run(facts, incident.History);
        }

        ruleSet.Sessions.Run(SessionFacts(facts, concerns), ruleSet.FiringLimit(facts.Length, concerns.Length));
        return facts;
    }

    private static ComputedFlag ToComputed(BehaviourFact fact, CultureInfo culture) => new()
    {
        CriteriaFlag = fact.CriteriaFlag,
        Flag = fact.Flag,
        Status = fact.Status,
        FiredRules = fact.FiredRules(culture),
        Considerations = fact.ConsiderationsIn(culture),
        Override = fact.Behaviour.Override is { } request ? OverridePolicy.Evaluate(request, fact.Flag, culture) : null,
    };

    /// <summary>
    /// Runs the organisation's rules over read-only copies of the behaviours and turns what they stated into the library's
    /// own concern facts, tied to the behaviours' facts.
    /// </summary>
    /// <exception cref="RuleSetException">An organisation rule failed, halted, looped, ran out of time, or stated a concern about something that is not a behaviour of this incident.</exception>
    private static ConcernFact[] Concerns(OrganisationRuleSet organisation, Incident incident, BehaviourFact[] facts)
    {
        var people = incident.People.ToDictionary(person => person.Id, StringComparer.Ordinal);
        var views = new BehaviourView[facts.Length];
        var index = new Dictionary<BehaviourView, int>(facts.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < facts.Length; i++)
        {
            var behaviour = facts[i].Behaviour;
            views[i] = new BehaviourView(incident, behaviour, people[behaviour.ActorId], [.. behaviour.AffectedIds.Select(id => people[id].AgeYears)]);
            index.Add(views[i], i);
        }

        var stated = organisation.Run(views);
        var concerns = new ConcernFact[stated.Count];
        for (var i = 0; i < concerns.Length; i++)
        {
            var concern = stated[i];
            if (concern.Behaviour is null || !index.TryGetValue(concern.Behaviour, out var at))
            {
                throw new RuleSetException(concern.RuleName, $"Organisation rule '{concern.RuleName}' stated a concern about something that is not a behaviour of this incident.", null);
            }

            if (string.IsNullOrWhiteSpace(concern.Reason) || !Enum.IsDefined(concern.Requested))
            {
                throw new RuleSetException(concern.RuleName, $"Organisation rule '{concern.RuleName}' stated a concern without a reason or with no flag.", null);
            }

            concerns[i] = new ConcernFact(facts[at], concern.RuleName, concern.Reason, concern.Requested);
        }

        return concerns;
    }

    /// <summary>
    /// What goes into the library's session for these behaviours: each one's fact (with what the case file's entries are
    /// to it, joined before: <see cref="HistoryJoin"/>) and its unchanging traits (<see cref="BehaviourTraits"/> says why),
    /// and the concerns organisation rules stated about them.
    /// </summary>
    internal static object[] SessionFacts(BehaviourFact[] facts, ConcernFact[] concerns) =>
        [.. facts, .. facts.Select(fact => new BehaviourTraits(fact)), .. concerns];
}
