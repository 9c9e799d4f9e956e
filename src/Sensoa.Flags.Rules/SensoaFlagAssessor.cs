using Sensoa.Flags.Guidance.Responses;
using Sensoa.Flags.Guidance.Routing;
using Sensoa.Flags.Json;
using Sensoa.Flags.Rules.FlagRules;
using Sensoa.Flags.Rules.Organisation;
using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Rules;

/// <summary>
/// The assessor: validation, then one NRules session per incident over the shared, compiled rule set: the behaviours are
/// inserted as facts and the rules fire until none is left, under a limit that no correct rule set reaches. Sessions
/// are reused from the rule set's pool, emptied after every run.
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
    public SensoaFlagAssessor(Lazy<SensoaRuleSet> rules)
    {
        this.rules = rules;
    }

    private SensoaRuleSet CompiledRules => rules.Value;

    public string RuleSetVersion => SensoaRuleSet.Version;

    public AssessmentResult Assess(Incident incident, AssessmentOptions? options = null)
    {
        var lists = IncidentLists.Rent();
        try
        {
            var errors = lists.Errors;
            IncidentValidator.Validate(incident, lists, errors);
            return errors.HasErrors
                ? AssessmentResult.Invalid(errors.ToList())
                : AssessmentResult.Success(AssessValid(incident, lists, options ?? AssessmentOptions.Default));
        }
        finally
        {
            lists.Return();
        }
    }

    public AssessmentResult AssessJson(ReadOnlySpan<byte> utf8Json, AssessmentOptions? options = null)
    {
        var parsed = SensoaJson.ParseIncident(utf8Json);
        if (!parsed.IsValid)
        {
            return AssessmentResult.Invalid(parsed.Errors);
        }

        var lists = IncidentLists.Rent();
        try
        {
            return AssessmentResult.Success(AssessValid(parsed.Incident, lists.Of(parsed.Incident), options ?? AssessmentOptions.Default));
        }
        finally
        {
            lists.Return();
        }
    }

    private static BehaviourAssessment ToAssessment(BehaviourFact fact, in PeopleIndex people, AssessmentOptions options)
    {
        var outcome = fact.Behaviour.Override is { } request
            ? OverridePolicy.Evaluate(request, fact.Flag, options.Culture)
            : null;
        Flag? final = outcome is { Accepted: true } ? outcome.Flag : fact.Flag;
        var culture = options.Culture;
        return new BehaviourAssessment
        {
            BehaviourId = fact.Behaviour.Id,
            ActorId = fact.Behaviour.ActorId,
            CriteriaFlag = fact.CriteriaFlag,
            ComputedFlag = fact.Flag,
            Flag = final,
            Status = fact.Status,
            UnknownCriteria = fact.UnknownCriteria,
            FiredRules = fact.FiredRules.ToArray(),
            Override = outcome,
            Considerations = fact.ConsiderationsToArray(),
            Registration = final.ToRegistration(),
            Responses = ResponseGuide.For(fact.Incident, fact.Behaviour, fact.Actor, people, final, fact.Status, fact.UnknownMask, culture),
        };
    }

    private static BehaviourView View(Incident incident, Behaviour behaviour, Person actor, in PeopleIndex people)
    {
        var ages = new double[behaviour.AffectedIds.Count];
        for (var i = 0; i < ages.Length; i++)
        {
            ages[i] = people.Get(behaviour.AffectedIds[i]).AgeYears;
        }

        return new BehaviourView(incident, behaviour, actor, ages);
    }

    /// <summary>Assesses a validated incident whose people and behaviours are in <paramref name="lists"/>.</summary>
    private Assessment AssessValid(Incident incident, IncidentLists lists, AssessmentOptions options)
    {
        var culture = options.Culture;
        var people = lists.Index;
        var behaviours = lists.Behaviours;
        var facts = new BehaviourFact[behaviours.Length];
        for (var i = 0; i < facts.Length; i++)
        {
            var behaviour = behaviours[i]!;
            var actor = people.Get(behaviour.ActorId);
            facts[i] = new BehaviourFact(incident, behaviour, actor, culture, CompiledRules.OrganisationRuleCount > 0 ? View(incident, behaviour, actor, people) : null);
        }

        Fire(facts, incident.History);

        var results = new BehaviourAssessment[facts.Length];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = ToAssessment(facts[i], people, options);
        }

        return new Assessment
        {
            RuleSetVersion = SensoaRuleSet.Version,
            Behaviours = results,
            Referrals = ReferralRouter.Route(incident, lists, results, options),
        };
    }

    private void Fire(BehaviourFact[] facts, IReadOnlyList<HistoryEntry> history)
    {
        var rules = CompiledRules;
        rules.Sessions.Run(SessionFacts(facts, withViews: rules.OrganisationRuleCount > 0, history), rules.FiringLimit(facts.Length), fresh: history.Count > 0);
    }

    /// <summary>
    /// What goes into the session for these behaviours: each one's fact and its unchanging traits (BehaviourTraits says
    /// why), and with organisation rules each one's read-only view, which those rules match instead of the library's facts;
    /// then every entry of the case file's history, which the history rules join with the behaviours.
    /// </summary>
    internal static object[] SessionFacts(BehaviourFact[] facts, bool withViews, IReadOnlyList<HistoryEntry>? history = null)
    {
        var count = facts.Length;
        var entries = history?.Count ?? 0;
        var inserted = new object[((withViews ? 3 : 2) * count) + entries];
        for (var i = 0; i < entries; i++)
        {
            inserted[inserted.Length - entries + i] = new HistoryFact(history![i]);
        }

        for (var i = 0; i < count; i++)
        {
            inserted[i] = facts[i];
            inserted[count + i] = new BehaviourTraits(facts[i]);
            if (withViews)
            {
                inserted[(2 * count) + i] = facts[i].View!;
            }
        }

        return inserted;
    }
}
