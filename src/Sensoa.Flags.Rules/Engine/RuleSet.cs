using System.Collections.Immutable;

namespace Sensoa.Flags.Rules.Engine;

/// <summary>
/// A compiled, immutable rule set: rules sorted once into agenda order (priority, then registration order).
/// Thread-safe; create one and share it, and open a cheap <see cref="RuleSession{TFact}"/> per run.
/// </summary>
/// <typeparam name="TFact">The type of fact.</typeparam>
public sealed class RuleSet<TFact>
    where TFact : class
{
    /// <summary>The default loop guard: the most firings one session may make.</summary>
    public const int DefaultMaxFirings = 100_000;

    private RuleSet(string name, string version, ImmutableArray<Rule<TFact>> agenda, int maxFirings)
    {
        Name = name;
        Version = version;
        Agenda = agenda;
        MaxFirings = maxFirings;
        Restarts = [.. agenda.Select(rule => rule.ChangesConditions)];
    }

    /// <summary>Gets the name of the rule set.</summary>
    public string Name { get; }

    /// <summary>Gets the version, carried by every result so that it can be explained later.</summary>
    public string Version { get; }

    /// <summary>Gets the rules in agenda order: highest priority first, ties in registration order.</summary>
    public ImmutableArray<Rule<TFact>> Agenda { get; }

    /// <summary>Gets, per agenda index, whether matching starts again from the top after the rule fires (read once, at compile time).</summary>
    internal bool[] Restarts { get; }

    /// <summary>Gets the loop guard: the most firings one session may make before it stops with an error.</summary>
    public int MaxFirings { get; }

    /// <summary>Compiles rules into a rule set.</summary>
    /// <param name="name">The name of the rule set.</param>
    /// <param name="version">Its version.</param>
    /// <param name="rules">The rules; ids must be unique.</param>
    /// <param name="maxFirings">The loop guard.</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="RuleEngineException">Two rules share an id, or a rule has none.</exception>
    public static RuleSet<TFact> Compile(string name, string version, IEnumerable<Rule<TFact>> rules, int maxFirings = DefaultMaxFirings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFirings, 1);

        var list = rules.ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var rule = list[i] ?? throw new RuleEngineException($"Rule set '{name}': the rule at position {i} is null.");
            if (string.IsNullOrWhiteSpace(rule.Id))
            {
                throw new RuleEngineException($"Rule set '{name}': the rule {rule.GetType().Name} has no id.");
            }

            if (!ids.Add(rule.Id))
            {
                throw new RuleEngineException($"Rule set '{name}': the id '{rule.Id}' is used by more than one rule.");
            }
        }

        // A stable sort: equal priorities keep the order in which they were registered.
        var agenda = list
            .Select((rule, index) => (rule, index))
            .OrderByDescending(x => x.rule.Priority)
            .ThenBy(x => x.index)
            .Select(x => x.rule)
            .ToImmutableArray();
        return new RuleSet<TFact>(name, version, agenda, maxFirings);
    }

    /// <summary>Opens a session: an empty working memory over this rule set.</summary>
    /// <returns>The session; not thread-safe, use one per run.</returns>
    public RuleSession<TFact> CreateSession() => new(this);
}
