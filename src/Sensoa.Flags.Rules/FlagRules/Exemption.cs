namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>Why repetition does not make an actor's behaviour heavier (DOMAIN.md §3.3), if it does not.</summary>
internal enum Exemption
{
    None = 0,
    UnderSix = 1,
    Disability = 2,
    LowFunctioning = 3,
}
