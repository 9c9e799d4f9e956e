using System.Numerics;
using System.Runtime.InteropServices;

namespace Sensoa.Flags.Rules.Engine;

/// <summary>
/// A working memory over a compiled rule set. Insert facts, then <see cref="Fire"/>: the highest-priority rule whose
/// condition holds fires, conditions are matched again against the changed fact, and so on until nothing fires (forward chaining).
/// Refraction: a rule fires at most once per fact. A loop guard stops a run that would never end.
/// Every rule here matches one fact, so each fact's agenda is independent and facts are run in insertion order.
/// A session is cheap and not thread-safe; <see cref="Reset"/> makes it reusable.
/// </summary>
/// <typeparam name="TFact">The type of fact.</typeparam>
public sealed class RuleSession<TFact> : IRuleContext<TFact>
    where TFact : class
{
    private readonly RuleSet<TFact> ruleSet;
    private readonly Rule<TFact>[] agenda;
    private readonly bool[] restarts;
    private readonly List<TFact> facts = [];
    private readonly int words;
    private readonly ulong allRules;
    private readonly FiringList firings;
    private ulong[] fired;

    // Firings are kept as (rule, fact) index pairs and the firing rule as an index: no reference is stored on the hot
    // path, so recording a firing costs no GC write barrier. Firings exposes them as RuleFiring values.
    private (int Rule, int Fact)[] log = new (int, int)[16];
    private int logged;
    private int current = -1;
    private int next;

    internal RuleSession(RuleSet<TFact> ruleSet)
    {
        this.ruleSet = ruleSet;

        // The agenda is the rule set's own array (immutable, shared): a session copies nothing.
        agenda = ImmutableCollectionsMarshal.AsArray(ruleSet.Agenda)!;
        restarts = ruleSet.Restarts;
        words = Math.Max(1, (agenda.Length + 63) / 64);
        allRules = agenda.Length >= 64 ? ulong.MaxValue : (1UL << agenda.Length) - 1;
        fired = new ulong[words * 4];
        firings = new FiringList(this);
    }

    /// <summary>Gets the rule set this session runs (for pooling sessions per rule set).</summary>
    internal RuleSet<TFact> RuleSet => ruleSet;

    /// <summary>Gets the facts in insertion order.</summary>
    public IReadOnlyList<TFact> Facts => facts;

    /// <summary>Gets every firing so far, in order.</summary>
    public IReadOnlyList<RuleFiring> Firings => firings;

    /// <inheritdoc/>
    Rule<TFact> IRuleContext<TFact>.Rule =>
        current >= 0 ? agenda[current] : throw new InvalidOperationException("No rule is firing.");

    /// <summary>Inserts a fact into working memory.</summary>
    /// <param name="fact">The fact.</param>
    public void Insert(TFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        facts.Add(fact);
        var needed = facts.Count * words;
        if (needed > fired.Length)
        {
            Array.Resize(ref fired, Math.Max(needed, fired.Length * 2));
        }
    }

    /// <summary>Runs the agenda until no rule can fire.</summary>
    /// <returns>The number of firings of this call.</returns>
    /// <exception cref="RuleEngineException">The loop guard stopped a run of more than <see cref="RuleSet{TFact}.MaxFirings"/> firings, or an action failed.</exception>
    public int Fire()
    {
        var before = logged;
        for (; next < facts.Count; next++)
        {
            var fact = facts[next];
            var bits = next * words;
            var from = 0;
            while (NextActivation(fact, bits, from) is var r and >= 0)
            {
                Record(r);
                Apply(r, fact);

                // A rule that only records leaves every condition as it was: the rules before it are still false.
                from = restarts[r] ? 0 : r + 1;
            }
        }

        return logged - before;
    }

    /// <summary>Empties working memory so that the session can be used again.</summary>
    public void Reset()
    {
        Array.Clear(fired, 0, Math.Min(fired.Length, facts.Count * words));
        facts.Clear();
        logged = 0;
        next = 0;
    }

    /// <summary>The conflict resolution: the index of the first rule in agenda order from <paramref name="from"/> that has not fired on this fact and whose condition holds, or -1.</summary>
    private int NextActivation(TFact fact, int bits, int from)
    {
        if (from >= agenda.Length)
        {
            return -1;
        }

        if (words == 1)
        {
            // Up to 64 rules (the usual case): the rules still to try are the bits of one word, so the ones that have
            // fired are skipped without looking at them.
            ref var word = ref fired[bits];
            var pending = ~word & allRules & (ulong.MaxValue << from);
            while (pending != 0)
            {
                var r = BitOperations.TrailingZeroCount(pending);
                if (agenda[r].When(fact))
                {
                    word |= 1UL << r;
                    return r;
                }

                pending &= pending - 1;
            }

            return -1;
        }

        for (var r = from; r < agenda.Length; r++)
        {
            ref var word = ref fired[bits + (r >> 6)];
            var mask = 1UL << (r & 63);
            if ((word & mask) != 0 || !agenda[r].When(fact))
            {
                continue;
            }

            word |= mask;
            return r;
        }

        return -1;
    }

    /// <summary>Logs a firing of the rule at an agenda index on the current fact, under the loop guard.</summary>
    private void Record(int rule)
    {
        if (logged >= ruleSet.MaxFirings)
        {
            throw new RuleEngineException(
                $"Rule set '{ruleSet.Name}' {ruleSet.Version}: stopped after {ruleSet.MaxFirings} firings (loop guard); the last rule to fire was '{agenda[log[logged - 1].Rule].Id}'.");
        }

        if (logged == log.Length)
        {
            Array.Resize(ref log, log.Length * 2);
        }

        log[logged++] = (rule, next);
    }

    /// <summary>Runs a rule's action; kept out of the matching loop, which then has no exception handling in it.</summary>
    private void Apply(int r, TFact fact)
    {
        var rule = agenda[r];
        current = r;
        try
        {
            rule.Then(fact, this);
        }
        catch (Exception ex) when (ex is not RuleEngineException)
        {
            throw new RuleEngineException($"Rule '{rule.Id}' of rule set '{ruleSet.Name}' {ruleSet.Version} failed in its action.", ex);
        }
        finally
        {
            current = -1;
        }
    }

    /// <summary>The log as <see cref="RuleFiring"/> values, read-only, without copying.</summary>
    private sealed class FiringList(RuleSession<TFact> session) : IReadOnlyList<RuleFiring>
    {
        public int Count => session.logged;

        public RuleFiring this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, session.logged);
                var (rule, fact) = session.log[index];
                return new RuleFiring(session.agenda[rule].Id, fact);
            }
        }

        public IEnumerator<RuleFiring> GetEnumerator()
        {
            for (var i = 0; i < session.logged; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
