namespace Sensoa.Flags.Guidance.Responses;

/// <summary>
/// The Sensoa reaction steps (gather information, name, ask, affirm, set a limit, agree, consequences, aftercare) per flag
/// and role, as resource keys in order (docs/method.md, How to react). The texts are in <c>GuidanceTexts.resx</c>.
/// </summary>
internal static class ResponsePlaybook
{
    /// <summary>What to tell the person affected by any boundary-crossing behaviour, always.</summary>
    public static readonly string[] AffectedMessages =
    [
        "response.affected.notAboutYou",
        "response.affected.notYourFault",
        "response.affected.feelingCounts",
    ];

    /// <summary>The black actor step about reporting; the Netherlands has its own text (<c>.netherlands</c>).</summary>
    public const string ReportingStep = "response.black.actor.3";

    /// <summary>Gets the steps of one flag and role; <paramref name="exempt"/> for an actor who needs repetition to learn.</summary>
    public static string[] Steps(Flag flag, ResponseRole role, bool exempt)
    {
        var prefix = "response." + Json.EnumNames<Flag>.Name(flag) + "." + Json.EnumNames<ResponseRole>.Name(role) + ".";
        var count = Count(flag, role);
        var keys = new string[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = prefix + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // The last actor step of yellow and red warns that a repeat makes it heavier; not so for whom repetition is how they learn.
        if (exempt && role == ResponseRole.Actor && flag is Flag.Yellow or Flag.Red)
        {
            keys[^1] += ".exempt";
        }

        return keys;
    }

    private static int Count(Flag flag, ResponseRole role) => (flag, role) switch
    {
        (Flag.Green, ResponseRole.Actor) => 3,
        (Flag.Yellow, ResponseRole.Actor) => 8,
        (Flag.Red, ResponseRole.Actor) => 10,
        (Flag.Black, ResponseRole.Actor) => 6,
        (Flag.Yellow, ResponseRole.Parents) => 1,
        _ => 2,
    };
}
