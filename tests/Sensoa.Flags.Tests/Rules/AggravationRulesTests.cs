using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Tests.Rules;

public sealed class KnownBoundaryRuleTests
{
    [Fact]
    public void Fires_RedWithPriorSeriousAddressed_BecomesBlack()
    {
        var result = Assess.Single(Criteria(CriterionRating.Red), priorSerious: true);
        result.ComputedFlag.Should().Be(Flag.Black);
        result.FiredRules.Should().ContainSingle(r => r.Id == "knownBoundary.redToBlack" && r.From == Flag.Red && r.To == Flag.Black);
    }

    [Theory]
    [InlineData(CriterionRating.Green)]
    [InlineData(CriterionRating.Yellow)]
    public void DoesNotFire_BelowRed_ActsOnlyOnRed(CriterionRating level)
    {
        var result = Assess.Single(Criteria(level), priorSerious: true);
        result.RuleIds().Should().NotContain("knownBoundary.redToBlack");
        result.ComputedFlag.Should().Be(level.ToFlag());
    }

    [Fact]
    public void DoesNotFire_WithoutPriorSerious()
    {
        Assess.Single(Criteria(CriterionRating.Red)).RuleIds().Should().NotContain("knownBoundary.redToBlack");
    }

    [Fact]
    public void Fires_YoungActor_NoExceptionByAge()
    {
        Assess.Single(Criteria(CriterionRating.Red), priorSerious: true, actorAge: 5).ComputedFlag.Should().Be(Flag.Black);
    }
}

public sealed class AwarenessConsiderationTests
{
    [Theory]
    [InlineData(CriterionRating.Green)]
    [InlineData(CriterionRating.Yellow)]
    [InlineData(CriterionRating.Red)]
    [InlineData(CriterionRating.Black)]
    public void Fires_Aware_ConsiderationNeverARaise(CriterionRating level)
    {
        var result = Assess.Single(Criteria(level), aware: true);
        result.Considerations.Should().ContainSingle(c => c.Id == "awareness.atTheTime");
        result.ComputedFlag.Should().Be(level.ToFlag(), "awareness is a factor the professional weighs, not a rule");
        result.RuleIds().Should().Equal("criteria.mostSevere");
    }

    [Fact]
    public void DoesNotFire_NotAware()
    {
        Assess.Single(Criteria(CriterionRating.Red)).Considerations.Should().NotContain(c => c.Id == "awareness.atTheTime");
    }

    [Fact]
    public void Override_AwarenessRaisesRedToBlack_Accepted()
    {
        var result = Assess.Single(Criteria(CriterionRating.Red), aware: true, overrideRequest: new OverrideRequest { Flag = Flag.Black, Basis = OverrideBasis.Awareness, Reason = "knew the rule well" });
        result.ComputedFlag.Should().Be(Flag.Red);
        result.Flag.Should().Be(Flag.Black);
        result.Override!.Accepted.Should().BeTrue();
    }
}

public sealed class SextingDistributionRuleTests
{
    [Fact]
    public void Fires_GreenDistributing_BecomesYellowWithAConsideration()
    {
        var result = Assess.Single(Criteria.AllAt(CriterionRating.Green), distributes: true);
        result.ComputedFlag.Should().Be(Flag.Yellow);
        result.FiredRules.Should().ContainSingle(r => r.Id == "sexting.distribution" && r.From == Flag.Green && r.To == Flag.Yellow);
        result.Considerations.Should().ContainSingle(c => c.Id == "sexting.distribution");
    }

    [Theory]
    [InlineData(CriterionRating.Yellow)]
    [InlineData(CriterionRating.Red)]
    [InlineData(CriterionRating.Black)]
    public void Fires_AlreadyYellowOrHeavier_OnlyTheConsideration(CriterionRating level)
    {
        var result = Assess.Single(Criteria(level), distributes: true);
        result.ComputedFlag.Should().Be(level.ToFlag(), "the criteria decide how much heavier");
        result.RuleIds().Should().NotContain("sexting.distribution");
        result.Considerations.Should().ContainSingle(c => c.Id == "sexting.distribution");
    }

    [Fact]
    public void Fires_ThenRepetition_YellowFromDistributionBecomesRed()
    {
        var result = Assess.Single(Criteria.AllAt(CriterionRating.Green), distributes: true, repeated: true);
        result.RuleIds().Should().Equal("criteria.mostSevere", "sexting.distribution", "repetition.yellowToRed");
        result.ComputedFlag.Should().Be(Flag.Red);
    }

    [Fact]
    public void DoesNotFire_PersonPortrayed_OwnGreenBehaviourStaysGreen()
    {
        var incident = IncidentBuilder.Flanders().Sexting()
            .Behaviour(Criteria.AllAt(CriterionRating.Green), actor: "p1", affected: ["p2"], id: "sent-own-picture")
            .Behaviour(Criteria(CriterionRating.Red, Criterion.Consent), actor: "p2", affected: ["p1"], distributes: true, id: "forwarded")
            .Build();
        var result = Assess.Incident(incident);

        result.Behaviours[0].Flag.Should().Be(Flag.Green);
        result.Behaviours[0].Considerations.Should().BeEmpty("the incident-wide sexting consideration on every behaviour is gone");
        result.Behaviours[1].Flag.Should().Be(Flag.Red);
    }

    [Fact]
    public void DoesNotFire_NotDistributing()
    {
        var result = Assess.Single(IncidentBuilder.Flanders().Sexting().Behaviour(Criteria.AllAt(CriterionRating.Green)));
        result.ComputedFlag.Should().Be(Flag.Green);
        result.Considerations.Should().BeEmpty();
    }

    [Fact]
    public void Fires_AllCriteriaUnknown_NoFlagYetButTheConsideration()
    {
        var result = Assess.Single(Criteria.AllAt(CriterionRating.Unknown), distributes: true);
        result.ComputedFlag.Should().BeNull();
        result.Considerations.Should().ContainSingle(c => c.Id == "sexting.distribution");
    }
}

public sealed class CeilingRuleTests
{
    [Fact]
    public void Fires_BlackWithUnusedFactors_SaysTheyCannotRaiseIt()
    {
        var result = Assess.Single(Criteria(CriterionRating.Black), repeated: true, priorSerious: true);
        result.ComputedFlag.Should().Be(Flag.Black);
        var fired = result.FiredRules.Single(r => r.Id == "flag.ceiling");
        fired.From.Should().Be(Flag.Black);
        fired.To.Should().Be(Flag.Black);
        fired.Message.Should().Contain("repetition").And.Contain("earlier serious");
    }

    [Fact]
    public void DoesNotFire_BlackWithoutFactors()
    {
        Assess.Single(Criteria(CriterionRating.Black), aware: true).RuleIds().Should().Equal("criteria.mostSevere");
    }

    [Fact]
    public void DoesNotFire_EveryFactorWasUsed()
    {
        Assess.Single(Criteria(CriterionRating.Red), repeated: true).RuleIds().Should().Equal("criteria.mostSevere", "repetition.redToBlack");
    }

    [Fact]
    public void DoesNotFire_BelowBlack()
    {
        Assess.Single(Criteria(CriterionRating.Yellow), priorSerious: true).RuleIds().Should().NotContain("flag.ceiling");
    }

    [Fact]
    public void Fires_BlackRepeatedByYoungActor_RepetitionCountsForEveryone()
    {
        Assess.Single(Criteria(CriterionRating.Black), repeated: true, actorAge: 4).RuleIds().Should().Contain("flag.ceiling");
    }
}

public sealed class ConsiderationRulesTests
{
    [Theory]
    [InlineData(Intimacy.HandsOn, "intimacy.handsOn")]
    [InlineData(Intimacy.HandsOff, "intimacy.handsOff")]
    public void Fires_Intimacy_ReportedNotApplied(Intimacy intimacy, string id)
    {
        foreach (var level in new[] { CriterionRating.Green, CriterionRating.Yellow, CriterionRating.Red })
        {
            var result = Assess.Single(Criteria(level), intimacy: intimacy);
            result.Considerations.Should().ContainSingle(c => c.Id == id);
            result.ComputedFlag.Should().Be(level.ToFlag(), "intimacy never raises a flag by itself");
            result.RuleIds().Should().NotContain(id, "a consideration is not a flag rule");
        }
    }

    [Fact]
    public void DoesNotFire_IntimacyAbsent()
    {
        Assess.Single(Criteria(CriterionRating.Yellow)).Considerations.Should().BeEmpty();
    }

    [Fact]
    public void Considerations_InRuleOrder_DistributionIntimacyAwareness()
    {
        var result = Assess.Single(Criteria(CriterionRating.Yellow), distributes: true, intimacy: Intimacy.HandsOff, aware: true);
        result.Considerations.Select(c => c.Id).Should().Equal("sexting.distribution", "intimacy.handsOff", "awareness.atTheTime");
    }
}
