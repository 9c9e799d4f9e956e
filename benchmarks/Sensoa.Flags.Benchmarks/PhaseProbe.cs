using System.Globalization;
using NRules;
using Sensoa.Flags.Rules.FlagRules;

namespace Sensoa.Flags.Benchmarks;

/// <summary>
/// <c>probe-phases</c>: the bytes one NRules session allocates per phase (insert, fire, retract) for the load test's
/// incident, as the library runs it (a reused session, the behaviours inserted and retracted as one batch), and what the
/// session did (facts inserted, updated, retracted, rules fired) counted in a separate pass so the counting allocates
/// nothing in the measured one.
/// </summary>
internal static class PhaseProbe
{
    public static void Run()
    {
        var body = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "cases", "two-person-sexting.json"));
        var incident = Json.SensoaJson.ParseIncident(body).Incident!;
        var factory = SensoaRuleSet.Shared.Value.Factory;
        const int Runs = 20_000;

        var session = factory.CreateSession();
        long insert = 0, fire = 0, retract = 0;
        for (var n = 0; n < Runs; n++)
        {
            var facts = Facts(incident);
            var start = GC.GetAllocatedBytesForCurrentThread();
            session.InsertAll(facts);
            var inserted = GC.GetAllocatedBytesForCurrentThread();
            session.Fire();
            var fired = GC.GetAllocatedBytesForCurrentThread();
            session.RetractAll(facts);
            var retracted = GC.GetAllocatedBytesForCurrentThread();
            insert += inserted - start;
            fire += fired - inserted;
            retract += retracted - fired;
        }

        var counted = factory.CreateSession();
        int inserts = 0, updates = 0, retracts = 0, firings = 0;
        counted.Events.FactInsertedEvent += (_, _) => inserts++;
        counted.Events.FactUpdatedEvent += (_, _) => updates++;
        counted.Events.FactRetractedEvent += (_, _) => retracts++;
        counted.Events.RuleFiredEvent += (_, _) => firings++;
        var once = Facts(incident);
        counted.InsertAll(once);
        counted.Fire();
        counted.RetractAll(once);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"NRules session, two-person-sexting.json, mean of {Runs:N0} runs: insert {insert / Runs:N0} B, fire {fire / Runs:N0} B, retract {retract / Runs:N0} B"));
        Console.WriteLine($"per run: {inserts} facts inserted, {updates} updates, {retracts} retracted, {firings} rules fired");
        var schema = ((NRules.Diagnostics.ISessionSchemaProvider)counted).GetSchema();
        Console.WriteLine("rule network: " + string.Join(", ", schema.Nodes.GroupBy(node => node.NodeType).Select(g => $"{g.Count()} {g.Key}")));
    }

    /// <summary>The facts the assessor inserts for the incident (no organisation rules).</summary>
    private static object[] Facts(Incident incident) =>
        Sensoa.Flags.Rules.SensoaFlagAssessor.SessionFacts(
            [.. incident.Behaviours.Select(behaviour => new BehaviourFact(incident, behaviour, incident.People.First(person => person.Id == behaviour.ActorId), CultureInfo.InvariantCulture))],
            []);
}
