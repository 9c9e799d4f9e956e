using System.Reflection;
using System.Runtime.ExceptionServices;
using NRules;
using NRules.Diagnostics;
using NRules.Fluent;
using NRules.RuleModel;
using Sensoa.Flags.Rules.FlagRules;

namespace Sensoa.Flags.Rules.Organisation;

/// <summary>
/// An integrator's own rules, kept apart from the library's: their own rule repository, their own compiled session
/// factory, and a new session per assessment that holds only read-only copies of the behaviours
/// (<see cref="BehaviourView"/>). What comes out of a run is the concerns the rules stated, nothing else; the library
/// then applies them in its own session, which never holds an organisation rule. A run that fails in any way (a condition
/// or action throws, a rule halts the session while rules were waiting, the rules go past the firing limit or the time
/// limit) becomes one <see cref="RuleSetException"/> naming the rule, and only that assessment fails.
/// </summary>
internal sealed class OrganisationRuleSet
{
    /// <summary>The time limit when an integrator sets none: far above what any set of house rules over one incident takes.</summary>
    public static readonly TimeSpan DefaultTimeLimit = TimeSpan.FromSeconds(2);

    /// <summary>The longest time limit an integrator may set.</summary>
    public static readonly TimeSpan MaxTimeLimit = TimeSpan.FromMinutes(5);

    private const string RuleSetName = "organisation";

    private readonly ISessionFactory factory;

    private OrganisationRuleSet(ISessionFactory factory, IReadOnlyList<IRuleDefinition> rules, TimeSpan timeLimit)
    {
        this.factory = factory;
        Rules = rules;
        TimeLimit = timeLimit;
    }

    /// <summary>Gets the organisation's rules, highest priority first, ties by name.</summary>
    public IReadOnlyList<IRuleDefinition> Rules { get; }

    /// <summary>Gets how long one assessment's organisation rules may run before the assessment fails.</summary>
    public TimeSpan TimeLimit { get; }

    /// <summary>
    /// Gets the most firings a run over this many behaviours may make: each rule once for every pair of behaviours (a
    /// rule may join two behaviours), and at least 64 per rule. A run that wants more is a loop.
    /// </summary>
    public int FiringLimit(int behaviours)
    {
        var perRule = Math.Max(64L, (long)behaviours * behaviours);
        return (int)Math.Min(int.MaxValue, perRule * Rules.Count);
    }

    /// <summary>Loads and compiles an organisation's rules; null when there are none.</summary>
    /// <param name="assemblies">Assemblies whose every rule class is added.</param>
    /// <param name="types">Single rule classes to add.</param>
    /// <param name="timeLimit">How long one assessment's organisation rules may run.</param>
    /// <exception cref="RuleSetException">A rule was not loaded, or its name is used by another rule (the library's included).</exception>
    public static OrganisationRuleSet? Create(IReadOnlyCollection<Assembly> assemblies, IReadOnlyCollection<Type> types, TimeSpan timeLimit)
    {
        var ours = typeof(OrganisationRuleSet).Assembly;
        var theirAssemblies = assemblies.Where(a => a != ours).Distinct().ToArray();
        var theirTypes = types.Where(t => t.Assembly != ours && !theirAssemblies.Contains(t.Assembly)).Distinct().ToArray();
        var notRules = theirTypes.FirstOrDefault(t => !RuleTypeScanner.IsRuleType(t));
        if (notRules is not null)
        {
            throw new RuleSetException($"Organisation rules: '{notRules.FullName}' is not an NRules rule class.");
        }

        if (theirAssemblies.Length == 0 && theirTypes.Length == 0)
        {
            return null;
        }

        var repository = new RuleRepository();
        repository.Load(spec => spec
            .From(scan => scan.Assembly(theirAssemblies).Type(theirTypes).PrivateTypes().NestedTypes())
            .Where(rule => !rule.Tags.Contains(RuleTags.Sensoa))
            .To(RuleSetName));
        var rules = repository.GetRuleSets().SelectMany(set => set.Rules)
            .OrderByDescending(rule => rule.Priority)
            .ThenBy(rule => rule.Name, StringComparer.Ordinal)
            .ToArray();
        var expected = theirAssemblies.SelectMany(a => a.GetTypes()).Count(RuleTypeScanner.IsRuleType) + theirTypes.Length;
        if (rules.Length != expected)
        {
            throw new RuleSetException($"Organisation rules: {rules.Length} loaded, {expected} rule classes found (a rule tagged '{RuleTags.Sensoa}' is the library's own tag and is not loaded).");
        }

        var library = SensoaRuleSet.LoadDefinitions();
        var clash = rules.FirstOrDefault(rule => library.Any(ours => ours.Name == rule.Name) || rules.Count(other => other.Name == rule.Name) > 1);
        if (clash is not null)
        {
            throw new RuleSetException(clash.Name, $"Organisation rule '{clash.Name}': the name is used by another rule.", null);
        }

        if (rules.Length == 0)
        {
            return null;
        }

        var compiled = new RuleCompiler().Compile(rules);
        return new OrganisationRuleSet(compiled, rules, timeLimit);
    }

    /// <summary>
    /// Runs the organisation's rules over read-only copies of the behaviours, on a thread of its own so that a rule that
    /// never returns cannot hold the assessment past the time limit, and returns the concerns they stated about
    /// <paramref name="views"/>, in the order they were stated.
    /// </summary>
    /// <exception cref="RuleSetException">A rule failed, halted the run, looped or ran out of time; the message names it.</exception>
    public IReadOnlyList<OrganisationConcern> Run(BehaviourView[] views)
    {
        var run = new Execution(this, views);
        var thread = new Thread(static state => ((Execution)state!).Execute())
        {
            IsBackground = true,
            Name = "Sensoa.Flags organisation rules",
        };
        thread.Start(run);
        if (!run.Done.Wait(TimeLimit))
        {
            // The session stops at its next firing; a rule that never returns keeps its thread, which nothing waits for.
            run.Cancellation.Cancel();
            var rule = run.Current;
            throw rule is null
                ? new RuleSetException($"The organisation rules did not finish within {TimeLimit.TotalMilliseconds:0} ms while matching the behaviours (rules: {string.Join(", ", Rules.Select(r => r.Name))}).")
                : new RuleSetException(rule, $"Organisation rule '{rule}' did not finish within {TimeLimit.TotalMilliseconds:0} ms; the assessment was stopped.", null);
        }

        run.Done.Dispose();
        run.Cancellation.Dispose();
        run.Failure?.Throw();
        return run.Concerns!;
    }

    /// <summary>One assessment's run: its session, what it reports back and how it ended.</summary>
    private sealed class Execution(OrganisationRuleSet rules, BehaviourView[] views)
    {
        private volatile string? current;

        public ManualResetEventSlim Done { get; } = new();

        public CancellationTokenSource Cancellation { get; } = new();

        /// <summary>Gets the rule whose action is running, or that last ran.</summary>
        public string? Current => current;

        public IReadOnlyList<OrganisationConcern>? Concerns { get; private set; }

        public ExceptionDispatchInfo? Failure { get; private set; }

        public void Execute()
        {
            try
            {
                Concerns = Fire();
            }
            catch (RuleSetException e)
            {
                Failure = ExceptionDispatchInfo.Capture(e);
            }
#pragma warning disable CA1031 // Whatever an integrator's rule throws becomes the library's one error, on the caller's thread.
            catch (Exception e)
#pragma warning restore CA1031
            {
                var rule = current;
                Failure = ExceptionDispatchInfo.Capture(rule is null
                    ? new RuleSetException($"The organisation rules failed: {e.Message}", e)
                    : new RuleSetException(rule, $"Organisation rule '{rule}' failed: {e.Message}", e));
            }
            finally
            {
                Done.Set();
            }
        }

        private List<OrganisationConcern> Fire()
        {
            var session = rules.factory.CreateSession();
            var stated = new List<OrganisationConcern>();
            string? failedCondition = null;
            session.Events.RuleFiringEvent += (_, e) => current = e.Rule.Name;
            session.Events.LhsExpressionFailedEvent += (_, e) => failedCondition ??= e.Rules.FirstOrDefault()?.Name;
            session.Events.AgendaExpressionFailedEvent += (_, e) => failedCondition ??= e.Rule.Name;
            session.Events.FactInsertedEvent += (_, e) =>
            {
                if (e.Fact.Value is OrganisationConcern concern)
                {
                    stated.Add(concern);
                }
            };

            var limit = rules.FiringLimit(views.Length);
            int fired;
            try
            {
                session.InsertAll(views);
                fired = session.Fire(limit, Cancellation.Token);
            }
            catch (RuleRhsExpressionEvaluationException e)
            {
                throw new RuleSetException(e.RuleName, $"Organisation rule '{e.RuleName}' failed in its action: {e.InnerException?.Message}", e.InnerException ?? e);
            }
            catch (RuleExpressionEvaluationException e) when (failedCondition is not null)
            {
                throw new RuleSetException(failedCondition, $"Organisation rule '{failedCondition}' failed in its condition: {e.InnerException?.Message}", e.InnerException ?? e);
            }

            if (Cancellation.IsCancellationRequested)
            {
                throw new RuleSetException(current ?? RuleSetName, "The organisation rules were stopped at the time limit.", null);
            }

            if (!session.Agenda.IsEmpty)
            {
                var next = session.Agenda.Peek().Rule.Name;
                throw fired >= limit
                    ? new RuleSetException(next, $"Organisation rules stopped after {limit} firings, the most allowed for {views.Length} behaviour(s): rule '{next}' was about to fire again (a loop).", null)
                    : new RuleSetException(current ?? next, $"Organisation rule '{current ?? next}' halted the session while rule '{next}' was waiting to fire: organisation rules may only state concerns.", null);
            }

            // Only the concerns still held at the end, about the behaviours of this assessment, in the order they were stated.
            var held = new HashSet<OrganisationConcern>(session.Query<OrganisationConcern>(), ReferenceEqualityComparer.Instance);
            var result = new List<OrganisationConcern>(held.Count);
            foreach (var concern in stated)
            {
                if (held.Remove(concern))
                {
                    result.Add(concern);
                }
            }

            return result;
        }
    }
}
