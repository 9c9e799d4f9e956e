namespace Sensoa.Flags.Benchmarks;

/// <summary>
/// The fixed, mixed set of behaviours every peer assesses: together they make every Sensoa rule fire at least once
/// (checked in <see cref="PeerComparison.Setup"/>), with chains (yellow to red to black), repetition at every age and
/// functioning level, unknown criteria, image distribution, sexting and intimacy.
/// </summary>
public static class FixedSet
{
    /// <summary>The number of behaviours in <see cref="Incidents"/>; a constant so that it can be <c>OperationsPerInvoke</c>.</summary>
    public const int BehaviourCount = 20;

    public static IReadOnlyList<Incident> Incidents { get; } = Create();

    /// <summary>All green but the ones given.</summary>
    public static Criteria Rated(CriterionRating consent = CriterionRating.Green, CriterionRating voluntariness = CriterionRating.Green, CriterionRating impact = CriterionRating.Green, CriterionRating context = CriterionRating.Green) =>
        Criteria.AllAt(CriterionRating.Green) with { Consent = consent, Voluntariness = voluntariness, Impact = impact, Context = context };

    /// <summary>An incident of <paramref name="count"/> behaviours, taken in turn from the fixed set, in one school class.</summary>
    public static Incident OfSize(int count)
    {
        var people = new List<Person>();
        var behaviours = new List<Behaviour>(count);
        var all = Incidents.SelectMany(i => i.Behaviours.Select(b => (Incident: i, Behaviour: b))).ToArray();
        for (var i = 0; i < count; i++)
        {
            var (incident, behaviour) = all[i % all.Length];
            var actor = incident.People.First(p => p.Id == behaviour.ActorId);
            var actorId = $"a{i + 1}";
            var affectedId = $"v{i + 1}";
            people.Add(actor with { Id = actorId });
            people.Add(new Person { Id = affectedId, AgeYears = 14 });
            behaviours.Add(behaviour with { Id = $"b{i + 1}", ActorId = actorId, AffectedIds = [affectedId] });
        }

        return new Incident
        {
            Jurisdiction = Jurisdiction.Flanders,
            Setting = Setting.School,
            People = people,
            Behaviours = behaviours,
        };
    }

    private static Incident[] Create()
    {
        var y = CriterionRating.Yellow;
        var r = CriterionRating.Red;
        var k = CriterionRating.Black;
        var u = CriterionRating.Unknown;
        return
        [
            // A comment in class, and the reply: yellow and green, hands-off.
            School(
                [Someone("p1", 14), Someone("p2", 13)],
                B("b1", "p1", Rated(consent: y), intimacy: Intimacy.HandsOff),
                B("b2", "p2", Rated())),

            // Yellow repeated after correction becomes red, and the person knew: black. Hands-on.
            School(
                [Someone("p1", 15), Someone("p2", 14)],
                B("b1", "p1", Rated(consent: y, context: y), repeated: true, aware: true, intimacy: Intimacy.HandsOn),
                B("b2", "p1", Rated(voluntariness: y), repeated: true)),

            // Red repeated after correction becomes black; the known boundary could not raise it further (ceiling).
            School(
                [Someone("p1", 16), Someone("p2", 12)],
                B("b1", "p1", Rated(consent: r, impact: r), repeated: true, priorSerious: true),
                B("b2", "p1", Rated(consent: r), priorSerious: true)),

            // Repetition counts for everyone (rule set 2.0.0): under six, a disability, low functioning.
            School(
                [Someone("p1", 5), Someone("p2", 5)],
                B("b1", "p1", Rated(context: y), repeated: true, intimacy: Intimacy.HandsOn)),
            Care(
                [new Person { Id = "p1", AgeYears = 19, HasDisability = true }, Someone("p2", 20)],
                B("b1", "p1", Rated(consent: r), repeated: true, aware: true),
                B("b2", "p1", Rated(consent: y), repeated: true)),
            Care(
                [new Person { Id = "p1", AgeYears = 12, LowFunctioning = true }, Someone("p2", 11)],
                B("b1", "p1", Rated(voluntariness: r, impact: y), repeated: true, priorSerious: true)),

            // Distributing images: green becomes yellow, and repetition then makes it red.
            School(
                [Someone("p1", 10), Someone("p2", 10)],
                [
                    B("b1", "p1", Rated(), repeated: true) with { DistributesImages = true },
                    B("b2", "p2", Rated(consent: y)),
                ]),

            // Unknown criteria: a lower bound, all six unknown, and black with unknowns (complete).
            School(
                [Someone("p1", 14), Someone("p2", 14), Someone("p3", 13)],
                B("b1", "p1", Rated(consent: y, impact: u, context: u)),
                B("b2", "p2", Criteria.AllAt(u)),
                B("b3", "p3", Rated(consent: k, impact: u))),

            // Sexting: the girl who sent her own picture, the boy who forwarded it.
            new Incident
            {
                Jurisdiction = Jurisdiction.Flanders,
                Setting = Setting.Online,
                InvolvesSexting = true,
                People = [Someone("p1", 15), Someone("p2", 15), Someone("p3", 16)],
                Behaviours =
                [
                    B("b1", "p1", Rated(), intimacy: Intimacy.HandsOff),
                    B("b2", "p2", Rated(consent: k, voluntariness: r, impact: r), aware: true, intimacy: Intimacy.HandsOff),
                    B("b3", "p3", Rated(consent: r, impact: y), aware: true),
                ],
            },

            // Black from the criteria, with every aggravating factor present (ceiling names them all).
            new Incident
            {
                Jurisdiction = Jurisdiction.Netherlands,
                Setting = Setting.Workplace,
                People = [Someone("p1", 42), Someone("p2", 23)],
                Behaviours =
                [
                    B("b1", "p1", Rated(voluntariness: k, impact: r), repeated: true, priorSerious: true, aware: true, intimacy: Intimacy.HandsOn),
                    B("b2", "p2", Rated(context: u)),
                ],
            },
        ];
    }

    private static Person Someone(string id, double age) => new() { Id = id, AgeYears = age };

    private static Incident School(Person[] people, params Behaviour[] behaviours) => new()
    {
        Jurisdiction = Jurisdiction.Flanders,
        Setting = Setting.School,
        People = people,
        Behaviours = behaviours,
    };

    private static Incident Care(Person[] people, params Behaviour[] behaviours) => new()
    {
        Jurisdiction = Jurisdiction.Flanders,
        Setting = Setting.DisabilityCare,
        People = people,
        Behaviours = behaviours,
    };

    private static Behaviour B(string id, string actor, Criteria criteria, bool repeated = false, bool priorSerious = false, bool aware = false, Intimacy? intimacy = null) => new()
    {
        Id = id,
        ActorId = actor,
        AffectedIds = [actor == "p1" ? "p2" : "p1"],
        Criteria = criteria,
        Repeated = repeated,
        PriorSeriousAddressed = priorSerious,
        AwareAtTheTime = aware,
        Intimacy = intimacy,
    };
}
