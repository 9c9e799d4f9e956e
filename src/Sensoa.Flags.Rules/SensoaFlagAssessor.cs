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
                ? AssessmentResult.Invalid(InLanguage(errors.ToList(), options))
                : AssessmentResult.Success(AssessValid(incident, lists, options ?? AssessmentOptions.Default));
        }
        finally
        {
            lists.Return();
        }
    }

    /// <summary>The errors with their messages in the options' language; English ones as they are.</summary>
    private static IReadOnlyList<ValidationError> InLanguage(IReadOnlyList<ValidationError> errors, AssessmentOptions? options)
    {
        if (options is null || !Languages.IsDutch(options.Culture))
        {
            return errors;
        }

        var localized = new ValidationError[errors.Count];
        for (var i = 0; i < localized.Length; i++)
        {
            localized[i] = errors[i].Localize(options.Culture);
        }

        return localized;
    }

    public AssessmentResult AssessJson(ReadOnlySpan<byte> utf8Json, AssessmentOptions? options = null)
    {
        var parsed = SensoaJson.ParseIncident(utf8Json);
        if (!parsed.IsValid)
        {
            return AssessmentResult.Invalid(InLanguage(parsed.Errors, options));
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

        Fire(facts);

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

    private void Fire(BehaviourFact[] facts)
    {
        var rules = CompiledRules;
        rules.Sessions.Run(SessionFacts(facts, withViews: rules.OrganisationRuleCount > 0), rules.FiringLimit(facts.Length));
    }

    /// <summary>
    /// What goes into the session for these behaviours: each one's fact and its unchanging traits (BehaviourTraits says
    /// why), and with organisation rules each one's read-only view, which those rules match instead of the library's facts.
    /// </summary>
    internal static object[] SessionFacts(BehaviourFact[] facts, bool withViews)
    {
        var count = facts.Length;
        var inserted = new object[(withViews ? 3 : 2) * count];
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
