using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Rules;

namespace Sensoa.Flags.Rules.Tests;

/// <summary>Reused sessions start every run as empty as a new one: nothing of an earlier run is seen, also after a failure.</summary>
public sealed class SessionPoolTests
{
    [Fact]
    public void Run_ManyRunsOnOneThread_EachSeesOnlyItsOwnFacts()
    {
        var pool = new SessionPool(Compile(), reuse: true);

        for (var run = 1; run <= 20; run++)
        {
            var items = Enumerable.Range(0, run).Select(_ => new Item()).ToArray();

            pool.Run(items, limit: 10 * run);

            items.Should().OnlyContain(item => item.Seen == run, "run {0} inserted {0} items and nothing else", run);
        }
    }

    [Fact]
    public void Run_AfterAFailedRun_TheNextRunSeesNothingOfIt()
    {
        var pool = new SessionPool(Compile(), reuse: true);
        var failing = new[] { new Item(), new Item { Fail = true } };

        var act = () => pool.Run(failing, limit: 10);

        act.Should().Throw<RuleSetException>().Where(e => e.RuleId == "test.countPeers");
        var next = new[] { new Item(), new Item() };
        pool.Run(next, limit: 10);
        next.Should().OnlyContain(item => item.Seen == 2);
    }

    [Fact]
    public void Run_ConcurrentRuns_EachSeesOnlyItsOwnFacts()
    {
        var pool = new SessionPool(Compile(), reuse: true);

        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var items = Enumerable.Range(0, 1 + (i % 5)).Select(_ => new Item()).ToArray();
            pool.Run(items, limit: 10 * items.Length);
            items.Should().OnlyContain(item => item.Seen == items.Length);
        });
    }

    [Fact]
    public void Run_NotReused_SameOutcome()
    {
        var pool = new SessionPool(Compile(), reuse: false);
        var first = new[] { new Item(), new Item(), new Item() };
        var second = new[] { new Item() };

        pool.Run(first, limit: 10);
        pool.Run(second, limit: 10);

        first.Should().OnlyContain(item => item.Seen == 3);
        second.Should().OnlyContain(item => item.Seen == 1);
    }

    private static ISessionFactory Compile()
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.NestedTypes().From(typeof(CountPeersRule)));
        return repository.Compile();
    }

    public sealed class Item
    {
        public bool Fail { get; init; }

        public int Seen { get; set; }
    }

    /// <summary>Tells every item how many items the session holds: more than the run inserted means a leftover.</summary>
    [Name("test.countPeers")]
    [Repeatability(RuleRepeatability.NonRepeatable)]
    public sealed class CountPeersRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            IEnumerable<Item> all = null!;
            When()
                .Match(() => item)
                .Query(() => all, q => q.Match<Item>().Collect());
            Then().Do(ctx => Count(item, all));
        }

        private static void Count(Item item, IEnumerable<Item> all)
        {
            if (item.Fail)
            {
                throw new InvalidOperationException("this item fails on purpose");
            }

            item.Seen = all.Count();
        }
    }
}
