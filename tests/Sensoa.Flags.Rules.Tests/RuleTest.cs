using System.Globalization;
using NRules;
using NRules.Fluent;
using Sensoa.Flags.Rules.FlagRules;

namespace Sensoa.Flags.Rules.Tests;

/// <summary>
/// Runs rules on their own: a repository loaded with just the rules given and <c>criteria.mostSevere</c> (which sets the
/// flag the others read), compiled, and fired over the facts of one incident, as the assessor inserts them (after joining
/// them with the incident's case file, as the assessor does).
/// </summary>
internal static class RuleTest
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    /// <summary>Fires <paramref name="rules"/> over the behaviours of <paramref name="incident"/> and the concerns <paramref name="concerns"/> states about them.</summary>
    public static BehaviourFact[] Fire(Incident incident, Type[] rules, Func<BehaviourFact[], ConcernFact[]>? concerns = null)
    {
        Type[] loaded = [typeof(MostSevereCriterionRule), .. rules.Except([typeof(MostSevereCriterionRule)])];
        var repository = new RuleRepository();
        repository.Load(spec => spec.PrivateTypes().NestedTypes().From(loaded));
        var facts = incident.Behaviours.Select(b => new BehaviourFact(incident, b)).ToArray();
        var stated = concerns?.Invoke(facts) ?? [];
        SensoaRuleSet.History.Run(facts, incident.History);
        new SessionPool(repository.Compile(), reuse: false).Run(SensoaFlagAssessor.SessionFacts(facts, stated), (loaded.Length * facts.Length) + stated.Length);
        return facts;
    }

    /// <summary>Fires <paramref name="rules"/> over the one behaviour <paramref name="builder"/> builds.</summary>
    public static BehaviourFact Single(IncidentBuilder builder, params Type[] rules) => Fire(builder.Build(), rules).Single();

    /// <summary>Gets the ids of what the rules recorded about the flag, in order.</summary>
    public static IEnumerable<string> Fired(this BehaviourFact fact) => fact.Firings.Select(firing => firing.RuleId);

    /// <summary>Gets the firing of one rule, with its message in English.</summary>
    public static FiredRule FiringOf(this BehaviourFact fact, string id) => fact.Firings.Single(firing => firing.RuleId == id).ToFiredRule(English);
}
