using Sensoa.Flags.Rules.FlagRules;
using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Rules.Tests.FlagRules;

/// <summary><c>organisation.concern</c> on its own; the assessor's tests of the whole chain are in Organisation/ and IncidentAssessmentTests.</summary>
public sealed class OrganisationConcernRuleTests
{
    [Fact]
    public void Alone_Green_BecomesYellowAndMarkedAsTheConcerns()
    {
        var fact = Concerned(CriterionRating.Green, Flag.Yellow);

        fact.FiringOf(OrganisationConcernRule.Id).Should().Be(new FiredRule(
            OrganisationConcernRule.Id, Flag.Green, Flag.Yellow, "Organisation rule 'house': chat in private. Green becomes yellow: an organisation's rule never makes a flag heavier than this (pitfall 'Dat mag hier niet!')."));
        fact.Applied.Should().Be(Aggravation.OrganisationConcern);
    }

    [Fact]
    public void Alone_AskedForMoreThanYellow_LeftToTheCriteria()
    {
        var fact = Concerned(CriterionRating.Green, Flag.Red);

        fact.Flag.Should().Be(Flag.Yellow);
        fact.FiringOf(OrganisationConcernRule.Id).Message.Should().EndWith("It asked for red; that is for the criteria to decide.");
    }

    [Theory]
    [InlineData(CriterionRating.Yellow, Flag.Yellow)]
    [InlineData(CriterionRating.Black, Flag.Black)]
    public void Alone_NotGreen_NotesTheFlagUnchanged(CriterionRating level, Flag flag)
    {
        var fact = Concerned(level, Flag.Yellow);

        fact.FiringOf(OrganisationConcernRule.Id).Should().Be(new FiredRule(
            OrganisationConcernRule.Id, flag, flag, $"Organisation rule 'house': chat in private. The flag is already {SensoaLabels.Of(flag, RuleTest.English)}; an organisation's rule never makes it heavier."));
    }

    [Fact]
    public void Alone_NoConcern_DoesNotFire()
    {
        RuleTest.Single(Flanders().Behaviour(Criteria(CriterionRating.Green), affected: ["p2"]), typeof(OrganisationConcernRule)).Fired().Should().Equal(MostSevereCriterionRule.Id);
    }

    private static BehaviourFact Concerned(CriterionRating level, Flag requested) =>
        RuleTest.Fire(
            Flanders().Behaviour(Criteria(level), affected: ["p2"]).Build(),
            [typeof(OrganisationConcernRule)],
            facts => [new ConcernFact(facts[0], "house", "chat in private", requested)]).Single();
}
