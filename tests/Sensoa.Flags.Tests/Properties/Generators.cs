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
        from count in Gen.Int[1, 8]
        from behaviours in Behaviour(people.Length).Array[count]
        select new Incident
        {
            Jurisdiction = jurisdiction,
            Setting = setting,
            OccurredYearsAgo = years,
            InvolvesSexting = sexting,
            People = people.Select((p, i) => p with { Id = $"p{i}" }).ToArray(),
            Behaviours = behaviours.Select((b, i) => b with { Id = $"b{i}" }).ToArray(),
        };

    /// <summary>Odd but valid id stems: Unicode, spaces, quotes, right-to-left marks, markup, up to 60 characters.</summary>
    private static readonly Gen<string> IdStem = Gen.OneOf<string>(
        "p", "Jan ", "élève-", "İ", "ı", "\U0001F467", "\u202E", "a b", "'\"\\", new string('p', 60), "<script>", "0", "-", "日本", "ﬀ", "e\u0301");

    /// <summary>Free text as integrators send it: empty, plain, odd Unicode, NUL, line breaks, or at the length limit.</summary>
    private static readonly Gen<string?> FreeText = Gen.OneOf<string?>(
        null, string.Empty, "   ", "a plain description", "meisje (14) stuurde foto\nnaar jongen", "\u0000", "\u202Ereversed",
        "\U0001F6A9\U0001F467\u200D\U0001F466", "İıiI", "\r\n\t", "{\"json\": [\"inside\"]}", "\\u0000 not an escape",
        new string('x', Limits.MaxDescriptionLength));

    private static readonly Gen<double> Age = Gen.Frequency(
        (4, Gen.Double[0, 120].Select(a => Math.Round(a, 2))),
        (1, Gen.OneOf<double>(0, 5.99, 6, 11.5, 12, 17.99, 18, 120, 1e-9)));

    /// <summary>A valid incident with odd ids, free text, boundary ages and overrides of every kind: what a real integrator may send.</summary>
    public static readonly Gen<Incident> RichIncident =
        from ages in Gen.Select(Age, Gen.Bool, Gen.Bool, (age, disability, low) => (age, disability, low)).Array[1, 6]
        from stems in IdStem.Array[ages.Length]
        from jurisdiction in Gen.Enum<Jurisdiction>()
        from setting in Gen.Enum<Setting>()
        from years in Gen.OneOf(Gen.Double[0, 120].Select(y => Math.Round(y, 1)), Gen.OneOf<double>(0.0, 9.99, 10, 120))
        from sexting in Gen.Bool
        from count in Gen.Int[1, 8]
        from behaviours in RichBehaviour(ages.Length).Array[count]
        from behaviourStems in IdStem.Array[count]
        let ids = stems.Select((stem, i) => stem + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray()
        select new Incident
        {
            Jurisdiction = jurisdiction,
            Setting = setting,
            OccurredYearsAgo = years,
            InvolvesSexting = sexting,
            People = ages.Select((p, i) => new Person { Id = ids[i], AgeYears = p.age, HasDisability = p.disability, LowFunctioning = p.low }).ToArray(),
            Behaviours = behaviours.Select((b, i) => b with
            {
                Id = behaviourStems[i] + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ActorId = ids[int.Parse(b.ActorId, System.Globalization.CultureInfo.InvariantCulture)],
                AffectedIds = b.AffectedIds.Select(a => ids[int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)]).ToArray(),
            }).ToArray(),
        };

    /// <summary>A behaviour whose actor and affected ids are indexes into the people, resolved by <see cref="RichIncident"/>.</summary>
    private static Gen<Behaviour> RichBehaviour(int people) =>
        from actor in Gen.Int[0, people - 1]
        from affected in Gen.Int[0, people - 1].Array[0, people].Select(a => a.Distinct().ToArray())
        from criteria in Criteria
        from intimacy in Gen.Enum<Intimacy>().Nullable()
        from relation in Gen.Enum<Relation>().Nullable()
        from repeated in Gen.Bool
        from prior in Gen.Bool
        from aware in Gen.Bool
        from distributes in Gen.Bool
        from description in FreeText
        from overrideRequest in Gen.Frequency(
            (2, Gen.Const((OverrideRequest?)null)),
            (1, Gen.Select(Gen.Enum<Flag>(), Gen.Enum<OverrideBasis>(), FreeText, (flag, basis, reason) =>
                (OverrideRequest?)new OverrideRequest { Flag = flag, Basis = basis, Reason = string.IsNullOrWhiteSpace(reason) ? "r" : reason[..Math.Min(reason.Length, Limits.MaxReasonLength)] })))
        select new Behaviour
        {
            Id = "?",
            ActorId = actor.ToString(System.Globalization.CultureInfo.InvariantCulture),
            AffectedIds = affected.Where(a => a != actor).Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            Description = description,
            Criteria = criteria,
            Intimacy = intimacy,
            Relation = relation,
            Repeated = repeated,
            PriorSeriousAddressed = prior,
            AwareAtTheTime = aware,
            DistributesImages = distributes,
            Override = overrideRequest,
        };

    private static Gen<Behaviour> Behaviour(int people) =>
        from actor in Gen.Int[0, people - 1]
        from affectedMask in Gen.Int[0, (1 << people) - 1]
        from criteria in Criteria
        from intimacy in Gen.Enum<Intimacy>().Nullable()
        from relation in Gen.Enum<Relation>().Nullable()
        from repeated in Gen.Bool
        from prior in Gen.Bool
        from aware in Gen.Bool
        from distributes in Gen.Bool
        from overrideRequest in Override
        select new Behaviour
        {
            Id = "?",
            ActorId = $"p{actor}",
            AffectedIds = Enumerable.Range(0, people).Where(i => i != actor && (affectedMask & (1 << i)) != 0).Select(i => $"p{i}").ToArray(),
            Criteria = criteria,
            Intimacy = intimacy,
            Relation = relation,
            Repeated = repeated,
            PriorSeriousAddressed = prior,
            AwareAtTheTime = aware,
            DistributesImages = distributes,
            Override = overrideRequest,
        };
}
