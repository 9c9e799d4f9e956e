namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>The aggravating factors the rules apply automatically.</summary>
[Flags]
internal enum Aggravation
{
    None = 0,
    Repetition = 1,
    KnownBoundary = 2,
}
