using System.CommandLine;
using Sensoa.Flags.Guidance;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Cli.Commands;

/// <summary><c>examples &lt;file|-&gt; [--behaviour id] [--count n] [--lang nl]</c>: the worked examples closest to a behaviour, as JSON.</summary>
internal static class ExamplesCommand
{
    public static Command Create(Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The incident as JSON: a file, or - for standard input." };
        var behaviour = new Option<string?>("--behaviour") { Description = "The id of the behaviour to compare; default the first." };
        var count = new Option<int>("--count") { Description = "How many examples (1 to 10, default 3).", DefaultValueFactory = _ => 3 };
        count.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 10)
            {
                result.AddError("--count: must be from 1 to 10");
            }
        });
        var lang = CliApp.LanguageOption();
        var command = new Command("examples", "List the worked examples closest to a behaviour of an incident.") { file, behaviour, count, lang };
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

            var matches = WorkedExamples.Closest(parsed.Incident, id, result.GetValue(count), CliApp.Culture(result.GetValue(lang)));
            stdout.Write(GuidanceJson.Serialize(matches));
            stdout.Write('\n');
            return ExitCodes.Success;
        });
        return command;
    }
}
