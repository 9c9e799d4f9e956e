using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using NRules.Fluent.Dsl;
using Sensoa.Flags.Rules;
using Sensoa.Flags.Rules.Organisation;
using Sensoa.Flags.Testing;
using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Rules.Tests.Organisation;

public sealed class OrganisationRulesTests
{
    private static readonly IFlagAssessor WithRules = FlagAssessor.Create(o => o.AddRules(typeof(PrivateChatRule), typeof(ZeroToleranceRule)));

    private static BehaviourAssessment Assess(IFlagAssessor assessor, CriterionRating level, params string[] labels) =>
        assessor.Assess(Flanders().Behaviour(new Behaviour
        {
            Id = "b1",
            ActorId = "p1",
            AffectedIds = ["p2"],
            Criteria = Criteria(level),
            Labels = labels,
        }).Build()).Assessment!.Behaviours[0];

    [Fact]
    public void Concern_GreenBehaviourWithLabel_BecomesYellowNamingTheRule()
    {
        var result = Assess(WithRules, CriterionRating.Green, "staff-pupil-private-chat");

        result.ComputedFlag.Should().Be(Flag.Yellow);
        var fired = result.FiredRules.Should().ContainSingle(r => r.Id == "organisation.concern").Subject;
        fired.From.Should().Be(Flag.Green);
        fired.To.Should().Be(Flag.Yellow);
        fired.Message.Should().Contain("school.privateChat").And.Contain("private chat");
    }

    [Fact]
    public void Concern_RuleAsksForRed_EndsYellowWithTheReason()
    {
        var result = Assess(WithRules, CriterionRating.Green, "wants-red");

        result.ComputedFlag.Should().Be(Flag.Yellow, "an organisation rule never goes past yellow");
        result.FiredRules.Single(r => r.Id == "organisation.concern").Message.Should().Contain("asked for red").And.Contain("Dat mag hier niet!");
    }

    [Fact]
    public void Concern_AlreadyRed_StaysRedAndSaysSo()
    {
        var result = Assess(WithRules, CriterionRating.Red, "wants-red");

        result.ComputedFlag.Should().Be(Flag.Red);
        var fired = result.FiredRules.Single(r => r.Id == "organisation.concern");
        fired.From.Should().Be(Flag.Red);
        fired.To.Should().Be(Flag.Red);
    }

    [Fact]
    public void Concern_RepeatedGreen_RepetitionDoesNotBuildOnIt()
    {
        var result = WithRules.Assess(Flanders().Behaviour(new Behaviour
        {
            Id = "b1",
            ActorId = "p1",
            Criteria = Criteria(CriterionRating.Green),
            Repeated = true,
            Labels = ["wants-red"],
        }).Build()).Assessment!.Behaviours[0];

        result.ComputedFlag.Should().Be(Flag.Yellow);
        result.RuleIds().Should().Equal("criteria.mostSevere", "organisation.concern");
    }

    [Fact]
    public void NoLabel_NoConcern()
    {
        Assess(WithRules, CriterionRating.Green).RuleIds().Should().Equal("criteria.mostSevere");
    }

    [Fact]
    public void WithoutOrganisationRules_LabelChangesNothing()
    {
        Assess(FlagAssessor.Create(), CriterionRating.Green, "staff-pupil-private-chat").ComputedFlag.Should().Be(Flag.Green);
    }

    [Fact]
    public void BehaviourView_HasNoSetters_AnOrganisationRuleCannotChangeTheFact()
    {
        typeof(BehaviourView).GetProperties().Should().OnlyContain(p => p.SetMethod == null);
        typeof(OrganisationConcern).GetConstructors().Should().BeEmpty("a concern is made only through RaiseConcern, which names the rule");
    }

    [Fact]
    public void AddSensoaFlags_WithRules_AppliesThem()
    {
        using var provider = new ServiceCollection().AddSensoaFlags(o => o.AddRules(typeof(PrivateChatRule))).BuildServiceProvider();
        var assessor = provider.GetRequiredService<IFlagAssessor>();

        Assess(assessor, CriterionRating.Green, "staff-pupil-private-chat").ComputedFlag.Should().Be(Flag.Yellow);
    }

    [Fact]
    public void Describe_Assessor_ListsItsOrganisationRulesBesideTheLibrarys()
    {
        var description = FlagAssessor.Describe(WithRules);

        description.Rules.Should().BeEquivalentTo(FlagAssessor.DescribeRules());
        description.OrganisationRules.Should().Equal(
            new OrganisationRuleDescription("school.privateChat", 0, string.Empty),
            new OrganisationRuleDescription("school.zeroTolerance", 0, "Zero tolerance: the school would give red."));
        FlagAssessor.Describe(FlagAssessor.Create()).OrganisationRules.Should().BeEmpty();
        FlagAssessor.Describe().OrganisationRules.Should().BeEmpty();
    }

    [Fact]
    public void Describe_RegisteredAssessor_ListsItsOrganisationRules()
    {
        using var provider = new ServiceCollection().AddSensoaFlags(o => o.AddRules(typeof(PrivateChatRule))).BuildServiceProvider();

        FlagAssessor.Describe(provider.GetRequiredService<IFlagAssessor>()).OrganisationRules.Select(r => r.Id).Should().Equal("school.privateChat");
    }

    [Fact]
    public void Describe_AssessorNotOfTheLibrary_Refused()
    {
        var act = () => FlagAssessor.Describe(new ForeignAssessor());

        act.Should().Throw<ArgumentException>().WithParameterName("assessor");
    }

    [Fact]
    public void RulesJson_OrganisationRules_AlwaysPresent()
    {
        RuleSetJson.Serialize(FlagAssessor.Describe()).Should().Contain("\"organisationRules\": []");
        RuleSetJson.Serialize(FlagAssessor.Describe(WithRules)).Should().Contain("\"id\": \"school.zeroTolerance\"");
    }

    private sealed class ForeignAssessor : IFlagAssessor
    {
        public string RuleSetVersion => "0";

        public AssessmentResult Assess(Incident incident, AssessmentOptions? options = null) => throw new NotSupportedException();

        public AssessmentResult AssessJson(ReadOnlySpan<byte> utf8Json, AssessmentOptions? options = null) => throw new NotSupportedException();
    }

    [Fact]
    public void Property_OrganisationRuleNeverPastYellow()
    {
        Gen.Select(Gen.Enum<CriterionRating>(), Gen.Bool, Gen.Bool).Sample((level, repeated, label) =>
        {
            var incident = Flanders().Behaviour(new Behaviour
            {
                Id = "b1",
                ActorId = "p1",
                Criteria = Criteria(level),
                Repeated = repeated,
                Labels = label ? ["wants-red"] : [],
            }).Build();
            var plain = FlagAssessor.Create().Assess(incident).Assessment!.Behaviours[0].ComputedFlag;
            var with = WithRules.Assess(incident).Assessment!.Behaviours[0].ComputedFlag;
            return with == plain || (plain == Flag.Green && with == Flag.Yellow);
        }, iter: 200);
    }

    /// <summary>A school's house rule: a staff member chatting privately with a pupil is a concern.</summary>
    [Name("school.privateChat")]
    public sealed class PrivateChatRule : Rule
    {
        public override void Define()
        {
            BehaviourView behaviour = null!;
            When().Match(() => behaviour, b => b.Labels.Contains("staff-pupil-private-chat"));
            Then().Do(ctx => ctx.RaiseConcern(behaviour, "a private chat between staff and a pupil", Flag.Yellow));
        }
    }
}
