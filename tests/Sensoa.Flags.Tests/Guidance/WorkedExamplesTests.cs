using System.Globalization;
using Sensoa.Flags.Guidance;

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
            RepeatedAfterCorrection = true,
        };

        // teen-forwards-nude: consent, context, impact black (3 each) = 9; same band, same setting; repetition differs = 1.
        var all = WorkedExamples.Closest(query, WorkedExamples.All().Count);
        all.Single(m => m.Example.Id == "teen-forwards-nude").Distance.Should().Be(10);

        // colleagues-mutual-flirt: all green; adult is one band away (2); workplace (1); repetition (1).
        all.Single(m => m.Example.Id == "colleagues-mutual-flirt").Distance.Should().Be(4);
        all.Select(m => m.Distance).Should().BeInAscendingOrder();
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
}
