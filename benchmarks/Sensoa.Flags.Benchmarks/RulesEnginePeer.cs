using RulesEngine.Models;

namespace Sensoa.Flags.Benchmarks;

/// <summary>
/// The same Sensoa rules on Microsoft RulesEngine, written as its users do: one workflow of rules with Dynamic LINQ
/// expressions over an input object, the new flag in the rule's <c>SuccessEvent</c> (or an <c>OutputExpression</c>
/// action where it is computed), and forward chaining by running the workflow again after each change, taking the first
/// successful rule in workflow order that has not fired yet (the rules are listed in agenda order).
/// </summary>
public sealed class RulesEnginePeer
{
    public const string WorkflowName = "sensoa-flags";

    private const string Note = "note";
    private const string Consideration = "consideration";

    private readonly global::RulesEngine.RulesEngine engine;

    /// <summary>A rule that both raises and records a consideration is two RulesEngine rules; the consideration's name carries this suffix.</summary>
    private const string ConsiderationSuffix = "#consideration";

    public RulesEnginePeer()
    {
        engine = new global::RulesEngine.RulesEngine([CreateWorkflow()], new ReSettings());
    }

    public static Workflow CreateWorkflow() => new()
    {
        WorkflowName = WorkflowName,
        Rules =
        [
            new Rule
            {
                RuleName = "criteria.mostSevere",
                Expression = "input1.CriteriaFlag < 0 AND input1.UnknownCount < 6",
                Actions = new RuleActions
                {
                    OnSuccess = new ActionInfo
                    {
                        Name = "OutputExpression",
                        Context = new Dictionary<string, object>
                        {
                            ["Expression"] = "Math.Max(Math.Max(Math.Max(input1.Consent, input1.Voluntariness), Math.Max(input1.Equality, input1.Development)), Math.Max(input1.Context, input1.Impact))",
                        },
                    },
                },
            },
            Mark("sexting.distribution" + ConsiderationSuffix, "input1.Distributes", Consideration),
            Raise("sexting.distribution", "input1.Flag == 0 AND input1.Distributes", 1),
            Raise("repetition.yellowToRed", "input1.Flag == 1 AND input1.Repeated AND NOT input1.RepetitionApplied", 2),
            Raise("repetition.redToBlack", "input1.Flag == 2 AND input1.Repeated AND NOT input1.RepetitionApplied", 3),
            Raise("knownBoundary.redToBlack", "input1.Flag == 2 AND input1.PriorSerious", 3),
            Mark("criteria.unknown", "input1.UnknownCount > 0", Note),
            Mark(
                "flag.ceiling",
                "input1.Flag == 3 AND ((input1.Repeated AND NOT input1.RepetitionApplied) OR (input1.PriorSerious AND NOT input1.KnownBoundaryApplied))",
                Note),
            Mark("intimacy.handsOn", "input1.Intimacy == 1", Consideration),
            Mark("intimacy.handsOff", "input1.Intimacy == 2", Consideration),
            Mark("awareness.atTheTime", "input1.Aware", Consideration),
        ],
    };

    public PeerOutcome[] Assess(Incident incident)
    {
        var outcomes = new PeerOutcome[incident.Behaviours.Count];
        for (var i = 0; i < outcomes.Length; i++)
        {
            outcomes[i] = Assess(incident, incident.Behaviours[i]);
        }

        return outcomes;
    }

    private PeerOutcome Assess(Incident incident, Behaviour behaviour)
    {
        var state = ToState(incident, behaviour);
        var outcome = new PeerOutcome(behaviour.Id);
        var fired = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var results = engine.ExecuteAllRulesAsync(WorkflowName, state).AsTask().GetAwaiter().GetResult();
            var next = results.FirstOrDefault(r => r.IsSuccess && !fired.Contains(r.Rule.RuleName));
            if (next is null)
            {
                break;
            }

            fired.Add(next.Rule.RuleName);
            Apply(next, state, outcome);
        }

        outcome.CriteriaFlag = state.CriteriaFlag < 0 ? null : (Flag)state.CriteriaFlag;
        outcome.ComputedFlag = state.Flag < 0 ? null : (Flag)state.Flag;
        outcome.Status = state.UnknownCount > 0 && state.Flag != 3 ? AssessmentStatus.InsufficientInformation : AssessmentStatus.Complete;
        return outcome;
    }

    private static void Apply(RuleResultTree result, RulesEngineState state, PeerOutcome outcome)
    {
        var name = result.Rule.RuleName;
        switch (result.Rule.SuccessEvent)
        {
            case Consideration:
                outcome.Considerations.Add(name.EndsWith(ConsiderationSuffix, StringComparison.Ordinal) ? name[..^ConsiderationSuffix.Length] : name);
                return;
            case Note:
                outcome.FiredRules.Add(name);
                return;
            case null or "":
                // criteria.mostSevere: the flag comes from its OutputExpression action.
                state.CriteriaFlag = state.Flag = Convert.ToInt32(result.ActionResult.Output, System.Globalization.CultureInfo.InvariantCulture);
                outcome.FiredRules.Add(name);
                return;
            default:
                state.Flag = int.Parse(result.Rule.SuccessEvent, System.Globalization.CultureInfo.InvariantCulture);
                outcome.FiredRules.Add(name);
                switch (name)
                {
                    case "repetition.yellowToRed" or "repetition.redToBlack":
                        state.RepetitionApplied = true;
                        break;
                    case "knownBoundary.redToBlack":
                        state.KnownBoundaryApplied = true;
                        break;
                }

                return;
        }
    }

    private static RulesEngineState ToState(Incident incident, Behaviour behaviour)
    {
        var c = behaviour.Criteria;
        return new RulesEngineState
        {
            Consent = Rating(c.Consent),
            Voluntariness = Rating(c.Voluntariness),
            Equality = Rating(c.Equality),
            Development = Rating(c.Development),
            Context = Rating(c.Context),
            Impact = Rating(c.Impact),
            UnknownCount = new[] { c.Consent, c.Voluntariness, c.Equality, c.Development, c.Context, c.Impact }.Count(r => r == CriterionRating.Unknown),
            Repeated = behaviour.Repeated,
            PriorSerious = behaviour.PriorSeriousAddressed,
            Aware = behaviour.AwareAtTheTime,
            Distributes = behaviour.DistributesImages,
            Intimacy = behaviour.Intimacy switch
            {
                Sensoa.Flags.Intimacy.HandsOn => 1,
                Sensoa.Flags.Intimacy.HandsOff => 2,
                _ => 0,
            },
        };
    }

    private static int Rating(CriterionRating rating) => rating == CriterionRating.Unknown ? -1 : (int)rating;

    private static Rule Raise(string id, string expression, int to) => new()
    {
        RuleName = id,
        Expression = expression,
        SuccessEvent = to.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Rule Mark(string id, string expression, string kind) => new()
    {
        RuleName = id,
        Expression = expression,
        SuccessEvent = kind,
    };
}
