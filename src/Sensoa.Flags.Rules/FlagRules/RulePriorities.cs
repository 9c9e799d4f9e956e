namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// The order of the rules as NRules priorities (higher fires first). Every automatic raise goes to a lower priority than
/// the rule that could feed it (repetition, then known boundary, then awareness), so the rules chain forward and never
/// back; the rules that only record come after every rule that changes the flag, so no update reaches them after they fired.
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
    public const int HandsOn = 120;
    public const int HandsOff = 110;
    public const int SextingForwarding = 100;
}
