using System.CommandLine;
using System.Globalization;
using Sensoa.Flags;
using Sensoa.Flags.Cli.Commands;
using Sensoa.Flags.Cli.Localization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Cli;

/// <summary>
/// The command line: <c>assess &lt;file|-&gt;</c> prints the assessment as JSON (exit 0), or one line per error starting
/// with its JSON path (exit 2). System.CommandLine does the parsing and help; usage errors are one line with a
/// suggestion. Every command returns one of <see cref="ExitCodes"/>.
/// </summary>
internal static class CliApp
{
    /// <summary>The assessor, made on first use: compiling the rule set is most of a run's start-up, and only the commands that assess need it.</summary>
    private static readonly Lazy<IFlagAssessor> Assessor = new(FlagAssessor.Create);

    /// <summary>Gets or sets the process's own standard input (file descriptor 0), when <see cref="Run"/> is given it; tests give other streams.</summary>
    internal static Stream? ProcessStandardInput { get; set; }

    /// <summary>The open file behind standard input, to tell whether it is a file the command also writes: null when unknown (a pipe read by a test).</summary>
    internal static Microsoft.Win32.SafeHandles.SafeFileHandle? InputHandle(Stream stdin) => stdin switch
    {
        FileStream file => file.SafeFileHandle,
        _ when ReferenceEquals(stdin, ProcessStandardInput) && !OperatingSystem.IsWindows() => new Microsoft.Win32.SafeHandles.SafeFileHandle(0, ownsHandle: false),
        _ => null,
    };

    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var root = BuildCommand(stdin, stdout, stderr);
            UsageErrors.AddExitCodesToHelp(root);
            var parsed = root.Parse(args);
            if ((parsed.Errors.Count > 0 ? UsageErrors.Describe(parsed) : UsageErrors.OptionTakenAsArgument(parsed)) is { } usage)
            {
                // One line and exit 64, not System.CommandLine's default of exit 1 and the whole help text.
                stderr.WriteLine(usage);
                return ExitCodes.Usage;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            // Never a stack trace with input in it: only the exception's type.
            stderr.WriteLine($"internal error ({ex.GetType().Name}); please report it with the input that caused it");
            return ExitCodes.Internal;
        }
    }

    private static RootCommand BuildCommand(Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The incident as JSON: a file, or - for standard input." };
        var lang = LanguageOption.Create();
        var at = AtOption.Create();
        var format = FormatOption.Create();
        var caseReference = FormatOption.CaseOption();
        var author = FormatOption.AuthorOption();
        var assess = new Command("assess", "Assess an incident and print the assessment as JSON, or a report with --format md|html.") { file, lang, at, format, caseReference, author };
        FormatOption.ReportOnly(assess, format, caseReference, author);
        assess.SetAction(result => Assess(
            result.GetValue(file)!,
            new AssessmentOptions { Culture = LanguageOption.Culture(result, lang), TimeProvider = AtOption.Clock(result.GetValue(at)) },
            result.GetValue(format)!,
            new Sensoa.Flags.Reporting.ReportDetails { AssessedAt = result.GetValue(at) ?? TimeProvider.System.GetUtcNow(), CaseReference = result.GetValue(caseReference), Author = result.GetValue(author) },
            stdin,
            stdout,
            stderr));

        return new RootCommand("Sensoa.Flags: decision support with the Sensoa flag system.")
        {
            assess,
            RulesCommand.Create(Assessor, stdout),
            Commands.SextingCommand.Create(TimeProvider.System, stdout, stderr),
            Commands.LogbookCommand.Create(TimeProvider.System, stdout, stderr),
            Commands.HarassmentCommand.Create(stdout),
            Commands.ScreenerCommand.Create(stdout, stderr),
            ConsultCommand.Create(stdout),
            ExamplesCommand.Create(stdin, stdout, stderr),
            CriteriaCommand.Create(stdout),
            PitfallsCommand.Create(stdout),
            ReassessCommand.Create(Assessor, stdin, stdout, stderr),
        };
    }

    private static int Assess(string file, AssessmentOptions options, string format, Sensoa.Flags.Reporting.ReportDetails details, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var read = InputReader.Read(file, stdin, stderr, out var bytes);
        if (read != ExitCodes.Success)
        {
            return read;
        }

        var result = Assessor.Value.AssessJson(bytes, options);
        if (!result.IsValid)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine(error.ToString());
            }

            return ExitCodes.InvalidData;
        }

        if (format != FormatOption.Json)
        {
            stdout.Write(FormatOption.Report(bytes, result.Assessment, format, details, options.Culture));
            return ExitCodes.Success;
        }

        stdout.Write(SensoaJson.Serialize(result.Assessment));
        stdout.Write('\n');
        return ExitCodes.Success;
    }
}
