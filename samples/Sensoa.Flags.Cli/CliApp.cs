using System.CommandLine;
using System.Globalization;
using Sensoa.Flags;
using Sensoa.Flags.Cli.Commands;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Cli;

/// <summary>
/// The command line of CONTRACT.md: <c>assess &lt;file|-&gt;</c> prints the assessment as JSON (exit 0), or one line per
/// error starting with its JSON path (exit 2). System.CommandLine does the parsing, help and usage errors.
/// </summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int InvalidInput = 2;
    public const int InternalError = 70;

    private static readonly IFlagAssessor Assessor = FlagAssessor.Create();

    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var root = BuildCommand(stdin, stdout, stderr);
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                // Usage errors: exit 2 with one line, as the contract asks (not System.CommandLine's default exit 1 and help).
                var message = string.Join(' ', parsed.Errors[0].Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()));
                stderr.WriteLine($"usage error: {message} (try --help)");
                return InvalidInput;
            }

            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            // Never a stack trace with input in it: only the exception's type.
            stderr.WriteLine($"internal error ({ex.GetType().Name}); please report it with the input that caused it");
            return InternalError;
        }
    }

    private static RootCommand BuildCommand(Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The incident as JSON: a file, or - for standard input." };
        var lang = LanguageOption();
        var at = AtOption.Create();
        var format = FormatOption.Create();
        var assess = new Command("assess", "Assess an incident and print the assessment as JSON, or a report with --format md|html.") { file, lang, at, format };
        assess.SetAction(result => Assess(result.GetValue(file)!, new AssessmentOptions { Culture = Culture(result.GetValue(lang)), Clock = AtOption.Clock(result.GetValue(at)) }, result.GetValue(format)!, stdin, stdout, stderr));

        var rulesLang = LanguageOption();
        var rules = new Command("rules", "List the rules with their stable ids, in agenda order.") { rulesLang };
        rules.SetAction(result => ListRules(Culture(result.GetValue(rulesLang)), stdout));

        return new RootCommand("Sensoa.Flags: decision support with the Sensoa flag system.")
        {
            assess,
            rules,
            Commands.SextingCommand.Create(TimeProvider.System, stdout, stderr),
            Commands.LogbookCommand.Create(TimeProvider.System, stdout, stderr),
            Commands.HarassmentCommand.Create(stdout),
            Commands.ScreenerCommand.Create(stdout, stderr),
            ConsultCommand.Create(stdout),
            ExamplesCommand.Create(stdin, stdout, stderr),
        };
    }

    internal static Option<string> LanguageOption()
    {
        var option = new Option<string>("--lang")
        {
            Description = "The language of the texts: en (default) or nl.",
            DefaultValueFactory = _ => "en",
        };
        option.AcceptOnlyFromAmong("en", "nl");
        return option;
    }

    internal static CultureInfo Culture(string? lang) => CultureInfo.GetCultureInfo(lang ?? "en");

    private static int Assess(string file, AssessmentOptions options, string format, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        if (!InputReader.TryRead(file, stdin, out var bytes, out var problem))
        {
            stderr.WriteLine(problem);
            return InvalidInput;
        }

        var result = Assessor.AssessJson(bytes, options);
        if (!result.IsValid)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine(error.ToString());
            }

            return InvalidInput;
        }

        if (format != FormatOption.Json)
        {
            stdout.Write(FormatOption.Report(bytes, result.Assessment, format, options.Culture));
            return Ok;
        }

        stdout.Write(SensoaJson.Serialize(result.Assessment));
        stdout.Write('\n');
        return Ok;
    }

    private static int ListRules(CultureInfo culture, TextWriter stdout)
    {
        foreach (var rule in FlagAssessor.DescribeRules(culture))
        {
            stdout.Write(string.Create(CultureInfo.InvariantCulture, $"{rule.Id,-28} {rule.Priority,5}  {rule.Description}\n"));
        }

        return Ok;
    }
}
