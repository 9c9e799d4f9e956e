namespace Sensoa.Flags.Tests.Properties;

/// <summary>
/// Nothing of a caller's incident outlives the call: the reused rule sessions and everything the validator builds let go
/// of it (an incident holds a person's details; a library that kept it would keep them).
/// </summary>
public sealed class NothingKeptTests
{
    [Fact]
    public void Assess_ThenCollect_IncidentNotKeptAlive()
    {
        var assessor = FlagAssessor.Create();
        var incident = Weak(assessor);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        incident.IsAlive.Should().BeFalse("the reused rule session and the validator must let go of the incident after the call");
    }

    [Fact]
    public void Assess_RefusedIncident_IncidentNotKeptAlive()
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
