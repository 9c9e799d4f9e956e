namespace Sensoa.Flags.Procedures.Screener;

/// <summary>
/// The 24 cards of the sexting-policy screener. The source prints the cards in three blocks of eight and says a card is
/// about quality, prevention or reaction without saying which; the library assigns them by what a card asks for:
/// <list type="bullet">
/// <item><b>Quality</b>: the structures a policy stands on and that exist before any pupil is reached (a contact
/// person, training for staff, a vision, a written policy, the teachers' role, media agreements, a curriculum line in
/// relationships and sexuality education, a working group).</item>
/// <item><b>Prevention</b>: what is done with pupils, teachers and parents so that sexting goes well (safe-sexting
/// lessons, noticing signals, workshops, peer support, making the contact person known, involving parents and pupils,
/// resilience, teachers' own frame of reference).</item>
/// <item><b>Reaction</b>: what the school does once an incident has happened (a step plan, communication inside and
/// out, evaluating the approach, offering help, talking to pupils, the case file, who speaks to media, parents and
/// others, restorative mediation).</item>
/// </list>
/// This matches the source's three blocks of eight; the order of <see cref="All"/> is the source's order and is stable.
/// Each card keeps its title exactly as printed (<see cref="ScreenerCard.PrintedTitle"/>, also its Dutch title) and
/// the places it points to for methods and examples (<see cref="ScreenerCard.Pointers"/>); English titles translate it.
/// </summary>
public static class ScreenerCards
{
    /// <summary>Gets every card, in the source's order: eight per category.</summary>
    public static IReadOnlyList<ScreenerCard> All { get; } =
    [
        new("contact-person", ScreenerCategory.Quality) { PrintedTitle = "Aanspreekpersoon" },
        new("training", ScreenerCategory.Quality) { PrintedTitle = "Bijscholingen" },
        new("vision", ScreenerCategory.Quality) { PrintedTitle = "Visie op sexting" },
        new("policy", ScreenerCategory.Quality) { PrintedTitle = "Beleid rond sexting" },
        new("teacher-role", ScreenerCategory.Quality) { PrintedTitle = "Rol van leerkrachten" },
        new("media-agreements", ScreenerCategory.Quality) { PrintedTitle = "Mediawijze afspraken" },
        new("sex-education", ScreenerCategory.Quality) { PrintedTitle = "Relationele en seksuele vorming", Pointers = ["www.sexting.be"] },
        new("working-group", ScreenerCategory.Quality) { PrintedTitle = "Werkgroep seksualiteit" },
        new("safe-sexting", ScreenerCategory.Prevention) { PrintedTitle = "Safe sexting", Pointers = ["sexting.be"] },
        new("okay-or-not", ScreenerCategory.Prevention) { PrintedTitle = "Oké of niet oké", Pointers = ["Hé, het is oké"] },
        new("pupil-workshops", ScreenerCategory.Prevention) { PrintedTitle = "Leerlingen vormen" },
        new("peer-to-peer", ScreenerCategory.Prevention) { PrintedTitle = "Peer to peer" },
        new("contact-person-known", ScreenerCategory.Prevention) { PrintedTitle = "Aanspreekpersoon is gekend" },
        new("involve-parents-pupils", ScreenerCategory.Prevention) { PrintedTitle = "Ouders en leerlingen betrekken" },
        new("resilience", ScreenerCategory.Prevention) { PrintedTitle = "Weerbaarheid" },
        new("personal-frame", ScreenerCategory.Prevention) { PrintedTitle = "Persoonlijk referentiekader" },
        new("step-plan", ScreenerCategory.Reaction) { PrintedTitle = "Stappenplan", Pointers = ["www.sexting.be"] },
        new("internal-communication", ScreenerCategory.Reaction) { PrintedTitle = "Interne communicatie" },
        new("process-evaluation", ScreenerCategory.Reaction) { PrintedTitle = "Evaluatie van proces" },
        new("offer-help", ScreenerCategory.Reaction) { PrintedTitle = "Hulp bieden" },
        new("pupil-communication", ScreenerCategory.Reaction) { PrintedTitle = "Communicatie met leerlingen" },
        new("case-file", ScreenerCategory.Reaction) { PrintedTitle = "Aanspreekpersoon houdt dossier bij" },
        new("media-parents-externals", ScreenerCategory.Reaction) { PrintedTitle = "Media, ouders, externen" },
        new("restorative-mediation", ScreenerCategory.Reaction) { PrintedTitle = "Herstelbemiddeling" },
    ];

    /// <summary>Finds a card by its id.</summary>
    /// <param name="id">The card id.</param>
    /// <returns>The card, or null when no card has that id.</returns>
    public static ScreenerCard? Find(string id) => All.FirstOrDefault(card => card.Id == id);
}
