using CsCheck;

namespace Sensoa.Flags.Tests.Properties;

/// <summary>CsCheck generators for valid incidents.</summary>
internal static class Generators
{
    public static readonly Gen<CriterionRating> Rating = Gen.Enum<CriterionRating>();

    public static readonly Gen<Criteria> Criteria =
        Gen.Select(Rating, Rating, Rating, Rating, Rating, Rating, (a, b, c, d, e, f) => new Criteria
        {
            Consent = a,
            Voluntariness = b,
            Equality = c,
            Development = d,
            Context = e,
            Impact = f,
        });

    public static readonly Gen<OverrideRequest?> Override =
        Gen.Frequency(
            (3, Gen.Const((OverrideRequest?)null)),
            (1, Gen.Select(Gen.Enum<Flag>(), Gen.Enum<OverrideBasis>(), (flag, basis) => (OverrideRequest?)new OverrideRequest { Flag = flag, Basis = basis, Reason = "reason" })));

    public static readonly Gen<Person> Person =
        Gen.Select(Gen.Double[0, 120], Gen.Bool, Gen.Bool, (age, disability, low) => new Person { Id = "?", AgeYears = Math.Round(age, 1), HasDisability = disability, LowFunctioning = low });

    /// <summary>A valid incident with 1 to 6 people and 1 to 8 behaviours.</summary>
    public static readonly Gen<Incident> Incident =
        from people in Person.Array[1, 6]
        from jurisdiction in Gen.Enum<Jurisdiction>()
        from setting in Gen.Enum<Setting>()
        from years in Gen.Int[0, 40]
        from sexting in Gen.Bool
        from unsafeContext in Gen.Bool
        from count in Gen.Int[1, 8]
        from behaviours in Behaviour(people.Length).Array[count]
        select new Incident
        {
            Jurisdiction = jurisdiction,
            Setting = setting,
            OccurredYearsAgo = years,
            InvolvesSexting = sexting,
            UnsafeContext = unsafeContext,
            People = people.Select((p, i) => p with { Id = $"p{i}" }).ToArray(),
            Behaviours = behaviours.Select((b, i) => b with { Id = $"b{i}" }).ToArray(),
        };

    private static Gen<Behaviour> Behaviour(int people) =>
        from actor in Gen.Int[0, people - 1]
        from affectedMask in Gen.Int[0, (1 << people) - 1]
        from criteria in Criteria
        from intimacy in Gen.Enum<Intimacy>().Nullable()
        from repeated in Gen.Bool
        from prior in Gen.Bool
        from aware in Gen.Bool
        from overrideRequest in Override
        select new Behaviour
        {
            Id = "?",
            ActorId = $"p{actor}",
            AffectedIds = Enumerable.Range(0, people).Where(i => i != actor && (affectedMask & (1 << i)) != 0).Select(i => $"p{i}").ToArray(),
            Criteria = criteria,
            Intimacy = intimacy,
            RepeatedAfterCorrection = repeated,
            PriorSeriousAddressed = prior,
            AwareAtTheTime = aware,
            Override = overrideRequest,
        };
}
