using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using Sensoa.Flags.Cli.Localization;
using Sensoa.Flags.Guidance;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Cli.Commands;

/// <summary>
/// <c>examples &lt;file|-&gt; [--behaviour id] [--count n] [--lang nl] [--format text|json]</c>: the worked examples
/// closest to a behaviour, as text to read by default, or as JSON.
/// </summary>
internal static class ExamplesCommand
{
    private const int MinCount = 1;
    private const int MaxCount = 10;

    public static Command Create(Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The incident as JSON: a file, or - for standard input." };
        var behaviour = new Option<string?>("--behaviour") { Description = "The id of the behaviour to compare; default the first." };
        var count = new Option<int>("--count")
        {
            Description = $"How many examples ({MinCount} to {MaxCount}, default 3).",
            DefaultValueFactory = _ => 3,
            CustomParser = ParseCount,
        };
        var lang = LanguageOption.Create();
        var format = GuideFormat.Create();
        var command = new Command("examples", "List the worked examples closest to a behaviour of an incident.") { file, behaviour, count, lang, format };
        command.SetAction(result =>
        {
            var read = InputReader.Read(result.GetValue(file)!, stdin, stderr, out var bytes);
            if (read != ExitCodes.Success)
            {
                return read;
            }

            var parsed = SensoaJson.ParseIncident(bytes);
            if (!parsed.IsValid)
            {
                foreach (var error in parsed.Errors)
                {
                    stderr.WriteLine(error.ToString());
                }

                return ExitCodes.InvalidData;
            }

            var id = result.GetValue(behaviour) ?? parsed.Incident.Behaviours.FirstOrDefault()?.Id;
            if (id is null || !parsed.Incident.Behaviours.Any(b => b.Id == id))
            {
                // The id is the caller's text: it is not repeated back.
                stderr.WriteLine("--behaviour: the incident has no behaviour with that id (see its behaviours[].id)");
                return ExitCodes.Usage;
            }

            var culture = LanguageOption.Culture(result, lang);
            var matches = WorkedExamples.Closest(parsed.Incident, id, result.GetValue(count), culture);
            stdout.Write(result.GetValue(format) == GuideFormat.Json ? GuidanceJson.Serialize(matches) + "\n" : Text(matches, culture));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// Reads <c>--count</c> as plain ASCII digits in range. A validator over the parsed value is not enough: a number that
    /// does not fit an int ("99999999999") fails the parse, and reading the value in a validator then throws.
    /// </summary>
    private static int ParseCount(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (text.Length is > 0 and <= 2 && text.All(char.IsAsciiDigit)
            && int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) is var value and >= MinCount and <= MaxCount)
        {
            return value;
        }

        result.AddError($"--count: must be a whole number from {MinCount} to {MaxCount}");
        return 0;
    }

    /// <summary>One numbered paragraph per example: what happened, then its flag, the age of the person who acted, the setting and how far it is.</summary>
    internal static string Text(IReadOnlyList<ExampleMatch> matches, CultureInfo culture)
    {
        var text = new StringBuilder();

        // Whoever reads the list must know these are the library's own examples, not Sensoa's.
        if (matches.Count > 0)
        {
            text.Append(matches[0].Example.Attribution).Append('\n');
        }

        var number = 1;
        foreach (var (distance, example) in matches)
        {
            var flag = CliTexts.Name("flag", example.ExpectedFlag, culture);
            var age = example.ActorAgeYears.ToString("0.#", culture);
            var setting = CliTexts.Name("setting", example.Setting, culture);
            text.Append(CultureInfo.InvariantCulture, $"{number++}. {example.Description}\n");
            text.Append("   ").Append(CliTexts.Format("examples.details", culture, flag, age, setting, distance, example.Id)).Append('\n');
        }

        return text.ToString();
    }
}
