using System.Diagnostics;
using System.Text;
using CsCheck;
using Sensoa.Flags.Tests.Corpus;
using Sensoa.Flags.Tests.Fuzzing;
using Sensoa.Flags.Tests.Json;
using Sensoa.Flags.Tests.Validation;
using static Sensoa.Flags.Tests.Validation.MarkedInputs;

namespace Sensoa.Flags.Cli.Tests;

/// <summary>
/// <c>assess</c> on what the library's tests feed the library: the bad-input corpus, mutated valid inputs and inputs
/// carrying a marker. Exit 0 with JSON or exit 2 with one path per line, never an internal error, never a message that
/// repeats what the person wrote; the same bytes in another process and locale.
/// </summary>
public sealed class AssessInputTests
{
    public static TheoryData<string> Names() => BadInputCorpus.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Assess_BadInput_Exit2NothingOnStdoutEveryLineStartsWithAPath(string name)
    {
        var expected = BadInputCorpus.All[name];

        var (code, stdout, stderr) = Assess(new MemoryStream(BadInputCorpus.Bytes(name)));

        code.Should().Be(ExitCodes.InvalidData);
        stdout.Should().BeEmpty();
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().NotBeEmpty().And.OnlyContain(line => line.StartsWith('$'));
        lines.Should().Contain(line => line.StartsWith(expected.ExpectedPath + ": ", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_MutatedValidInputs_Exit0OrExit2WithPathsNeverInternalError()
    {
        FuzzInputs.Mutated.Sample((input, mutations) =>
        {
            var (code, stdout, stderr) = Assess(new MemoryStream(FuzzInputs.Apply(input, mutations)));
            if (code == ExitCodes.Success)
            {
                stderr.Should().BeEmpty();
                stdout.Should().StartWith("{");
            }
            else
            {
                code.Should().Be(ExitCodes.InvalidData, stderr);
                stdout.Should().BeEmpty();
                stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().OnlyContain(line => line.StartsWith('$'));
            }
        }, iter: 1_000, print: t => FuzzInputs.Describe(t.Item1, t.Item2));
    }

    [Theory]
    [MemberData(nameof(MarkedInputs.Broken), MemberType = typeof(MarkedInputs))]
    public void Assess_MarkedInput_Exit2StderrNeverRepeatsTheMarker(string json)
    {
        var (code, stdout, stderr) = Assess(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        code.Should().Be(ExitCodes.InvalidData);
        stdout.Should().BeEmpty();
        stderr.Should().NotContain(Marker);
    }

    [Fact]
    public void Assess_InternalError_OnlyTheExceptionTypeNeverItsMessage()
    {
        var (code, stdout, stderr) = Assess(new ThrowingStream());
        code.Should().Be(ExitCodes.Internal);
        stdout.Should().BeEmpty();
        stderr.Should().NotContain(Marker).And.Contain(nameof(InvalidOperationException));
        stderr.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void Assess_CorpusInputs_StderrNeverRepeatsTheirDescriptions()
    {
        // The corpus base describes the behaviour as "a description" and gives "a reason": neither may come back.
        foreach (var name in BadInputCorpus.ManifestFiles)
        {
            var (_, _, stderr) = Assess(new MemoryStream(BadInputCorpus.Bytes(name)));
            stderr.Should().NotContain("a description", name).And.NotContain("a reason", name);
        }
    }

    [Fact]
    public void Assess_LangNl_ErrorLinesInDutchWithTheSamePaths()
    {
        var input = new MemoryStream("""{"jurisdiction":"flanders","setting":"school","people":[],"behaviours":[]}"""u8.ToArray());
        var (code, _, stderr) = Assess(input, "--lang", "nl");
        code.Should().Be(ExitCodes.InvalidData);
        stderr.Should().Contain("$.people: minstens één persoon is verplicht");
    }

    [Theory]
    [InlineData("two-person-sexting.json", "tr_TR.UTF-8")]
    [InlineData("insufficient-information.json", "nl_BE.UTF-8")]
    [InlineData("netherlands-sexting-black.json", "en_US.UTF-8")]
    public async Task Assess_AnotherProcessAndLocale_SameBytesAsThisProcess(string sample, string locale)
    {
        // Another process has another string-hash seed and here another locale: neither may change a byte.
        var file = Path.Combine(Samples.Directory, sample);
        var here = new StringWriter();
        CliApp.Run(["assess", file], Stream.Null, here, new StringWriter()).Should().Be(ExitCodes.Success);

        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "sensoa-flags.dll"), "assess", file },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.Environment["LANG"] = locale;
        start.Environment["LC_ALL"] = locale;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.Should().Be(0, await stderr);
        (await stdout).Should().Be(here.ToString());
    }

    /// <summary><c>assess -</c> with the input on standard input.</summary>
    private static (int Code, string Stdout, string Stderr) Assess(Stream input, params string[] options)
    {
        using (input)
        {
            return CliRunner.WithStream(input, ["assess", "-", .. options]);
        }
    }

    /// <summary>A stream that fails with input-like text in its message, as a broken pipe or a buggy host might.</summary>
    private sealed class ThrowingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("failed while reading " + Marker);

        public override int Read(Span<byte> buffer) => throw new InvalidOperationException("failed while reading " + Marker);
    }
}
