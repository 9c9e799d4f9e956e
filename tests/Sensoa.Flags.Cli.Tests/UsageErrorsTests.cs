namespace Sensoa.Flags.Cli.Tests;

/// <summary>Usage errors: exit 64, one line, and the closest command, option or value when the typed one is a near miss.</summary>
public sealed class UsageErrorsTests
{
    [Theory]
    [InlineData("usage error: unknown command 'asess'; did you mean 'assess'? (try --help)", "asess", "x.json")]
    [InlineData("usage error: unknown command 'sextign'; did you mean 'sexting'? (try --help)", "sextign", "show")]
    [InlineData("usage error: unknown command 'vreify'; did you mean 'verify'? (try --help)", "logbook", "vreify", "x")]
    [InlineData("usage error: unknown option '--formt'; did you mean '--format'? (try --help)", "assess", "x.json", "--formt", "md")]
    [InlineData("usage error: unknown option '--formt'; did you mean '--format'? (try --help)", "assess", "x.json", "--formt=md")]
    [InlineData("usage error: unknown option '--cont'; did you mean '--count'? (try --help)", "examples", "--cont", "3", "x.json")]
    [InlineData("usage error: unknown option '--hlep'; did you mean '--help'? (try --help)", "assess", "--hlep")]
    public void Run_NearMiss_SuggestsClosest(string expected, params string[] args)
    {
        var (code, stdout, stderr) = Run(args);
        code.Should().Be(64);
        stdout.Should().BeEmpty();
        stderr.Should().Be(expected + "\n");
    }

    [Fact]
    public void Run_NearMissValue_SuggestsAllowedValue()
    {
        var (code, _, stderr) = Run("assess", "x.json", "--format", "hmtl");
        code.Should().Be(64);
        stderr.Should().Contain("'hmtl'").And.EndWith("did you mean 'html'? (try --help)\n");
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("assess", "x.json", "--zzzzzz")]
    public void Run_FarMiss_NoSuggestion(params string[] args)
    {
        var (code, _, stderr) = Run(args);
        code.Should().Be(64);
        stderr.Should().NotContain("did you mean").And.StartWith("usage error: unknown");
    }

    [Fact]
    public void Run_NoCommand_ListsTheCommands()
    {
        var (code, _, stderr) = Run();
        code.Should().Be(64);
        stderr.Should().StartWith("usage error: no command given; one of assess, rules,");
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);
}
