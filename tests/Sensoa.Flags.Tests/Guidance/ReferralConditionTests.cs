using System.Globalization;
using Sensoa.Flags.Guidance;
using Sensoa.Flags.Guidance.Directory;
using Sensoa.Flags.Guidance.Routing;
using Sensoa.Flags.Json;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Tests.Guidance;

/// <summary>Every referral condition of the routing names its source, and the table of sources matches the directory.</summary>
public sealed class ReferralConditionTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    [Fact]
    public void DescribeRouting_EveryOrganisationAndSituation_OneConditionInDirectoryOrder()
    {
        var conditions = ReferralDirectory.DescribeRouting();

        var expected = ReferralDirectoryData.Organisations
            .SelectMany(o => o.Situations.Select(s => (o.Id, EnumNames.Of(s))))
            .ToArray();
        conditions.Select(c => (c.ReferralId, c.Situation)).Should().Equal(expected);
        conditions.Select(c => (c.ReferralId, c.Jurisdiction)).Distinct().Select(c => c.ReferralId).Should().Equal(ReferralDirectory.Ids);
    }

    [Fact]
    public void RoutingSources_EveryEntry_IsAPairOfTheDirectory()
    {
        var pairs = ReferralDirectoryData.Organisations.SelectMany(o => o.Situations.Select(s => (o.Id, s))).ToHashSet();

        RoutingSources.All.Keys.Should().OnlyContain(key => pairs.Contains(key), "a source for a pair that is never routed would document nothing");
        pairs.Should().OnlyContain(
            pair => RoutingSources.All.ContainsKey(pair),
            "every organisation and situation of the directory names its source: its document in RoutingSources.All and its part as the text routing.{id}.{situation}.source (then regenerate docs/rules.md)");
    }

    [Fact]
    public void DescribeRouting_EverySource_APublishedDocumentOrTheLibrary()
    {
        string[] documents = [SourceDocuments.Flags, SourceDocuments.Advice, SourceDocuments.SextingDosAndDonts, SourceDocuments.OnlineIncidents, Provenance.Library];

        foreach (var condition in ReferralDirectory.DescribeRouting())
        {
            documents.Should().Contain(condition.Source.Document, condition.ReferralId);
            condition.Source.Part.Should().NotBeNullOrWhiteSpace(condition.ReferralId);
            condition.Source.Part.Should().NotStartWith("routing.", "every pair has its part");
            OutsidePointers.Find(condition.Source.ToString()).Should().BeEmpty(condition.ReferralId);
        }
    }

    [Fact]
    public void DescribeRouting_AddedByTheLibrary_IsMarkedLibrary()
    {
        // 1712 and the Flemish police are not in the sources: the condition must say it is the library's own decision.
        static bool Added(ReferralCondition c) => c.ReferralId == "1712" || (c.ReferralId == "politie" && c.Jurisdiction == Jurisdiction.Flanders);
        ReferralDirectory.DescribeRouting().Where(Added).Should().HaveCount(2).And.OnlyContain(c => c.Source.IsLibrary);
        ReferralDirectory.DescribeRouting().Where(c => !Added(c)).Should().OnlyContain(c => !c.Source.IsLibrary);
    }

    [Fact]
    public void DescribeRouting_ChildAbuseCentre_RestsOnTheSuspicionOfChildAbuse()
    {
        var condition = ReferralDirectory.DescribeRouting().Single(c => c.ReferralId == "vertrouwenscentrum-kindermishandeling");

        condition.Situation.Should().Be("suspectedChildAbuse");
        condition.Source.Document.Should().Be(SourceDocuments.Advice);
        condition.Source.Part.Should().Contain("Vermoed je kindermishandeling").And.Contain("the CLB is the first point");
        condition.Condition.Should().Contain("still under 18 now").And.Contain("a relative or a professional");
    }

    [Fact]
    public void DescribeRouting_Dutch_EveryConditionTranslatedSourcesUnchanged()
    {
        var english = ReferralDirectory.DescribeRouting();
        var dutch = ReferralDirectory.DescribeRouting(Dutch);

        dutch.Should().HaveCount(english.Count);
        for (var i = 0; i < english.Count; i++)
        {
            dutch[i].Condition.Should().NotBe(english[i].Condition, english[i].Situation);
            dutch[i].Condition.Should().NotStartWith("routing.", "every situation has a text");
            dutch[i].Source.Document.Should().Be(english[i].Source.Document, "titles stay as published");
            dutch[i].Source.Part.Should().NotBe(english[i].Source.Part, english[i].ReferralId);
            dutch[i].Source.Part.Should().NotEndWith(".source", "every pair has its part in Dutch");
        }
    }

    [Fact]
    public void Of_PairNotInTheTable_ThrowsNamingIt()
    {
        var act = () => RoutingSources.Of("clb", RoutingSituation.VerySerious, CultureInfo.InvariantCulture);

        act.Should().Throw<InvalidOperationException>().WithMessage("*'clb'*'verySerious'*routing.clb.verySerious.source*");
    }
}
