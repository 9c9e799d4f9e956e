namespace Sensoa.Flags.Cli.Tests.Commands;

/// <summary>The shipped Flemish example, walked on the command line as CI does.</summary>
public sealed class FlemishSextingCommandTests : IDisposable
{
    private readonly string directory = ProcedureFiles.TempDirectory();

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string Example(string name) => ProcedureFiles.File("sexting/flanders/" + name);

    [Fact]
    public void Start_JurisdictionFlanders_FirstStepIsTheContactPerson()
    {
        var state = Path.Combine(directory, "s.json");
        var (code, stdout, stderr) = CliRunner.Run("sexting", "start", state, "--case", "c-fl", "--jurisdiction", "flanders", "--person", "p1:14:portrayed");
        code.Should().Be(0, stderr);
        stdout.Should().Be("started: step involveContactPerson\n");
        File.ReadAllText(state).Should().Contain("\"jurisdiction\": \"flanders\"");
    }

    [Fact]
    public void Start_UnknownJurisdiction_UsageErrorNothingWritten()
    {
        var state = Path.Combine(directory, "s.json");
        var (code, _, _) = CliRunner.Run("sexting", "start", state, "--case", "c", "--jurisdiction", "wallonia", "--person", "p1:14:portrayed");
        code.Should().Be(64);
        File.Exists(state).Should().BeFalse();
    }

    [Fact]
    public void Advance_ShippedFlemishExample_WalksToClosedWithTwoRefusalsOnTheWay()
    {
        var shipped = File.ReadAllBytes(Example("state.json"));
        var state = Path.Combine(directory, "state.json");
        int Advance(string trigger, string? input = null, string? from = null)
        {
            string[] args = ["sexting", "advance", from ?? state, trigger];
            if (input is not null)
            {
                args = [.. args, "--input", Example(input)];
            }

            if (from is not null)
            {
                args = [.. args, "--out", state];
            }

            return CliRunner.Run(args).Code;
        }

        Advance("contactPersonInvolved", from: Example("state.json")).Should().Be(0);
        Advance("weighed", "weighed.json").Should().Be(0);
        Advance("consulted", "consulted.json").Should().Be(0);
        Advance("youngPeopleHeard", "pupils-heard.json").Should().Be(0);
        var (refused, _, stderr) = CliRunner.Run("sexting", "advance", state, "decided", "--input", Example("decided-without-agreements.json"));
        refused.Should().Be(1);
        stderr.Should().Contain("$.decision.measures: Offer help to p2").And.Contain("communicationAgreements");
        Advance("imagesDeleted").Should().Be(1, "the forwarding may be a criminal case: ask the police first");
        Advance("policeAsked", "police-asked.json").Should().Be(0);
        Advance("decided", "decided.json").Should().Be(0);
        Advance("followedUp", "followed-up.json").Should().Be(0);
        Advance("evaluated").Should().Be(0);
        File.ReadAllText(state).Should().Contain("\"step\": \"closed\"");
        File.ReadAllBytes(Example("state.json")).Should().Equal(shipped);

        var (code, shown, _) = CliRunner.Run("sexting", "show", state, "--lang", "nl");
        code.Should().Be(0);
        shown.Should().Contain("Route: Vlaanderen").And.Contain("aanspreekpersoon houdt het dossier bij");
    }

    [Fact]
    public void Show_FlemishDot_TheFlemishRoute()
    {
        var (code, stdout, _) = CliRunner.Run("sexting", "show", Example("state.json"), "--dot");
        code.Should().Be(0);
        stdout.Should().Contain("InvolveContactPerson").And.NotContain("TalkToParents");
    }
}
