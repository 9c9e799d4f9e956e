using System.Globalization;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using Sensoa.Flags.Rules;
using Sensoa.Flags.Rules.FlagRules;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Rules.Tests;

/// <summary>Every rule and every consideration names its source: a published document and the part, or the library with its reason.</summary>
public sealed class ProvenanceTests
{
    private static readonly string[] Documents = [SourceDocuments.Flags, SourceDocuments.SextingDosAndDonts, Provenance.Library];

    [Fact]
    public void DescribeRules_EveryRule_APublishedDocumentOrTheLibraryWithAPart()
    {
        foreach (var rule in FlagAssessor.DescribeRules())
        {
            Documents.Should().Contain(rule.Source.Document, rule.Id);
            rule.Source.Part.Should().NotBeNullOrWhiteSpace(rule.Id);
            OutsidePointers.Find(rule.Source.ToString()).Should().BeEmpty(rule.Id);
        }
    }

    [Fact]
    public void DescribeRules_Repetition_RestsOnTheFlagsDocument()
    {
        var rules = FlagAssessor.DescribeRules().ToDictionary(r => r.Id);

        rules["repetition.yellowToRed"].Source.Document.Should().Be(SourceDocuments.Flags);
        rules["repetition.yellowToRed"].Source.Part.Should().StartWith("red flag");
        rules["repetition.redToBlack"].Source.Part.Should().StartWith("black flag");
        rules["criteria.unknown"].Source.IsLibrary.Should().BeTrue();
    }

    [Fact]
    public void DescribeRulesAndConsiderations_Dutch_SameDocumentsPartsInDutch()
    {
        var dutch = CultureInfo.GetCultureInfo("nl");
        var sources = FlagAssessor.DescribeRules().Select(r => r.Source).Concat(FlagAssessor.DescribeConsiderations().Select(c => c.Source)).ToArray();
        var dutchSources = FlagAssessor.DescribeRules(dutch).Select(r => r.Source).Concat(FlagAssessor.DescribeConsiderations(dutch).Select(c => c.Source)).ToArray();

        dutchSources.Select(s => s.Document).Should().Equal(sources.Select(s => s.Document), "titles stay as published");
        dutchSources.Zip(sources).Should().OnlyContain(pair => pair.First.Part != pair.Second.Part, "every part is written in Dutch too");
    }

    [Fact]
    public void DescribeConsiderations_ExactlyTheRulesTaggedConsideration_InAgendaOrder()
    {
        var tagged = SensoaRuleSet.Instance.Rules.Where(r => r.Tags.Contains(RuleTags.Consideration)).Select(r => r.Name);

        FlagAssessor.DescribeConsiderations().Select(c => c.Id).Should().Equal(tagged);
        FlagAssessor.DescribeConsiderations().Select(c => c.Id)
            .Should().Equal("sexting.distribution", "intimacy.handsOn", "intimacy.handsOff", "awareness.atTheTime", "history.onRecord");
    }

    [Fact]
    public void DescribeConsiderations_EveryOne_APublishedDocumentWithAPart()
    {
        foreach (var consideration in FlagAssessor.DescribeConsiderations())
        {
            Documents.Should().Contain(consideration.Source.Document, consideration.Id);
            consideration.Source.IsLibrary.Should().BeFalse(consideration.Id);
            consideration.Source.Part.Should().NotBeNullOrWhiteSpace(consideration.Id);
            OutsidePointers.Find(consideration.Source.ToString()).Should().BeEmpty(consideration.Id);
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public void DescribeConsiderations_EveryConsiderationAnAssessmentCarries_IsDescribedWithTheSameMessage(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var incident = new Incident
        {
            Jurisdiction = Jurisdiction.Flanders,
            Setting = Setting.School,
            InvolvesSexting = true,
            People = [new Person { Id = "p1", AgeYears = 15 }, new Person { Id = "p2", AgeYears = 15 }],
            Behaviours =
            [
                new Behaviour { Id = "on", ActorId = "p1", AffectedIds = ["p2"], Criteria = Criteria.AllAt(CriterionRating.Green), Intimacy = Intimacy.HandsOn, AwareAtTheTime = true },
                new Behaviour { Id = "off", ActorId = "p1", AffectedIds = ["p2"], Criteria = Criteria.AllAt(CriterionRating.Yellow), Intimacy = Intimacy.HandsOff, DistributesImages = true },
            ],
            History = [new HistoryEntry { Id = "h1", PersonId = "p1", OccurredOn = new DateOnly(2026, 3, 2), Flag = Flag.Green }],
        };

        var carried = FlagAssessor.Create().Assess(incident, new AssessmentOptions { Culture = culture }).Assessment!.Behaviours
            .SelectMany(b => b.Considerations)
            .ToArray();
        var described = FlagAssessor.DescribeConsiderations(culture).ToDictionary(c => c.Id);

        carried.Select(c => c.Id).Distinct().Should().HaveCount(5, "the incident raises every consideration");
        foreach (var consideration in carried)
        {
            described.Should().ContainKey(consideration.Id);
            if (consideration.Id == "history.onRecord")
            {
                // The described text, then the entries it rests on.
                consideration.Message.Should().StartWith(described[consideration.Id].Message + " ").And.Contain("h1").And.Contain("2026-03-02");
            }
            else
            {
                described[consideration.Id].Message.Should().Be(consideration.Message);
            }
        }
    }

    [Fact]
    public void ConsiderationSourceOf_TaggedRuleWithoutOne_ThrowsNamingTheRule()
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(scan => scan.Type(typeof(UnsourcedConsiderationRule)).PrivateTypes().NestedTypes()));
        var rule = repository.GetRuleSets().SelectMany(set => set.Rules).Single();

        var act = () => SensoaRuleSet.ConsiderationSourceOf(rule, CultureInfo.InvariantCulture);

        act.Should().Throw<RuleSetException>().WithMessage("*test.unsourced*");
    }

    [Fact]
    public void ConsiderationSourceOf_RuleThatAddsNone_Null()
    {
        var rule = SensoaRuleSet.Instance.Rules.Single(r => r.Name == "repetition.yellowToRed");

        SensoaRuleSet.ConsiderationSourceOf(rule, CultureInfo.InvariantCulture).Should().BeNull();
    }

    [Fact]
    public void Describe_RulesConsiderationsAndReferralConditions_OneDescription()
    {
        var description = FlagAssessor.Describe(CultureInfo.GetCultureInfo("nl"));

        description.RuleSetVersion.Should().Be(FlagAssessor.RuleSetVersion);
        description.Language.Should().Be("nl");
        description.Rules.Should().BeEquivalentTo(FlagAssessor.DescribeRules(CultureInfo.GetCultureInfo("nl")));
        description.Considerations.Should().HaveCount(5);
        description.ReferralConditions.Should().BeEquivalentTo(Sensoa.Flags.Guidance.ReferralDirectory.DescribeRouting(CultureInfo.GetCultureInfo("nl")));
    }

    /// <summary>A fact no session is given, so that the rule below never fires where the organisation-rule tests load this assembly.</summary>
    private sealed class NeverInserted
    {
    }

    [Name("test.unsourced")]
    [Tag(RuleTags.Consideration)]
    private sealed class UnsourcedConsiderationRule : Rule
    {
        public override void Define()
        {
            NeverInserted fact = null!;
            When().Match(() => fact);
            Then().Do(ctx => ctx.Halt());
        }
    }
}
