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
    public void DoesNotFire_ExemptActor_NotAnExceptionForKnownBoundary()
    {
        Assess.Single(Criteria(CriterionRating.Red), priorSerious: true, actorAge: 5).ComputedFlag.Should().Be(Flag.Black);
    }
}

public sealed class AwarenessRuleTests
{
    [Fact]
    public void Fires_RedAndAware_BecomesBlack()
    {
        var result = Assess.Single(Criteria(CriterionRating.Red), aware: true);
        result.FiredRules.Should().ContainSingle(r => r.Id == "awareness.redToBlack" && r.From == Flag.Red && r.To == Flag.Black);
    }

    [Theory]
    [InlineData(CriterionRating.Green)]
    [InlineData(CriterionRating.Yellow)]
    public void DoesNotFire_BelowRed(CriterionRating level)
    {
        Assess.Single(Criteria(level), aware: true).RuleIds().Should().NotContain("awareness.redToBlack");
    }

    [Fact]
    public void DoesNotFire_KnownBoundaryAlreadyMadeItBlack()
    {
        var result = Assess.Single(Criteria(CriterionRating.Red), aware: true, priorSerious: true);
        result.RuleIds().Should().Equal("criteria.mostSevere", "knownBoundary.redToBlack", "flag.ceiling");
    }
}

public sealed class UnsafeContextRuleTests
{
    [Fact]
    public void Fires_GreenInUnsafeContext_BecomesYellow()
    {
        var result = Assess.Single(Criteria.AllAt(CriterionRating.Green), unsafeContext: true);
        result.ComputedFlag.Should().Be(Flag.Yellow);
        result.FiredRules.Should().ContainSingle(r => r.Id == "unsafeContext.greenToYellow" && r.From == Flag.Green && r.To == Flag.Yellow);
    }

    [Theory]
    [InlineData(CriterionRating.Yellow)]
    [InlineData(CriterionRating.Red)]
    [InlineData(CriterionRating.Black)]
    public void DoesNotFire_AboveGreen_ContextNeverDoesMore(CriterionRating level)
    {
        var result = Assess.Single(Criteria(level), unsafeContext: true);
        result.ComputedFlag.Should().Be(level.ToFlag());
        result.RuleIds().Should().NotContain("unsafeContext.greenToYellow");
    }

    [Fact]
    public void DoesNotFire_SafeContext()
    {
        Assess.Single(Criteria.AllAt(CriterionRating.Green)).ComputedFlag.Should().Be(Flag.Green);
    }

    [Fact]
    public void Fires_ForEveryBehaviourOfTheIncident()
    {
        var incident = IncidentBuilder.Flanders().Unsafe()
            .Behaviour(Criteria.AllAt(CriterionRating.Green), actor: "p1")
            .Behaviour(Criteria.AllAt(CriterionRating.Green), actor: "p2")
            .Build();
        Assess.Incident(incident).Behaviours.Should().OnlyContain(b => b.ComputedFlag == Flag.Yellow);
    }
}

public sealed class CeilingRuleTests
{
    [Fact]
    public void Fires_BlackWithUnusedFactors_SaysTheyCannotRaiseIt()
    {
        var result = Assess.Single(Criteria(CriterionRating.Black), repeated: true, aware: true);
        result.ComputedFlag.Should().Be(Flag.Black);
        var fired = result.FiredRules.Single(r => r.Id == "flag.ceiling");
        fired.From.Should().Be(Flag.Black);
        fired.To.Should().Be(Flag.Black);
        fired.Message.Should().Contain("repetition").And.Contain("knowing");
    }

    [Fact]
    public void DoesNotFire_BlackWithoutFactors()
    {
        Assess.Single(Criteria(CriterionRating.Black)).RuleIds().Should().Equal("criteria.mostSevere");
    }

    [Fact]
    public void DoesNotFire_EveryFactorWasUsed()
    {
        Assess.Single(Criteria(CriterionRating.Red), aware: true).RuleIds().Should().Equal("criteria.mostSevere", "awareness.redToBlack");
    }

    [Fact]
    public void DoesNotFire_BelowBlack()
    {
        Assess.Single(Criteria(CriterionRating.Yellow), aware: true).RuleIds().Should().NotContain("flag.ceiling");
    }

    [Fact]
    public void DoesNotFire_BlackRepeatedByExemptActor_RepetitionIsNoFactorForThem()
    {
        Assess.Single(Criteria(CriterionRating.Black), repeated: true, actorAge: 4).RuleIds().Should().NotContain("flag.ceiling");
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
    public void Fires_Sexting_PointsAtConsent()
    {
        var result = Assess.Single(IncidentBuilder.Flanders().Sexting().Behaviour(Criteria(CriterionRating.Yellow)));
        result.Considerations.Should().ContainSingle(c => c.Id == "sexting.forwarding");
    }

    [Fact]
    public void DoesNotFire_NoSexting()
    {
        Assess.Single(IncidentBuilder.Flanders().Behaviour(Criteria(CriterionRating.Yellow))).Considerations.Should().BeEmpty();
    }
}
