using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Tests.Validation;

/// <summary>The per-thread lists the validator copies the incident into must not keep the caller's objects alive after the call.</summary>
public sealed class PooledListsTests
{
    [Fact]
    public void Assess_ThenCollect_PooledListsKeepNothingAlive()
    {
        var assessor = FlagAssessor.Create();
        var incident = Weak(assessor);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        incident.IsAlive.Should().BeFalse("the per-thread lists and rule session must let go of the incident after the call");
    }

    [Fact]
    public void Validate_RefusedIncident_PooledListsKeepNothingAlive()
    {
        var incident = WeakRefused();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        incident.IsAlive.Should().BeFalse();
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference Weak(IFlagAssessor assessor)
    {
        var incident = IncidentBuilder.Flanders()
            .Person("p1", 14).Person("p2", 13)
            .Behaviour(IncidentBuilder.Criteria(CriterionRating.Red, Criterion.Consent), affected: ["p2"])
            .Build();
        assessor.Assess(incident).IsValid.Should().BeTrue();
        return new WeakReference(incident.People[0]);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference WeakRefused()
    {
        var incident = IncidentBuilder.Flanders()
            .Person("p1", 14)
            .Behaviour(IncidentBuilder.Criteria(CriterionRating.Red, Criterion.Consent), actor: "nobody")
            .Build();
        FlagAssessor.Create().Assess(incident).IsValid.Should().BeFalse();
        return new WeakReference(incident.People[0]);
    }
}
