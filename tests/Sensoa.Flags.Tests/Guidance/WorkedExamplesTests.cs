using System.Globalization;
using CsCheck;
using Sensoa.Flags.Guidance;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Tests.Guidance;

public sealed class WorkedExamplesTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var example in WorkedExamples.All())
        {
            data.Add(example.Id);
        }

        return data;
    }

    private static WorkedExample Example(string id) => WorkedExamples.All().Single(e => e.Id == id);

    [Theory]
    [MemberData(nameof(Ids))]
    public void All_EachExample_AssessorGivesTheExpectedFlag(string id)
    {
        var example = Example(id);
        var assessed = Assess.Incident(example.ToIncident()).Behaviours.Single();
        assessed.Flag.Should().Be(example.ExpectedFlag);
        assessed.Status.Should().Be(AssessmentStatus.Complete);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void All_EachExample_AgeBandFitsTheAgeAndDescribedInBothLanguages(string id)
    {
        var example = Example(id);
        WorkedExamples.AgeBandOf(example.ActorAgeYears).Should().Be(example.AgeBand);
        example.Description.Should().NotBeNullOrWhiteSpace();
        var dutch = WorkedExamples.All(CultureInfo.GetCultureInfo("nl")).Single(e => e.Id == id).Description;
        dutch.Should().NotBeNullOrWhiteSpace().And.NotBe(example.Description);
    }

    [Fact]
    public void All_Catalogue_AtLeast24CoveringEveryBandFlagAndSeveralSettings()
    {
        var all = WorkedExamples.All();
        all.Should().HaveCountGreaterThanOrEqualTo(24);
        all.Select(e => e.Id).Should().OnlyHaveUniqueItems();
        all.Select(e => e.AgeBand).Distinct().Should().BeEquivalentTo(Enum.GetValues<AgeBand>());
        all.Select(e => e.ExpectedFlag).Distinct().Should().BeEquivalentTo(Enum.GetValues<Flag>());
        all.Select(e => e.Setting).Distinct().Should().HaveCountGreaterThanOrEqualTo(6);
        foreach (var band in Enum.GetValues<AgeBand>())
        {
            all.Count(e => e.AgeBand == band).Should().BeGreaterThanOrEqualTo(5, band.ToString());
        }
    }

    [Fact]
    public void Closest_AnExampleItself_ComesFirstAtDistanceZero()
    {
        foreach (var example in WorkedExamples.All())
        {
            var match = WorkedExamples.Closest(example.ToIncident(), "b1", 1)[0];
            match.Distance.Should().Be(0, example.Id);
            match.Example.Id.Should().Be(example.Id);
        }
    }

    [Fact]
    public void Closest_Distance_AsDocumented()
    {
        var query = new ExampleQuery
        {
            Criteria = Criteria.AllAt(CriterionRating.Green),
            AgeBand = AgeBand.TwelveToEighteen,
            Setting = Setting.Online,
            Repeated = true,
        };

        // teen-forwards-nude: sexting (30) and passing on images (30) differ; consent, context, impact black (3 each) = 9;
        // same band, same setting; repetition differs = 4. Intimacy is not known in the query, so left out.
        var all = WorkedExamples.Closest(query, WorkedExamples.All().Count);
        all.Single(m => m.Example.Id == "teen-forwards-nude").Distance.Should().Be(73);

        // teens-consensual-own-pictures: sexting differs (30); all green; same band and setting; repetition = 4.
        all.Single(m => m.Example.Id == "teens-consensual-own-pictures").Distance.Should().Be(34);

        // colleagues-mutual-flirt: all green; adult is one band away (2); workplace (1); repetition (4).
        all.Single(m => m.Example.Id == "colleagues-mutual-flirt").Distance.Should().Be(7);
        all.Select(m => m.Distance).Should().BeInAscendingOrder();
    }

    [Fact]
    public void Closest_Intimacy_DiffersOnlyWhenBothKnown()
    {
        var query = new ExampleQuery { Criteria = Criteria.AllAt(CriterionRating.Green), AgeBand = AgeBand.SixToTwelve, Setting = Setting.School };
        var kiss = WorkedExamples.Closest(query, WorkedExamples.All().Count).Single(m => m.Example.Id == "children-kiss-cheek").Distance;
        WorkedExamples.Closest(query with { Intimacy = Intimacy.HandsOn }, WorkedExamples.All().Count).Single(m => m.Example.Id == "children-kiss-cheek").Distance.Should().Be(kiss);
        WorkedExamples.Closest(query with { Intimacy = Intimacy.HandsOff }, WorkedExamples.All().Count).Single(m => m.Example.Id == "children-kiss-cheek").Distance.Should().Be(kiss + 30);
    }

    [Fact]
    public void Closest_ForwardingCase_NeverHandsOnAbuseOfAYoungChild()
    {
        // The shipped sexting case: a sixteen-year-old forwards his ex-girlfriend's picture to a class group chat.
        var incident = SensoaJson.ParseIncident(File.ReadAllBytes(Path.Combine(Snapshot.RepositoryRoot, "samples", "cases", "two-person-sexting.json"))).Incident!;
        var matches = WorkedExamples.Closest(incident, "forwarding", 3);
        matches.Should().OnlyContain(m => m.Example.DistributesImages, "the three nearest are about passing on images");
        matches.Should().NotContain(m => m.Example.Intimacy == Intimacy.HandsOn);
        matches.Select(m => m.Example.Id).Should().NotContain("child-threatens-younger-secret");
    }

    [Fact]
    public void Closest_AnyDistributionQuery_NearestPassOnImagesAndNoneIsHandsOnWithAChild()
    {
        var query =
            from criteria in Properties.Generators.Criteria
            from band in Gen.Enum<AgeBand>()
            from setting in Gen.Enum<Setting>()
            from intimacy in Gen.Int[0, 2].Select(i => i switch { 0 => (Intimacy?)null, 1 => Intimacy.HandsOff, _ => Intimacy.HandsOn })
            from sexting in Gen.Bool
            from flags in Gen.Bool.Array[3]
            select new ExampleQuery
            {
                Criteria = criteria, AgeBand = band, Setting = setting, Intimacy = intimacy, InvolvesSexting = sexting, DistributesImages = true,
                Repeated = flags[0], PriorSeriousAddressed = flags[1], AwareAtTheTime = flags[2],
            };
        query.Sample(q =>
        {
            var matches = WorkedExamples.Closest(q, 3);
            return matches[0].Example.DistributesImages
                && !matches.Any(m => m.Example.Intimacy == Intimacy.HandsOn && m.Example.AgeBand is AgeBand.UnderSix or AgeBand.SixToTwelve);
        });
    }

    [Fact]
    public void Closest_HandsOnAbuseOfAChild_NeverAForwardingExampleFirst()
    {
        var child = WorkedExamples.All().Single(e => e.Id == "child-threatens-younger-secret");
        var query = new ExampleQuery { Criteria = child.Criteria, AgeBand = child.AgeBand, Setting = Setting.Online, Intimacy = Intimacy.HandsOn };
        WorkedExamples.Closest(query, 3).Should().NotContain(m => m.Example.DistributesImages || m.Example.InvolvesSexting);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void All_EachExample_MarkedAsTheLibrarysOwnInBothLanguages(string id)
    {
        var english = Example(id);
        var dutch = WorkedExamples.All(CultureInfo.GetCultureInfo("nl")).Single(e => e.Id == id);
        english.Source.IsLibrary.Should().BeTrue();
        english.Source.Part.Should().Contain("not one of Sensoa's worked examples");
        english.Attribution.Should().Contain("Sensoa.Flags").And.Contain("not one of Sensoa's");
        dutch.Attribution.Should().Contain("Sensoa.Flags").And.Contain("geen uitgewerkt voorbeeld van Sensoa");
        dutch.Source.IsLibrary.Should().BeTrue();
        dutch.Source.Part.Should().Contain("geen uitgewerkt voorbeeld van Sensoa");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void All_EachExample_RatingsKeepToTheCriterionDescriptions(string id)
    {
        var example = Example(id);
        var text = example.Description;

        // Red, context: "onlookers, or no privacy". Whoever watches makes the context red at least.
        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"(?i)\b(watch(es|ing)?|in front of|looks? on|onlookers?|cheers?|during a meeting)\b"))
        {
            example.Criteria.Context.Should().BeOneOf([CriterionRating.Red, CriterionRating.Black], "{0} has onlookers", id);
        }

        // Black, voluntariness: sexual contact forced with threats.
        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"(?i)\bthreat"))
        {
            example.Criteria.Voluntariness.Should().Be(CriterionRating.Black, "{0} forces with threats", id);
        }

        // Red, impact: physical, emotional or psychological harm, such as a child who cries.
        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"(?i)\bcr(y|ies)\b"))
        {
            example.Criteria.Impact.Should().BeOneOf([CriterionRating.Red, CriterionRating.Black], "{0} causes harm", id);
        }

        // Passing on someone's images is never green, and is sexting.
        if (example.DistributesImages)
        {
            example.InvolvesSexting.Should().BeTrue(id);
            example.ExpectedFlag.Should().NotBe(Flag.Green, id);
        }
    }

    [Fact]
    public void All_Catalogue_PassingOnImagesAtMoreThanOneLevelAndAge()
    {
        var passing = WorkedExamples.All().Where(e => e.DistributesImages).ToList();
        passing.Select(e => e.ExpectedFlag).Distinct().Should().HaveCountGreaterThanOrEqualTo(2);
        passing.Select(e => e.AgeBand).Distinct().Should().HaveCountGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void Closest_UnknownCriteriaInTheQuery_LeftOut()
    {
        var query = new ExampleQuery { Criteria = Criteria.AllAt(CriterionRating.Unknown), AgeBand = AgeBand.UnderSix, Setting = Setting.School };
        var matches = WorkedExamples.Closest(query, 2);
        matches.Should().OnlyContain(m => m.Example.AgeBand == AgeBand.UnderSix && m.Example.Setting == Setting.School && m.Distance <= 1);
    }

    [Fact]
    public void Closest_Ties_InCatalogueOrderAndStable()
    {
        var query = new ExampleQuery { Criteria = Criteria.AllAt(CriterionRating.Unknown), AgeBand = AgeBand.Adult, Setting = Setting.Workplace };
        var first = WorkedExamples.Closest(query, 5).Select(m => m.Example.Id).ToList();
        WorkedExamples.Closest(query, 5).Select(m => m.Example.Id).Should().Equal(first);
        var catalogue = WorkedExamples.All().Select(e => e.Id).ToList();
        var zeros = WorkedExamples.Closest(query, 5).Where(m => m.Distance == 0).Select(m => catalogue.IndexOf(m.Example.Id));
        zeros.Should().BeInAscendingOrder();
    }

    [Fact]
    public void Closest_CountLargerThanTheCatalogue_WholeCatalogue()
    {
        var query = new ExampleQuery { Criteria = Criteria.AllAt(CriterionRating.Green), AgeBand = AgeBand.Adult, Setting = Setting.Other };
        WorkedExamples.Closest(query, 1000).Should().HaveCount(WorkedExamples.All().Count);
    }

    [Fact]
    public void Closest_BadArguments_Throw()
    {
        var incident = IncidentBuilder.Flanders().Behaviour(Criteria.AllAt(CriterionRating.Green)).Build();
        FluentActions.Invoking(() => WorkedExamples.Closest(incident, "nope")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => WorkedExamples.Closest(incident, "b1", 0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Version_IsSemantic()
    {
        WorkedExamples.Version.Should().MatchRegex(@"^\d+\.\d+\.\d+$");
    }

    [Fact]
    public void Closest_ShippedPullingDownShortsCase_TouchingAndRepetitionFirstNoKissing()
    {
        var incident = SensoaJson.ParseIncident(File.ReadAllText(Path.Combine(Snapshot.RepositoryRoot, "samples/cases/red-repeated-after-correction.json"))).Incident!;
        var matches = WorkedExamples.Closest(incident, "pulling-down-shorts", 3);
        matches.Should().OnlyContain(m => m.Example.Intimacy == Intimacy.HandsOn && m.Example.Repeated, "touching, again after being addressed");
        matches.Should().NotContain(m => m.Example.Id.Contains("kiss", StringComparison.Ordinal));
    }

    [Fact]
    public void DocsExamplesTable_EveryExampleWithItsSixRatingsAndFlag()
    {
        var page = File.ReadAllLines(Path.Combine(Snapshot.RepositoryRoot, "docs/examples.md"));
        foreach (var example in WorkedExamples.All())
        {
            var row = page.Should().ContainSingle(line => line.StartsWith($"| `{example.Id}` |", StringComparison.Ordinal), example.Id).Subject;
            var cells = row.Split('|').Select(c => c.Trim()).ToArray();
            var ratings = Enum.GetValues<Criterion>().Select(c => EnumNames.Of(example.Criteria[c])).ToArray();
            cells[3..9].Should().Equal(ratings, example.Id);
            cells[10].Should().Be(EnumNames.Of(example.ExpectedFlag), example.Id);
            cells[11].Should().NotBeNullOrWhiteSpace("one line why");
        }
    }
}
