namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// The order of DOMAIN.md §3 as agenda priorities. Every automatic raise goes to a lower priority than the rule that
/// could feed it (repetition, then known boundary, then awareness), so the rules chain forward and never back.
/// </summary>
internal static class RulePriorities
{
    public const int MostSevere = 1000;
    public const int RepetitionYellowToRed = 900;
    public const int RepetitionRedToBlack = 890;
    public const int RepetitionException = 880;
    public const int KnownBoundary = 800;
    public const int Awareness = 700;
    public const int UnsafeContext = 600;
    public const int Unknown = 500;
    public const int Ceiling = 400;
    public const int Consideration = 100;
}
