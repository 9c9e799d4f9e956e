namespace Sensoa.Flags;

/// <summary>
/// The published documents the library rests on, by publisher and title as they are published (in Dutch), so that a
/// rule, a consideration and a referral condition name the same document the same way.
/// </summary>
public static class SourceDocuments
{
    /// <summary>The four flags, the six criteria per flag, how to give a flag, the pitfalls.</summary>
    public const string Flags = "Sensoa, \"Wat zijn de vlaggen van het Vlaggensysteem?\"";

    /// <summary>Sensoa's page of organisations that advise professionals, per situation; its title is not printed in the text, so it is named by what it is, in its own language as the other documents are.</summary>
    public const string Advice = "Sensoa, Vlaggensysteem, overzicht van organisaties die professionals advies geven";

    /// <summary>Sexting among young people in the Netherlands: the reporting code's five steps, the do's and don'ts.</summary>
    public const string SextingDosAndDonts = "Onuitwisbaar, \"Do's & Don'ts voor professionals: Hoe te handelen bij sexting?\"";

    /// <summary>Sensoa's reaction guide for the flag system (the "reactiewijzer"): the steps of a reaction, per flag.</summary>
    public const string ReactionGuide = "Sensoa, \"Reageren op seksueel gedrag met de reactiewijzer van het Vlaggensysteem\"";

    /// <summary>Online boundary crossing by clients towards professionals: what to do, evidence and a logbook, where to find support.</summary>
    public const string OnlineIncidents = "Opgroeien, \"Online grensoverschrijdend gedrag\"";

    /// <summary>What the library decided itself.</summary>
    public const string Library = Provenance.Library;
}
