using System.Globalization;
using Sensoa.Flags.Guidance.Responses;
using Sensoa.Flags.Guidance.Routing;
using Sensoa.Flags.Json;
using Sensoa.Flags.Validation;

namespace Sensoa.Flags;

/// <summary>
/// Builds assessments around the flags a rule engine computes: it checks the incident, asks the engine for the flags of
/// the valid incident's behaviours, and adds what follows from them: the final flag (the override, when accepted), the
/// registration, the responses and the referrals. The Sensoa rules (<c>FlagAssessor.Create()</c>) are such an engine;
/// another implementation of the same rules can be held to them through it.
/// </summary>
public static class AssessmentBuilder
{
    /// <summary>The six criteria in Sensoa's order.</summary>
    private static readonly Criterion[] AllCriteria = Enum.GetValues<Criterion>();

    /// <summary>The unknown criteria of every set of them (six bits), read-only and shared by every result that has that set.</summary>
    private static readonly IReadOnlyList<Criterion>[] UnknownSets =
        [.. Enumerable.Range(0, 1 << AllCriteria.Length).Select(mask => Array.AsReadOnly(AllCriteria.Where(c => (mask & (1 << (int)c)) != 0).ToArray()))];

    /// <summary>Checks <paramref name="incident"/> and, when it is valid, builds its assessment from the flags <paramref name="compute"/> gives.</summary>
    /// <param name="incident">The incident; null is an error, not an exception.</param>
    /// <param name="options">The language of the texts and the moment of the referrals; null for the defaults.</param>
    /// <param name="ruleSetVersion">The version of the rules that computed the flags.</param>
    /// <param name="compute">Computes the flags of each behaviour of a valid incident, in the incident's order.</param>
    /// <returns>The assessment, or the errors in the options' language.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="compute"/> gave another number of flags than the incident has behaviours (a bug in the engine, not in the input).</exception>
    public static AssessmentResult Assess(
        Incident? incident, AssessmentOptions? options, string ruleSetVersion, Func<Incident, IReadOnlyList<ComputedFlag>> compute)
    {
        ArgumentNullException.ThrowIfNull(ruleSetVersion);
        ArgumentNullException.ThrowIfNull(compute);
        var errors = new ErrorCollector();
        IncidentValidator.Validate(incident, errors);
        return errors.HasErrors
            ? AssessmentResult.Invalid(InLanguage(errors.ToList(), options))
            : AssessmentResult.Success(Build(incident!, options ?? AssessmentOptions.Default, ruleSetVersion, compute));
    }

    /// <summary>Reads an incident from its JSON contract and, when it is valid, builds its assessment from the flags <paramref name="compute"/> gives.</summary>
    /// <param name="utf8Json">The incident as UTF-8 JSON.</param>
    /// <param name="options">The language of the texts and the moment of the referrals; null for the defaults.</param>
    /// <param name="ruleSetVersion">The version of the rules that computed the flags.</param>
    /// <param name="compute">Computes the flags of each behaviour of a valid incident, in the incident's order.</param>
    /// <returns>The assessment, or the errors in the options' language.</returns>
    /// <exception cref="InvalidOperationException"><paramref name="compute"/> gave another number of flags than the incident has behaviours (a bug in the engine, not in the input).</exception>
    public static AssessmentResult AssessJson(
        ReadOnlySpan<byte> utf8Json, AssessmentOptions? options, string ruleSetVersion, Func<Incident, IReadOnlyList<ComputedFlag>> compute)
    {
        ArgumentNullException.ThrowIfNull(ruleSetVersion);
        ArgumentNullException.ThrowIfNull(compute);
        var parsed = SensoaJson.ParseIncident(utf8Json);
        if (!parsed.IsValid)
        {
            return AssessmentResult.Invalid(InLanguage(parsed.Errors, options));
        }

        return AssessmentResult.Success(Build(parsed.Incident, options ?? AssessmentOptions.Default, ruleSetVersion, compute));
    }

    /// <summary>The errors with their messages in the options' language; English ones as they are.</summary>
    private static IReadOnlyList<ValidationError> InLanguage(IReadOnlyList<ValidationError> errors, AssessmentOptions? options)
    {
        if (options is null || Languages.Of(options.Culture) == Languages.English)
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

    /// <summary>Builds the assessment of a validated incident (its ids are unique and every id it refers to names one of its people).</summary>
    private static Assessment Build(
        Incident incident, AssessmentOptions options, string ruleSetVersion, Func<Incident, IReadOnlyList<ComputedFlag>> compute)
    {
        var computed = compute(incident);
        var behaviours = incident.Behaviours;
        if (computed.Count != behaviours.Count)
        {
            throw new InvalidOperationException($"The rules computed {computed.Count} flags for {behaviours.Count} behaviours.");
        }

        var people = incident.People.ToDictionary(person => person.Id, StringComparer.Ordinal);
        var results = new BehaviourAssessment[behaviours.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = ToAssessment(incident, behaviours[i], computed[i], people, options.Culture);
        }

        return new Assessment
        {
            RuleSetVersion = ruleSetVersion,
            Behaviours = results,
            Referrals = ReferralRouter.Route(incident, people, results, options),
        };
    }

    private static BehaviourAssessment ToAssessment(Incident incident, Behaviour behaviour, ComputedFlag computed, IReadOnlyDictionary<string, Person> people, CultureInfo culture)
    {
        Flag? final = computed.Override is { Accepted: true } accepted ? accepted.Flag : computed.Flag;
        var unknownMask = 0;
        foreach (var criterion in AllCriteria)
        {
            if (behaviour.Criteria[criterion].ToFlag() is null)
            {
                unknownMask |= 1 << (int)criterion;
            }
        }

        return new BehaviourAssessment
        {
            BehaviourId = behaviour.Id,
            ActorId = behaviour.ActorId,
            CriteriaFlag = computed.CriteriaFlag,
            ComputedFlag = computed.Flag,
            Flag = final,
            Status = computed.Status,
            UnknownCriteria = UnknownSets[unknownMask],
            FiredRules = computed.FiredRules,
            Override = computed.Override,
            Considerations = computed.Considerations,
            Registration = final.ToRegistration(),
            Responses = ResponseGuide.For(incident, behaviour, people[behaviour.ActorId], people, final, computed.Status, unknownMask, culture),
        };
    }
}
