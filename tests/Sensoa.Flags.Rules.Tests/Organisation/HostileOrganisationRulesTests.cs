using System.Collections.Concurrent;
using System.Reflection;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Json;
using Sensoa.Flags.Rules;
using Sensoa.Flags.Rules.FlagRules;
using Sensoa.Flags.Rules.Organisation;
using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Rules.Tests.Organisation;

/// <summary>
/// Organisation rules written to do harm: each one either leaves the assessment exactly as the library alone gives it
/// (byte for byte, apart from what a legitimate concern may add) or makes the assessment fail with one
/// <see cref="RuleSetException"/> naming the rule. None reaches the library's facts.
/// </summary>
public sealed class HostileOrganisationRulesTests
{
    /// <summary>A black case: hands-on, repeated after correction, with the police among the referrals.</summary>
    private static Incident BlackCase(params string[] labels) => Flanders()
        .Person("p1", 16)
        .Person("p2", 12)
        .Behaviour(new Behaviour
        {
            Id = "b1",
            ActorId = "p1",
            AffectedIds = ["p2"],
            Criteria = Criteria(CriterionRating.Black),
            Intimacy = Intimacy.HandsOn,
            Repeated = true,
            Labels = labels,
        })
        .Build();

    private static Incident TwoGreen(params string[] labels) => Flanders()
        .Behaviour(new Behaviour { Id = "b1", ActorId = "p1", AffectedIds = ["p2"], Criteria = Criteria(CriterionRating.Green), Labels = labels })
        .Behaviour(new Behaviour { Id = "b2", ActorId = "p2", AffectedIds = ["p1"], Criteria = Criteria(CriterionRating.Green), Labels = labels })
        .Build();

    private static string Json(IFlagAssessor assessor, Incident incident) => SensoaJson.Serialize(assessor.Assess(incident).Assessment!);

    private static readonly string LibraryAlone = Json(FlagAssessor.Create(), BlackCase());

    [Theory]
    [InlineData(typeof(RetractEverythingRule))]
    [InlineData(typeof(InsertJunkRule))]
    [InlineData(typeof(ReflectRule))]
    [InlineData(typeof(CastListsBackRule))]
    public void HostileRule_BlackCase_SameBytesAsTheLibraryAlone(Type rule)
    {
        var assessor = FlagAssessor.Create(o => o.AddRules(rule));

        Json(assessor, BlackCase()).Should().Be(LibraryAlone, "{0} reaches nothing of the library's", rule.Name);
        BlackCase().Behaviours[0].Criteria.Consent.Should().Be(CriterionRating.Black);
    }

    [Fact]
    public void ReflectRule_DoesNotChangeTheCallersIncident()
    {
        var incident = BlackCase("keep");
        var assessor = FlagAssessor.Create(o => o.AddRules(typeof(ReflectRule), typeof(CastListsBackRule)));

        var flag = assessor.Assess(incident).Assessment!.Behaviours[0].Flag;

        flag.Should().Be(Flag.Black);
        incident.Behaviours[0].Criteria.Should().Be(Criteria(CriterionRating.Black));
        incident.Behaviours[0].Labels.Should().Equal("keep");
    }

    [Fact]
    public void MatchObject_TheOrganisationsSessionHoldsOnlyViews()
    {
        SeenTypes.Clear();
        var assessor = FlagAssessor.Create(o => o.AddRules(typeof(SeeEverythingRule)));

        assessor.Assess(TwoGreen()).IsValid.Should().BeTrue();

        SeenTypes.Should().NotBeEmpty().And.OnlyContain(t => t == typeof(BehaviourView), "nothing of the library's is in the organisation's session");
    }

    [Fact]
    public void LibrarySession_NeverHoldsAnOrganisationRule()
    {
        FlagAssessor.Create(o => o.AddRules(typeof(RetractEverythingRule)));

        SensoaRuleSet.SharedWithConcerns.Value.Rules.Should().OnlyContain(r => r.Tags.Contains(RuleTags.Sensoa));
        SensoaRuleSet.SharedWithConcerns.Value.Rules.Should().Contain(r => r.Name == OrganisationConcernRule.Id);
    }

    [Fact]
    public void RetractingRule_BesideAConcern_TakesBackOnlyTheOrganisationsOwn()
    {
        // Retracting in its own session takes the views (and so the other rule's concern) away from the organisation's
        // rules alone: the library's assessment is what it is without organisation rules.
        var assessor = FlagAssessor.Create(o => o.AddRules(typeof(OrganisationRulesTests.PrivateChatRule), typeof(RetractEverythingRule)));
        var incident = TwoGreen("staff-pupil-private-chat");

        Json(assessor, incident).Should().Be(Json(FlagAssessor.Create(), incident));
        Json(assessor, BlackCase("staff-pupil-private-chat")).Should().Be(Json(FlagAssessor.Create(), BlackCase("staff-pupil-private-chat")));
    }

    [Fact]
    public void Throw_InAction_OneErrorNamingTheRule()
    {
        var act = () => FlagAssessor.Create(o => o.AddRules(typeof(ThrowRule))).Assess(BlackCase());

        act.Should().Throw<RuleSetException>().Where(e => e.RuleId == "hostile.throw").WithMessage("*'hostile.throw'*");
    }

    [Fact]
    public void Throw_InCondition_OneErrorNamingTheRule()
    {
        var act = () => FlagAssessor.Create(o => o.AddRules(typeof(ThrowInConditionRule))).Assess(BlackCase());

        act.Should().Throw<RuleSetException>().Where(e => e.RuleId == "hostile.throwInCondition").WithMessage("*'hostile.throwInCondition'*condition*");
    }

    [Fact]
    public void Halt_WhileRulesWait_OneErrorNamingTheRule()
    {
        var act = () => FlagAssessor.Create(o => o.AddRules(typeof(HaltRule))).Assess(TwoGreen());

        act.Should().Throw<RuleSetException>().Where(e => e.RuleId == "hostile.halt").WithMessage("*halted*");
    }

    [Fact]
    public void Halt_WithNothingWaiting_OutcomeUnchanged()
    {
        var assessor = FlagAssessor.Create(o => o.AddRules(typeof(HaltRule)));

        Json(assessor, BlackCase()).Should().Be(LibraryAlone);
    }

    [Fact]
    public void Loop_StopsAtTheFiringLimit_OneErrorNamingTheRule()
    {
        var act = () => FlagAssessor.Create(o => o.AddRules(typeof(LoopRule))).Assess(BlackCase());

        act.Should().Throw<RuleSetException>().Where(e => e.RuleId == "hostile.loop").WithMessage("*firings*loop*");
    }

    [Fact]
    public void InsertForEver_StopsAtTheFiringLimit()
    {
        var act = () => FlagAssessor.Create(o => o.AddRules(typeof(InsertForEverRule))).Assess(TwoGreen());

        act.Should().Throw<RuleSetException>().Where(e => e.RuleId == "hostile.insertForEver");
    }

    [Fact]
    public void ForgedConcern_AboutAViewOfNoBehaviour_OneErrorNamingTheRule()
    {
        var act = () => FlagAssessor.Create(o => o.AddRules(typeof(ForgeConcernRule))).Assess(BlackCase());

        act.Should().Throw<RuleSetException>().Where(e => e.RuleId == "hostile.forge").WithMessage("*not a behaviour of this incident*");
    }

    [Fact]
    public void RaiseConcern_NoSuchFlag_OneErrorNamingTheRule()
    {
        var act = () => FlagAssessor.Create(o => o.AddRules(typeof(UndefinedFlagRule))).Assess(TwoGreen());

        act.Should().Throw<RuleSetException>().Where(e => e.RuleId == "hostile.undefinedFlag");
    }

    [Fact]
    public void Sleep_PastTheTimeLimit_OneErrorNamingTheRule()
    {
        using var gate = new SleepGate("sleep-past-limit");
        var assessor = FlagAssessor.Create(o =>
        {
            o.AddRules(typeof(SleepRule));
            o.OrganisationRuleTimeLimit = TimeSpan.FromMilliseconds(100);
        });

        var act = () => assessor.Assess(BlackCase(gate.Label));

        act.Should().Throw<RuleSetException>().Where(e => e.RuleId == "hostile.sleep").WithMessage("*'hostile.sleep'*100 ms*");
    }

    [Fact]
    public async Task Sleep_OtherAssessmentsAtTheSameTime_Unaffected()
    {
        using var gate = new SleepGate("sleep-beside-others");
        var assessor = FlagAssessor.Create(o =>
        {
            o.AddRules(typeof(SleepRule), typeof(OrganisationRulesTests.PrivateChatRule));
            o.OrganisationRuleTimeLimit = TimeSpan.FromMinutes(5);
        });
        var sleeping = Task.Run(() => assessor.Assess(BlackCase(gate.Label)));
        (await gate.Entered.WaitAsync(TimeSpan.FromMinutes(1))).Should().BeTrue("the sleeping rule started");

        // While one assessment's rule sleeps, the same assessor gives others their answers.
        for (var i = 0; i < 20; i++)
        {
            assessor.Assess(TwoGreen("staff-pupil-private-chat")).Assessment!.Behaviours.Should().OnlyContain(b => b.ComputedFlag == Flag.Yellow);
        }

        sleeping.IsCompleted.Should().BeFalse();
        gate.Release();
        (await sleeping).Assessment!.Behaviours[0].Flag.Should().Be(Flag.Black);
    }

    [Fact]
    public void FailingAssessments_InParallelWithGoodOnes_EachGetsItsOwnOutcome()
    {
        // The time limit is out of the way: this test is about failures staying with their own assessment, and 400
        // assessments on a loaded two-core machine must not turn into time-outs.
        var assessor = FlagAssessor.Create(o =>
        {
            o.AddRules(typeof(ThrowOnLabelRule), typeof(OrganisationRulesTests.PrivateChatRule));
            o.OrganisationRuleTimeLimit = TimeSpan.FromMinutes(5);
        });
        var expected = Json(assessor, TwoGreen("staff-pupil-private-chat"));
        var outcomes = new string[400];

        Parallel.For(0, outcomes.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            try
            {
                outcomes[i] = i % 2 == 0 ? Json(assessor, TwoGreen("staff-pupil-private-chat")) : Json(assessor, TwoGreen("boom"));
            }
            catch (RuleSetException e)
            {
                outcomes[i] = "error " + e.RuleId;
            }
        });

        for (var i = 0; i < outcomes.Length; i++)
        {
            outcomes[i].Should().Be(i % 2 == 0 ? expected : "error hostile.throwOnLabel", "assessment {0}", i);
        }
    }

    [Fact]
    public void TimeLimit_OutOfRange_Refused()
    {
        var options = new FlagAssessorOptions();

        ((Action)(() => options.OrganisationRuleTimeLimit = TimeSpan.Zero)).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => options.OrganisationRuleTimeLimit = TimeSpan.FromHours(1))).Should().Throw<ArgumentOutOfRangeException>();
        options.OrganisationRuleTimeLimit.Should().Be(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void AddRules_NotARuleClass_Refused()
    {
        var act = () => FlagAssessor.Create(o => o.AddRules(typeof(string)));

        act.Should().Throw<RuleSetException>().WithMessage("*System.String*not an NRules rule*");
    }

    [Fact]
    public void BehaviourView_CopiesOnly_ListsCannotBeCastBack()
    {
        var incident = BlackCase("a", "b");
        var behaviour = incident.Behaviours[0];
        var view = new BehaviourView(incident, behaviour, incident.People[0], [12.0]);

        view.Criteria.Should().Be(behaviour.Criteria).And.NotBeSameAs(behaviour.Criteria);
        view.Labels.Should().Equal("a", "b").And.NotBeSameAs(behaviour.Labels);
        view.Labels.Should().NotBeAssignableTo<List<string>>().And.NotBeAssignableTo<string[]>();
        view.AffectedAgesYears.Should().NotBeAssignableTo<double[]>().And.NotBeAssignableTo<List<double>>();
        ((Action)(() => ((IList<string>)view.Labels)[0] = "x")).Should().Throw<NotSupportedException>();
        typeof(BehaviourView).GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            .Select(f => f.FieldType)
            .Should().NotContain(t => t == typeof(Incident) || t == typeof(Behaviour) || t == typeof(Person) || t == typeof(BehaviourFact));
    }

    [Fact]
    public void ForgedViewAndConcernTypes_InternalConstructorsOnly()
    {
        typeof(BehaviourView).GetConstructors().Should().BeEmpty();
        typeof(OrganisationConcern).GetConstructors().Should().BeEmpty();
    }

    private static readonly ConcurrentBag<Type> SeenTypes = [];

    /// <summary>A gate a sleeping rule waits at, for the behaviour with its label; released when the test ends.</summary>
    private sealed class SleepGate : IDisposable
    {
        private static readonly ConcurrentDictionary<string, SleepGate> Gates = new();
        private readonly ManualResetEventSlim open = new();

        public SleepGate(string label)
        {
            Label = label;
            Gates[label] = this;
        }

        public string Label { get; }

        public SemaphoreSlim Entered { get; } = new(0);

        public static void Wait(IReadOnlyList<string> labels)
        {
            foreach (var label in labels)
            {
                if (Gates.TryGetValue(label, out var gate))
                {
                    gate.Entered.Release();
                    gate.open.Wait();
                }
            }
        }

        public void Release() => open.Set();

        public void Dispose()
        {
            open.Set();
            Gates.TryRemove(Label, out _);
        }
    }

    [Name("hostile.retractEverything")]
    [Priority(1000)]
    public sealed class RetractEverythingRule : Rule
    {
        public override void Define()
        {
            object fact = null!;
            When().Match(() => fact);
            Then().Do(ctx => ctx.Retract(fact));
        }
    }

    [Name("hostile.seeEverything")]
    public sealed class SeeEverythingRule : Rule
    {
        public override void Define()
        {
            object fact = null!;
            When().Match(() => fact);
            Then().Do(_ => SeenTypes.Add(fact.GetType()));
        }
    }

    [Name("hostile.insertJunk")]
    public sealed class InsertJunkRule : Rule
    {
        public override void Define()
        {
            BehaviourView view = null!;
            When().Match(() => view);
            Then().Do(ctx => ctx.Insert(new Criteria
            {
                Consent = CriterionRating.Green,
                Voluntariness = CriterionRating.Green,
                Equality = CriterionRating.Green,
                Development = CriterionRating.Green,
                Context = CriterionRating.Green,
                Impact = CriterionRating.Green,
            }));
        }
    }

    /// <summary>Sets every field of the view and of its criteria it can reach to green, through reflection.</summary>
    [Name("hostile.reflect")]
    public sealed class ReflectRule : Rule
    {
        public override void Define()
        {
            BehaviourView view = null!;
            When().Match(() => view);
            Then().Do(_ => Overwrite(view));
        }

        private static void Overwrite(BehaviourView view)
        {
            foreach (var field in typeof(Criteria).GetFields(BindingFlags.Instance | BindingFlags.NonPublic))
            {
                field.SetValue(view.Criteria, CriterionRating.Green);
            }

            foreach (var field in typeof(BehaviourView).GetFields(BindingFlags.Instance | BindingFlags.NonPublic))
            {
                if (field.FieldType == typeof(bool))
                {
                    field.SetValue(view, false);
                }
            }
        }
    }

    /// <summary>Tries to change the view's lists by casting them back to what they might be.</summary>
    [Name("hostile.castListsBack")]
    public sealed class CastListsBackRule : Rule
    {
        public override void Define()
        {
            BehaviourView view = null!;
            When().Match(() => view);
            Then().Do(_ => CastBack(view));
        }

        private static void CastBack(BehaviourView view)
        {
            if (view.Labels is List<string> labels)
            {
                labels.Clear();
            }

            if (view.Labels is string[] array && array.Length > 0)
            {
                array[0] = "changed";
            }

            if (view.AffectedAgesYears is double[] ages && ages.Length > 0)
            {
                ages[0] = 40;
            }
        }
    }

    [Name("hostile.throw")]
    public sealed class ThrowRule : Rule
    {
        public override void Define()
        {
            BehaviourView view = null!;
            When().Match(() => view);
            Then().Do(_ => Throw(view));
        }

        private static void Throw(BehaviourView view) => throw new InvalidOperationException($"no {view.BehaviourId}");
    }

    [Name("hostile.throwOnLabel")]
    public sealed class ThrowOnLabelRule : Rule
    {
        public override void Define()
        {
            BehaviourView view = null!;
            When().Match(() => view, v => v.Labels.Contains("boom"));
            Then().Do(_ => Throw(view));
        }

        private static void Throw(BehaviourView view) => throw new InvalidOperationException($"boom {view.BehaviourId}");
    }

    [Name("hostile.throwInCondition")]
    public sealed class ThrowInConditionRule : Rule
    {
        public override void Define()
        {
            BehaviourView view = null!;
            When().Match(() => view, v => Throw(v));
            Then().Do(ctx => ctx.RaiseConcern(view, "never reached"));
        }

        private static bool Throw(BehaviourView view) => throw new InvalidOperationException($"no {view.BehaviourId}");
    }

    [Name("hostile.halt")]
    public sealed class HaltRule : Rule
    {
        public override void Define()
        {
            BehaviourView view = null!;
            When().Match(() => view);
            Then().Do(ctx => ctx.Halt());
        }
    }

    /// <summary>Updates the view it matched, so that it matches again, for ever.</summary>
    [Name("hostile.loop")]
    public sealed class LoopRule : Rule
    {
        public override void Define()
        {
            BehaviourView view = null!;
            When().Match(() => view);
            Then().Do(ctx => ctx.Update(view));
        }
    }

    public sealed class Marker
    {
    }

    /// <summary>Inserts a new fact for every fact it sees, for ever.</summary>
    [Name("hostile.insertForEver")]
    public sealed class InsertForEverRule : Rule
    {
        public override void Define()
        {
            object fact = null!;
            When().Match(() => fact);
            Then().Do(ctx => ctx.Insert(new Marker()));
        }
    }

    /// <summary>States a concern about a view it made itself (an integrator would need reflection for the constructors).</summary>
    [Name("hostile.forge")]
    public sealed class ForgeConcernRule : Rule
    {
        public override void Define()
        {
            BehaviourView view = null!;
            When().Match(() => view);
            Then().Do(ctx => Forge(ctx));
        }

        private static void Forge(IContext context)
        {
            var incident = BlackCase();
            var fake = new BehaviourView(incident, incident.Behaviours[0], incident.People[0], [12.0]);
            context.RaiseConcern(fake, "a concern about a behaviour that is not there", Flag.Yellow);
        }
    }

    [Name("hostile.undefinedFlag")]
    public sealed class UndefinedFlagRule : Rule
    {
        public override void Define()
        {
            BehaviourView view = null!;
            When().Match(() => view);
            Then().Do(ctx => ctx.RaiseConcern(view, "no such flag", (Flag)42));
        }
    }

    [Name("hostile.sleep")]
    public sealed class SleepRule : Rule
    {
        public override void Define()
        {
            BehaviourView view = null!;
            When().Match(() => view);
            Then().Do(_ => SleepGate.Wait(view.Labels));
        }
    }
}
