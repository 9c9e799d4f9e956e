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
/// are reused from the rule set's pool, emptied after every run. With organisation rules, those run first, in a session
/// of their own over read-only copies of the behaviours (<see cref="OrganisationRuleSet"/>); the concerns they state are
/// then applied in the library's session by <c>organisation.concern</c>.
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

    private SensoaRuleSet CompiledRules => rules.Value;

    public string RuleSetVersion => SensoaRuleSet.Version;

    public AssessmentResult Assess(Incident incident, AssessmentOptions? options = null)
    {
        var errors = new ErrorCollector();
        IncidentValidator.Validate(incident, errors);
        return errors.HasErrors
            ? AssessmentResult.Invalid(InLanguage(errors.ToList(), options))
            : AssessmentResult.Success(AssessValid(incident, options ?? AssessmentOptions.Default));
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

        return AssessmentResult.Success(AssessValid(parsed.Incident, options ?? AssessmentOptions.Default));
    }

    private static BehaviourAssessment ToAssessment(BehaviourFact fact, IReadOnlyDictionary<string, Person> people, AssessmentOptions options)
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

    private static BehaviourView View(Incident incident, Behaviour behaviour, Person actor, IReadOnlyDictionary<string, Person> people)
    {
        var ages = new double[behaviour.AffectedIds.Count];
        for (var i = 0; i < ages.Length; i++)
        {
            ages[i] = people[behaviour.AffectedIds[i]].AgeYears;
        }

        return new BehaviourView(incident, behaviour, actor, ages);
    }

    /// <summary>Assesses a validated incident (its ids are unique and every id it refers to names one of its people).</summary>
    private Assessment AssessValid(Incident incident, AssessmentOptions options)
    {
        var culture = options.Culture;
        var people = incident.People.ToDictionary(person => person.Id, StringComparer.Ordinal);
        var behaviours = incident.Behaviours;
        var facts = new BehaviourFact[behaviours.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            var behaviour = behaviours[i];
            var actor = people[behaviour.ActorId];
            facts[i] = new BehaviourFact(incident, behaviour, actor, culture);
        }

        var concerns = Organisation is null ? [] : Concerns(Organisation, incident, facts, people);
        var history = incident.History;
        CompiledRules.Sessions.Run(
            SessionFacts(facts, concerns, history), SensoaRuleSet.FiringLimit(facts.Length, concerns.Length), fresh: history.Count > 0);

        var results = new BehaviourAssessment[facts.Length];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = ToAssessment(facts[i], people, options);
        }

        return new Assessment
        {
            RuleSetVersion = SensoaRuleSet.Version,
            Behaviours = results,
            Referrals = ReferralRouter.Route(incident, people, results, options),
        };
    }

    /// <summary>
    /// Runs the organisation's rules over read-only copies of the behaviours and turns what they stated into the library's
    /// own concern facts, tied to the behaviours' facts.
    /// </summary>
    /// <exception cref="RuleSetException">An organisation rule failed, halted, looped, ran out of time, or stated a concern about something that is not a behaviour of this incident.</exception>
    private static ConcernFact[] Concerns(OrganisationRuleSet organisation, Incident incident, BehaviourFact[] facts, IReadOnlyDictionary<string, Person> people)
    {
        var views = new BehaviourView[facts.Length];
        var index = new Dictionary<BehaviourView, int>(facts.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < facts.Length; i++)
        {
            views[i] = View(incident, facts[i].Behaviour, facts[i].Actor, people);
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
    /// What goes into the library's session for these behaviours: each one's fact and its unchanging traits
    /// (BehaviourTraits says why), the concerns organisation rules stated about them, and every entry of the case file's
    /// history, which the history rules join with the behaviours.
    /// </summary>
    internal static object[] SessionFacts(BehaviourFact[] facts, ConcernFact[] concerns, IReadOnlyList<HistoryEntry>? history = null)
    {
        var count = facts.Length;
        var entries = history?.Count ?? 0;
        var inserted = new object[(2 * count) + concerns.Length + entries];
        for (var i = 0; i < entries; i++)
        {
            inserted[inserted.Length - entries + i] = new HistoryFact(history![i]);
        }

        for (var i = 0; i < count; i++)
        {
            inserted[i] = facts[i];
            inserted[count + i] = new BehaviourTraits(facts[i]);
        }

        concerns.CopyTo(inserted, 2 * count);
        return inserted;
    }
}
