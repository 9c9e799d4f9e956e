using System.CommandLine;
using System.Globalization;
using System.Text;
using Sensoa.Flags.Cli.Localization;
using Sensoa.Flags.Procedures.Files;
using Sensoa.Flags.Procedures.Sexting;

namespace Sensoa.Flags.Cli.Commands;

/// <summary><c>sexting start|advance|show &lt;state.json&gt;</c>: the sexting incident workflow on a saved state file.</summary>
internal static class SextingCommand
{
    public static Command Create(TimeProvider time, TextWriter stdout, TextWriter stderr)
    {
        var workflow = SextingWorkflow.Create(FlagAssessor.Create(), time);
        return new Command("sexting", "The sexting incident workflow, the Flemish route or the Netherlands' five steps.")
        {
            Start(workflow, stdout, stderr),
            Advance(workflow, stdout, stderr),
            Show(workflow, stdout, stderr),
        };
    }

    private static Command Start(ISextingWorkflow workflow, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("state") { Description = "The new state file; it must not exist yet." };
        var caseId = new Option<string>("--case") { Description = "The case id (no names).", Required = true };
        var people = new Option<string[]>("--person") { Description = "A participant as id:age:role[,role], roles portrayed, distributor, recipient; repeat per person.", Required = true };
        var jurisdiction = new Option<string>("--jurisdiction")
        {
            Description = "Whose route: flanders (contact person, weigh, CLB and Child Focus, talks, help and agreements, follow-up, evaluation) or netherlands (the reporting code's five steps; the default).",
            DefaultValueFactory = _ => "netherlands",
        };
        jurisdiction.AcceptOnlyFromAmong("flanders", "netherlands");
        var command = new Command("start", "Open an incident in the first step of its route and save it.") { file, caseId, people, jurisdiction };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var participants = new List<Participant>();
            var specs = result.GetValue(people) ?? [];
            for (var index = 0; index < specs.Length; index++)
            {
                if (ParseParticipant(specs[index]) is not { } participant)
                {
                    stderr.WriteLine($"--person[{index.ToString(CultureInfo.InvariantCulture)}]: expected id:age:role[,role] with roles portrayed, distributor, recipient");
                    return ExitCodes.Usage;
                }

                participants.Add(participant);
            }

            if (File.Exists(path))
            {
                stderr.WriteLine($"error: '{path}' already exists; nothing changed (use advance, or another file)");
                return ExitCodes.CannotWrite;
            }

            var route = result.GetValue(jurisdiction) == "flanders" ? Jurisdiction.Flanders : Jurisdiction.Netherlands;
            var started = workflow.Start(result.GetValue(caseId)!, participants, route);
            if (!started.Succeeded)
            {
                return ProcedureCommandSupport.Errors(started.Errors, Languages.Culture(Languages.English), stderr);
            }

            if (!ProcedureCommandSupport.TryWrite(path, workflow.Save(started.State), stderr))
            {
                return ExitCodes.CannotWrite;
            }

            stdout.Write($"started: step {ContractNames.Of(started.State.Step)}\n");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Advance(ISextingWorkflow workflow, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("state") { Description = "The state file." };
        var trigger = new Argument<string>("trigger") { Description = "What happened: " + string.Join(", ", ContractNames.All(typeof(SextingTrigger))) + "." };
        trigger.AcceptOnlyFromAmong(ContractNames.All(typeof(SextingTrigger)));
        var input = new Option<string?>("--input") { Description = "A JSON file with what the trigger records (e.g. the conversations)." };
        var output = new Option<string?>("--out") { Description = "Write the new state here instead of over the state file." };
        var lang = LanguageOption.Create();
        var command = new Command("advance", "Fire a trigger; save the new state, or print why it was refused and change nothing.") { file, trigger, input, output, lang };
        command.SetAction(result =>
        {
            var culture = LanguageOption.Culture(result, lang);
            var path = result.GetValue(file)!;
            var loaded = Load(workflow, path, culture, stderr, out var state, out var original);
            if (state is null)
            {
                return loaded;
            }

            // The argument accepts only the trigger names, so the name always parses.
            ContractNames.TryParse<SextingTrigger>(result.GetValue(trigger)!, out var fired);
            SextingInput? recorded = null;
            if (result.GetValue(input) is { } inputPath)
            {
                var read = ProcedureCommandSupport.Read(inputPath, stderr, out var bytes);
                if (read != ExitCodes.Success)
                {
                    return read;
                }

                recorded = workflow.ReadInput(fired, bytes, out var inputErrors);
                if (recorded is null)
                {
                    return ProcedureCommandSupport.Errors(inputErrors, culture, stderr, inputPath);
                }
            }

            var transition = workflow.Fire(state, fired, recorded, culture);
            if (!transition.Succeeded)
            {
                ProcedureCommandSupport.Errors(transition.Errors, culture, stderr, result.GetValue(input));
                foreach (var refusal in transition.Refusals)
                {
                    stderr.WriteLine(refusal.ToString());
                }

                // Invalid input data outranks a refusal: the step was not judged on data that could not be read.
                return transition.Errors.Count > 0 ? ExitCodes.InvalidData : ExitCodes.CheckFailed;
            }

            var target = result.GetValue(output) ?? path;
            if (SamePath(target, path))
            {
                // Optimistic concurrency: the state is replaced only if it still holds what this step was worked out
                // from, so that of two advances run at once the second fails instead of silently undoing the first.
                var written = ReplaceIfUnchanged(path, original, workflow.Save(transition.State), stderr);
                if (written != ExitCodes.Success)
                {
                    return written;
                }
            }
            else if (!ProcedureCommandSupport.TryWrite(target, workflow.Save(transition.State), stderr))
            {
                return ExitCodes.CannotWrite;
            }

            stdout.Write($"{ContractNames.Of(fired)}: step {ContractNames.Of(state.Step)} -> {ContractNames.Of(transition.State.Step)}\n");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(ISextingWorkflow workflow, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("state") { Description = "The state file." };
        var dot = new Option<bool>("--dot") { Description = "Print the state's whole route as a Graphviz DOT graph instead." };
        var lang = LanguageOption.Create();
        var command = new Command("show", "Print the step, its checklist, do's and don'ts, what is possible now, and the history.") { file, dot, lang };
        command.SetAction(result =>
        {
            var culture = LanguageOption.Culture(result, lang);
            var loaded = Load(workflow, result.GetValue(file)!, culture, stderr, out var state, out _);
            if (state is null)
            {
                return loaded;
            }

            stdout.Write(result.GetValue(dot) ? workflow.ToDot(state.Jurisdiction) + "\n" : workflow.Describe(state, culture));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reads and checks a state file: the state, or null and the exit code after printing why.</summary>
    private static int Load(ISextingWorkflow workflow, string path, CultureInfo culture, TextWriter stderr, out SextingIncidentState? state, out byte[] bytes)
    {
        state = null;
        var read = ProcedureCommandSupport.Read(path, stderr, out bytes);
        if (read != ExitCodes.Success)
        {
            return read;
        }

        var loaded = workflow.Load(bytes);
        if (!loaded.IsValid)
        {
            return ProcedureCommandSupport.Errors(loaded.Errors, culture, stderr, path);
        }

        state = loaded.State;
        return ExitCodes.Success;
    }

    private static int ReplaceIfUnchanged(string path, byte[] original, string content, TextWriter stderr)
    {
        try
        {
            if (CaseFile.ReplaceIfUnchanged(path, original, content))
            {
                return ExitCodes.Success;
            }

            stderr.WriteLine($"error: '{path}' changed while this step was worked out (another advance at the same time?); nothing was written: show the state and advance again");
            return ExitCodes.CannotWrite;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or TimeoutException)
        {
            stderr.WriteLine($"error: cannot write '{path}': {ProcedureCommandSupport.WriteProblem(ex)}; nothing was changed");
            return ExitCodes.CannotWrite;
        }
    }

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static Participant? ParseParticipant(string spec)
    {
        var parts = spec.Split(':');
        if (parts.Length != 3 || parts[0].Length == 0
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var age))
        {
            return null;
        }

        var roles = new List<ParticipantRole>();
        foreach (var name in parts[2].Split(','))
        {
            if (!ContractNames.TryParse<ParticipantRole>(name, out var role))
            {
                return null;
            }

            roles.Add(role);
        }

        return new Participant { Id = parts[0], AgeYears = age, Roles = roles };
    }
}
