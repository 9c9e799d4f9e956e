using System.Globalization;
using Sensoa.Flags.Procedures.Localization;

namespace Sensoa.Flags.Procedures.Harassment;

/// <summary>
/// What to do when a client crosses a boundary online towards a professional: action lists for the person concerned,
/// a colleague, the team and the organisation, as data. Keeping evidence is done with the evidence logbook
/// (<see cref="Logbook.EvidenceLogbook"/>).
/// </summary>
public static class HarassmentGuide
{
    private static readonly string[] RiskQuestionIds = ["channelSafe", "howMuchContact", "whenToStop", "whoTakesOver"];

    private static readonly string[] GuidelineIds =
        ["incidentProcedure", "whereToTurn", "externalSupport", "informing", "reacting", "recovery", "recoveryWatched", "learning"];

    private static readonly Dictionary<HarassmentRole, string[]> ActionIds = new()
    {
        [HarassmentRole.Person] = ["person.talkToClient", "person.report", "person.seekSupport", "person.document", "person.legal", "person.selfCare"],
        [HarassmentRole.Colleague] = ["colleague.listen", "colleague.supportReporting", "colleague.followUp", "colleague.noContact", "colleague.speakUp"],
        [HarassmentRole.Team] = ["team.assess", "team.supportColleague", "team.report", "team.learn", "team.followUp"],
        [HarassmentRole.Organisation] = ["organisation.guidelines", "organisation.takeAction"],
    };

    /// <summary>Gets the date from which online sexual intimidation is punishable in Belgium: 1 July 2024.</summary>
    public static DateOnly OnlineSexualIntimidationPunishableSince { get; } = new(2024, 7, 1);

    /// <summary>Gets the actions for one role, in the order to take them.</summary>
    /// <param name="role">The role.</param>
    /// <param name="culture">The language; English unless Dutch.</param>
    /// <returns>The actions.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The role is not defined.</exception>
    public static IReadOnlyList<HarassmentAction> Actions(HarassmentRole role, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (!ActionIds.TryGetValue(role, out var ids))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Not a harassment role.");
        }

        return ids.Select(id => new HarassmentAction(id, ProcedureTexts.Get("harassment." + id, culture), id switch
        {
            "team.assess" => RiskQuestions(culture),
            "organisation.guidelines" => GuidelineIds.Select(g => ProcedureTexts.Get("harassment.guideline." + g, culture)).ToArray(),
            _ => [],
        })).ToArray();
    }

    /// <summary>Gets the team's four questions on the risks of further contact with the client.</summary>
    /// <param name="culture">The language; English unless Dutch.</param>
    /// <returns>The four questions, in order.</returns>
    public static IReadOnlyList<string> RiskQuestions(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return RiskQuestionIds.Select(id => ProcedureTexts.Get("harassment.risk." + id, culture)).ToArray();
    }

    /// <summary>Gets the role's heading, e.g. "The team".</summary>
    /// <param name="role">The role.</param>
    /// <param name="culture">The language; English unless Dutch.</param>
    /// <returns>The heading.</returns>
    public static string RoleName(HarassmentRole role, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return ProcedureTexts.Get("role." + role.ToString().ToLowerInvariant(), culture);
    }

    /// <summary>Gets the legal note: since when online sexual intimidation is punishable in Belgium.</summary>
    /// <param name="culture">The language; English unless Dutch.</param>
    /// <returns>The note, with the date in the language's long format.</returns>
    public static string LegalNote(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return ProcedureTexts.Format("harassment.law", culture, OnlineSexualIntimidationPunishableSince.ToString("d MMMM yyyy", culture));
    }
}
