using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Tests.Engine;

public sealed class RuleEngineTests
{
    private sealed class Counter
    {
        public int Value { get; set; }

        public List<string> Log { get; } = [];
    }

    private sealed class LambdaRule(string id, int priority, Func<Counter, bool> when, Action<Counter, IRuleContext<Counter>> then) : Rule<Counter>
    {
        public override string Id => id;

        public override string Description => id;

        public override int Priority => priority;

        public override bool When(Counter fact) => when(fact);

        public override void Then(Counter fact, IRuleContext<Counter> context)
        {
            fact.Log.Add(id);
            then(fact, context);
        }
    }

    private sealed class RecordingRule(string id, int priority) : Rule<Counter>
    {
        public override string Id => id;

        public override string Description => id;

        public override int Priority => priority;

        public override bool ChangesConditions => false;

        public override bool When(Counter fact) => true;

        public override void Then(Counter fact, IRuleContext<Counter> context) => fact.Log.Add(id);
    }

    [Fact]
    public void Fire_RuleThatOnlyRecords_MatchingGoesOnAfterIt()
    {
        var checks = 0;
        var set = RuleSet<Counter>.Compile("t", "1", [
            new LambdaRule("first", 9, f => { checks++; return f.Value == 1; }, (_, _) => { }),
            new RecordingRule("note", 5),
            new RecordingRule("consider", 1),
        ]);
        var fact = new Counter();
        var session = set.CreateSession();
        session.Insert(fact);

        session.Fire();

        fact.Log.Should().Equal("note", "consider");
        checks.Should().Be(1, "after a rule that only records, the rules before it are not matched again");
    }

    [Fact]
    public void Fire_RuleThatChangesTheFact_MatchingStartsAgainFromTheTop()
    {
        var checks = 0;
        var set = RuleSet<Counter>.Compile("t", "1", [
            new LambdaRule("raise", 9, f => { checks++; return f.Value == 1; }, (_, _) => { }),
            new LambdaRule("set", 5, _ => true, (f, _) => f.Value = 1),
        ]);
        var fact = new Counter();
        var session = set.CreateSession();
        session.Insert(fact);

        session.Fire();

        fact.Log.Should().Equal("set", "raise");
        checks.Should().Be(2);
    }

    [Fact]
    public void Fire_HigherPriorityFirst_TiesInRegistrationOrder()
    {
        var set = RuleSet<Counter>.Compile("t", "1", [
            new LambdaRule("low", 1, _ => true, (_, _) => { }),
            new LambdaRule("high", 9, _ => true, (_, _) => { }),
            new LambdaRule("low2", 1, _ => true, (_, _) => { }),
        ]);
        var fact = new Counter();
        var session = set.CreateSession();
        session.Insert(fact);
        session.Fire().Should().Be(3);
        fact.Log.Should().Equal("high", "low", "low2");
    }

    [Fact]
    public void Fire_Refraction_EachRuleOncePerFactEvenIfStillTrue()
    {
        var set = RuleSet<Counter>.Compile("t", "1", [new LambdaRule("inc", 0, _ => true, (f, _) => f.Value++)]);
        var session = set.CreateSession();
        var a = new Counter();
        var b = new Counter();
        session.Insert(a);
        session.Insert(b);
        session.Fire();
        (a.Value, b.Value).Should().Be((1, 1));
        session.Firings.Should().Equal(new RuleFiring("inc", 0), new RuleFiring("inc", 1));
    }

    [Fact]
    public void Fire_ForwardChaining_ReevaluatesAfterEachAction()
    {
        var set = RuleSet<Counter>.Compile("t", "1", [
            new LambdaRule("second", 9, f => f.Value == 1, (f, _) => f.Value = 2),
            new LambdaRule("first", 1, f => f.Value == 0, (f, _) => f.Value = 1),
        ]);
        var fact = new Counter();
        var session = set.CreateSession();
        session.Insert(fact);
        session.Fire();
        fact.Log.Should().Equal("first", "second");
    }

    [Fact]
    public void Fire_RunawayInsertions_LoopGuardStopsWithRuleName()
    {
        var set = RuleSet<Counter>.Compile("t", "1", [new LambdaRule("spawn", 0, _ => true, (_, ctx) => ctx.Insert(new Counter()))], maxFirings: 50);
        var session = set.CreateSession();
        session.Insert(new Counter());
        var act = () => session.Fire();
        act.Should().Throw<RuleEngineException>().WithMessage("*50 firings*spawn*");
    }

    [Fact]
    public void Fire_ActionThrows_WrappedWithRuleId()
    {
        var set = RuleSet<Counter>.Compile("t", "1", [new LambdaRule("bad", 0, _ => true, (_, _) => throw new InvalidOperationException("x"))]);
        var session = set.CreateSession();
        session.Insert(new Counter());
        session.Invoking(s => s.Fire()).Should().Throw<RuleEngineException>().WithMessage("*'bad'*");
    }

    [Fact]
    public void Compile_DuplicateIds_Refused()
    {
        var act = () => RuleSet<Counter>.Compile("t", "1", [
            new LambdaRule("same", 0, _ => true, (_, _) => { }),
            new LambdaRule("same", 1, _ => true, (_, _) => { }),
        ]);
        act.Should().Throw<RuleEngineException>().WithMessage("*'same'*");
    }

    [Fact]
    public void Reset_SessionIsReusable()
    {
        var set = RuleSet<Counter>.Compile("t", "1", [new LambdaRule("inc", 0, _ => true, (f, _) => f.Value++)]);
        var session = set.CreateSession();
        session.Insert(new Counter());
        session.Fire();
        session.Reset();
        var again = new Counter();
        session.Insert(again);
        session.Fire().Should().Be(1);
        again.Value.Should().Be(1);
        session.Facts.Should().ContainSingle();
    }

    [Fact]
    public void Fire_ManyRules_RefractionBeyond64Rules()
    {
        var rules = Enumerable.Range(0, 130).Select(i => (Rule<Counter>)new LambdaRule($"r{i}", i, _ => true, (f, _) => f.Value++));
        var session = RuleSet<Counter>.Compile("t", "1", rules).CreateSession();
        var facts = Enumerable.Range(0, 5).Select(_ => new Counter()).ToList();
        facts.ForEach(session.Insert);
        session.Fire().Should().Be(650);
        facts.Should().OnlyContain(f => f.Value == 130);
    }
}
