namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// The order of the rules as NRules priorities (higher fires first). Every automatic raise goes to a lower priority than
/// the rule that could feed it (distribution, then repetition, then known boundary; each from the input before its twin from
/// the case file's history, so that a factor the input gives is the one counted), so the rules chain forward and never
/// back; an organisation's concern comes after them, so that nothing escalates what it raised; the rules that only record
/// come after every rule that changes the flag, so no update reaches them after they fired.
/// </summary>
internal static class RulePriorities
{
    public const int MostSevere = 1000;
    public const int SextingDistribution = 950;
    public const int RepetitionYellowToRed = 900;
    public const int RepetitionRedToBlack = 890;
    public const int HistoryRepetition = 885;
    public const int KnownBoundary = 800;
    public const int HistoryKnownBoundary = 790;
    public const int OrganisationConcern = 600;
    public const int Unknown = 500;
    public const int Ceiling = 400;
    public const int HandsOn = 120;
    public const int HandsOff = 110;
    public const int Awareness = 100;
    public const int HistoryOnRecord = 90;
}
