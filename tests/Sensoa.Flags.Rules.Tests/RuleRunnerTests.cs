using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Rules;

namespace Sensoa.Flags.Rules.Tests;

public sealed class RuleRunnerTests
{
    [Fact]
    public void Fire_ActionThrows_RuleSetExceptionWithTheRuleId()
    {
        var session = Compile(typeof(FailingRule)).CreateSession();
        session.Insert(new Counter());

        var act = () => RuleRunner.Fire(session, 10);

        act.Should().Throw<RuleSetException>()
            .Where(e => e.RuleId == "test.failing")
            .WithMessage("*'test.failing'*")
            .WithInnerException<InvalidOperationException>();
    }

    [Fact]
    public void Fire_RuleKeepsFiring_StopsAtTheLimitWithAnError()
    {
        var session = Compile(typeof(LoopingRule)).CreateSession();
        var counter = new Counter();
        session.Insert(counter);

        var act = () => RuleRunner.Fire(session, 50);

        act.Should().Throw<RuleSetException>().Where(e => e.RuleId == "test.looping").WithMessage("*50*");
        counter.Value.Should().Be(50);
    }

    [Fact]
    public void Fire_RulesThatSettle_NoError()
    {
        var session = Compile(typeof(LoopingRule)).CreateSession();
        var counter = new Counter { Value = 95 };
        session.Insert(counter);

        RuleRunner.Fire(session, 50);

        counter.Value.Should().Be(100);
    }

    private static NRules.ISessionFactory Compile(Type rule)
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.NestedTypes().From(rule));
        repository.GetRuleSets().SelectMany(set => set.Rules).Should().ContainSingle("NRules skips nested rule types unless told");
        return repository.Compile();
    }

    public sealed class Counter
    {
        public int Value { get; set; }
    }

    [Name("test.failing")]
    public sealed class FailingRule : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then().Do(_ => Throw(counter));
        }

        private static void Throw(Counter counter) => throw new InvalidOperationException($"bad {counter.Value}");
    }

    /// <summary>Counts up to 100, updating its fact every time, so that it fires again (a repeatable rule).</summary>
    [Name("test.looping")]
    public sealed class LoopingRule : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter, c => c.Value < 100);
            Then().Do(ctx => Increment(ctx, counter));
        }

        private static void Increment(IContext context, Counter counter)
        {
            counter.Value++;
            context.Update(counter);
        }
    }
}
