namespace Sensoa.Flags.IntegrationTests;

/// <summary>The README's first example, as printed, so that it keeps running.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_RepeatedYellow_PrintsRed()
    {
        IFlagAssessor assessor = FlagAssessor.Create();           // thread-safe: create once, share
        var incident = new Incident
        {
            Jurisdiction = Jurisdiction.Flanders,
            Setting = Setting.School,
            People = [new Person { Id = "p1", AgeYears = 14 }, new Person { Id = "p2", AgeYears = 13 }],
            Behaviours = [new Behaviour
            {
                Id = "b1", ActorId = "p1", AffectedIds = ["p2"], Repeated = true,
                Criteria = Criteria.AllAt(CriterionRating.Green) with { Consent = CriterionRating.Yellow },
            }],
        };
        var result = assessor.Assess(incident);
        result.Assessment!.Behaviours[0].Flag.Should().Be(Flag.Red);
    }
}
