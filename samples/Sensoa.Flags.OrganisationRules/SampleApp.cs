using System.Globalization;

namespace Sensoa.Flags.OrganisationRules;

/// <summary>
/// Assesses an incident with the Sensoa rules and the club's own rule, and prints the club's rules, then per behaviour the
/// flag the criteria give, the flag after the rules, and the rules that fired. Exit 0; 2 with one line per error for
/// invalid input; 70 naming the rule when an organisation rule fails (throws, loops or runs past its time limit).
/// </summary>
internal static class SampleApp
{
    /// <summary>
    /// The club's assessor: the Sensoa rule set and this assembly's organisation rule, compiled once. The club's rule runs
    /// in a session of its own over copies of the behaviours; it may take at most half a second per assessment.
    /// </summary>
    private static readonly IFlagAssessor Assessor = FlagAssessor.Create(o =>
    {
        o.AddRules(typeof(PhoneInChangingRoomRule).Assembly);
        o.OrganisationRuleTimeLimit = TimeSpan.FromMilliseconds(500);
    });

    public static string DefaultCase { get; } = Path.Combine(AppContext.BaseDirectory, "changing-room.json");

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, Assessor);

    /// <summary>Runs with another assessor (tests: one whose organisation rule fails).</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, IFlagAssessor assessor)
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

        AssessmentResult result;
        try
        {
            result = assessor.AssessJson(json);
        }
        catch (Sensoa.Flags.Rules.RuleSetException ex)
        {
            // A failing organisation rule fails this assessment only; the message names the rule.
            stderr.WriteLine($"organisation rule {ex.RuleId}: {ex.Message}");
            return 70;
        }

        if (!result.IsValid)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine(error.ToString());
            }

            return 2;
        }

        foreach (var rule in FlagAssessor.Describe(assessor).OrganisationRules)
        {
            stdout.WriteLine($"organisation rule {rule.Id}: {rule.Description}");
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
