using System.Globalization;

namespace Sensoa.Flags.OrganisationRules;

/// <summary>
/// Assesses an incident with the Sensoa rules and the club's own rule, and prints per behaviour the flag the criteria
/// give, the flag after the rules, and the rules that fired. Exit 0, or 2 with one line per error for invalid input.
/// </summary>
internal static class SampleApp
{
    /// <summary>The club's assessor: the Sensoa rule set and this assembly's organisation rule, compiled once.</summary>
    private static readonly IFlagAssessor Assessor = FlagAssessor.Create(o => o.AddRules(typeof(PhoneInChangingRoomRule).Assembly));

    public static string DefaultCase { get; } = Path.Combine(AppContext.BaseDirectory, "changing-room.json");

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var file = args.Length > 0 ? args[0] : DefaultCase;
        byte[] json;
        try
        {
            json = File.ReadAllBytes(file);
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"{file}: {ex.Message}");
            return 66;
        }

        var result = Assessor.AssessJson(json);
        if (!result.IsValid)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine(error.ToString());
            }

            return 2;
        }

        foreach (var behaviour in result.Assessment.Behaviours)
        {
            stdout.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{behaviour.BehaviourId}: criteria {Name(behaviour.CriteriaFlag)}, after the rules {Name(behaviour.ComputedFlag)}"));
            foreach (var fired in behaviour.FiredRules)
            {
                stdout.WriteLine($"  {fired.Id}: {fired.Message}");
            }
        }

        return 0;
    }

    private static string Name(Flag? flag) => flag switch
    {
        Flag.Green => "green",
        Flag.Yellow => "yellow",
        Flag.Red => "red",
        Flag.Black => "black",
        _ => "none (no criterion rated)",
    };
}
