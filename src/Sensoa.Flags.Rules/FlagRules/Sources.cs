namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>The published documents the rules rest on, by publisher and title (the library's one list of them).</summary>
internal static class Sources
{
    public const string Flags = SourceDocuments.Flags;

    public const string SextingDosAndDonts = SourceDocuments.SextingDosAndDonts;

    public const string Library = SourceDocuments.Library;
}
