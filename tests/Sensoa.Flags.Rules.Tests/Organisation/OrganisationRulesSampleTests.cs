using Sensoa.Flags.OrganisationRules;

namespace Sensoa.Flags.Rules.Tests.Organisation;

/// <summary>The organisation-rules sample: its club rule on the case it ships, and where the rule must not act.</summary>
public sealed class OrganisationRulesSampleTests
{
    private static readonly IFlagAssessor Club = FlagAssessor.Create(o => o.AddRules(typeof(PhoneInChangingRoomRule)));

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = SampleApp.Run(args, output, error);
        return (code, output.ToString().ReplaceLineEndings("\n"), error.ToString());
    }

    [Fact]
    public void Run_ShippedCase_GreenWithTheLabelBecomesYellowNamingTheClubRule()
    {
        var (code, stdout, stderr) = Run();

        code.Should().Be(0, stderr);
        stdout.Should().Contain("selfie: criteria green, after the rules yellow\n");
        stdout.Should().Contain($"  organisation.concern: Organisation rule '{PhoneInChangingRoomRule.Id}'");
    }

    [Fact]
    public void Run_ShippedCase_ListsTheClubsRuleFirst()
    {
        var (_, stdout, _) = Run();

        stdout.Should().StartWith($"organisation rule {PhoneInChangingRoomRule.Id}: Club house rule: no phone cameras in the changing rooms.\n");
    }

    [Fact]
    public void Run_OrganisationRuleFails_Exit70NamingTheRule()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var failing = FlagAssessor.Create(o => o.AddRules(typeof(ThrowRule)));

        var code = SampleApp.Run([SampleApp.DefaultCase], output, error, failing);

        code.Should().Be(70);
        error.ToString().Should().StartWith("organisation rule hostile.throw: ");
        output.ToString().Should().NotContain("after the rules");
    }

    [Fact]
    public void Run_ShippedCase_RedByTheCriteriaStaysRed()
    {
        var (_, stdout, _) = Run();

        stdout.Should().Contain("filming: criteria red, after the rules red\n");
    }

    [Fact]
    public void Run_ShippedCase_BehaviourWithoutTheLabelUntouched()
    {
        var (_, stdout, _) = Run();

        var towel = stdout[stdout.IndexOf("towel-joke:", StringComparison.Ordinal)..];
        towel.Should().StartWith("towel-joke: criteria green, after the rules green\n").And.NotContain("organisation.concern");
    }

    [Fact]
    public void Rule_LabelledGreen_ConcernAppliedAsYellowOnly()
    {
        var result = Club.Assess(Incident([PhoneInChangingRoomRule.Label]));

        var behaviour = result.Assessment!.Behaviours[0];
        behaviour.ComputedFlag.Should().Be(Flag.Yellow);
        behaviour.FiredRules.Should().ContainSingle(r => r.Id == "organisation.concern")
            .Which.Message.Should().Contain(PhoneInChangingRoomRule.Id);
    }

    [Fact]
    public void Rule_OtherLabelOrNone_DoesNotFire()
    {
        foreach (var labels in new[] { Array.Empty<string>(), ["phone-in-classroom"] })
        {
            var behaviour = Club.Assess(Incident(labels)).Assessment!.Behaviours[0];

            behaviour.ComputedFlag.Should().Be(Flag.Green);
            behaviour.FiredRules.Should().NotContain(r => r.Id == "organisation.concern");
        }
    }

    [Fact]
    public void Run_MissingFile_Exit66NamingIt()
    {
        var (code, stdout, stderr) = Run("/no/such/case.json");

        code.Should().Be(66);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("/no/such/case.json: ");
    }

    [Fact]
    public void Run_InvalidCase_Exit2WithTheJsonPath()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, File.ReadAllText(SampleApp.DefaultCase).Replace("\"setting\": \"sport\"", "\"setting\": \"gym\"", StringComparison.Ordinal));
            var (code, stdout, stderr) = Run(file);

            code.Should().Be(2);
            stdout.Should().BeEmpty();
            stderr.Should().StartWith("$.setting: ");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Incident Incident(IReadOnlyList<string> labels) => new()
    {
        Jurisdiction = Jurisdiction.Flanders,
        Setting = Setting.Sport,
        People = [new Person { Id = "p1", AgeYears = 15 }],
        Behaviours = [new Behaviour { Id = "b1", ActorId = "p1", Criteria = Criteria.AllAt(CriterionRating.Green), Labels = labels }],
    };

    /// <summary>An organisation rule that throws.</summary>
    [NRules.Fluent.Dsl.Name("hostile.throw")]
    public sealed class ThrowRule : NRules.Fluent.Dsl.Rule
    {
        public override void Define()
        {
            Sensoa.Flags.Rules.Organisation.BehaviourView view = null!;
            When().Match(() => view);
            Then().Do(_ => Throw(view));
        }

        private static void Throw(Sensoa.Flags.Rules.Organisation.BehaviourView view) => throw new InvalidOperationException($"no {view.BehaviourId}");
    }
}
