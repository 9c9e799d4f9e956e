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
    private readonly List<TFact> facts = [];
    private readonly List<RuleFiring> firings = [];
    private readonly int words;
    private ulong[] fired;
    private Rule<TFact>? current;
    private int next;

    internal RuleSession(RuleSet<TFact> ruleSet)
    {
        this.ruleSet = ruleSet;

        // The agenda is the rule set's own array (immutable, shared): a session copies nothing.
        agenda = ImmutableCollectionsMarshal.AsArray(ruleSet.Agenda)!;
        words = Math.Max(1, (agenda.Length + 63) / 64);
        fired = new ulong[words * 4];
    }

    /// <summary>Gets the rule set this session runs (for pooling sessions per rule set).</summary>
    internal RuleSet<TFact> RuleSet => ruleSet;

    /// <summary>Gets the facts in insertion order.</summary>
    public IReadOnlyList<TFact> Facts => facts;

    /// <summary>Gets every firing so far, in order.</summary>
    public IReadOnlyList<RuleFiring> Firings => firings;

    /// <inheritdoc/>
    Rule<TFact> IRuleContext<TFact>.Rule =>
        current ?? throw new InvalidOperationException("No rule is firing.");

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
        var before = firings.Count;
        for (; next < facts.Count; next++)
        {
            var fact = facts[next];
            var bits = next * words;
            var from = 0;
            while (NextActivation(fact, bits, from) is var r and >= 0)
            {
                var rule = agenda[r];
                if (firings.Count >= ruleSet.MaxFirings)
                {
                    throw new RuleEngineException(
                        $"Rule set '{ruleSet.Name}' {ruleSet.Version}: stopped after {ruleSet.MaxFirings} firings (loop guard); the last rule to fire was '{firings[^1].RuleId}'.");
                }

                firings.Add(new RuleFiring(rule.Id, next));
                current = rule;
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
                    current = null;
                }

                // A rule that only records leaves every condition as it was: the rules before it are still false.
                from = rule.ChangesConditions ? 0 : r + 1;
            }
        }

        return firings.Count - before;
    }

    /// <summary>Empties working memory so that the session can be used again.</summary>
    public void Reset()
    {
        Array.Clear(fired, 0, Math.Min(fired.Length, facts.Count * words));
        facts.Clear();
        firings.Clear();
        next = 0;
    }

    /// <summary>The conflict resolution: the index of the first rule in agenda order from <paramref name="from"/> that has not fired on this fact and whose condition holds, or -1.</summary>
    private int NextActivation(TFact fact, int bits, int from)
    {
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
}
