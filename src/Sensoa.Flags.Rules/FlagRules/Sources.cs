namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>The published documents the rules rest on, by publisher and title.</summary>
internal static class Sources
{
    public const string Flags = "Sensoa, \"Wat zijn de vlaggen van het Vlaggensysteem?\"";

    public const string SextingDosAndDonts = "Onuitwisbaar, \"Do's & Don'ts voor professionals: Hoe te handelen bij sexting?\"";

    public const string Library = RuleSource.Library;
}
