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
/// </summary>
public static class ScreenerCards
{
    /// <summary>Gets every card, in the source's order: eight per category.</summary>
    public static IReadOnlyList<ScreenerCard> All { get; } =
    [
        new("contact-person", ScreenerCategory.Quality),
        new("training", ScreenerCategory.Quality),
        new("vision", ScreenerCategory.Quality),
        new("policy", ScreenerCategory.Quality),
        new("teacher-role", ScreenerCategory.Quality),
        new("media-agreements", ScreenerCategory.Quality),
        new("sex-education", ScreenerCategory.Quality),
        new("working-group", ScreenerCategory.Quality),
        new("safe-sexting", ScreenerCategory.Prevention),
        new("okay-or-not", ScreenerCategory.Prevention),
        new("pupil-workshops", ScreenerCategory.Prevention),
        new("peer-to-peer", ScreenerCategory.Prevention),
        new("contact-person-known", ScreenerCategory.Prevention),
        new("involve-parents-pupils", ScreenerCategory.Prevention),
        new("resilience", ScreenerCategory.Prevention),
        new("personal-frame", ScreenerCategory.Prevention),
        new("step-plan", ScreenerCategory.Reaction),
        new("internal-communication", ScreenerCategory.Reaction),
        new("process-evaluation", ScreenerCategory.Reaction),
        new("offer-help", ScreenerCategory.Reaction),
        new("pupil-communication", ScreenerCategory.Reaction),
        new("case-file", ScreenerCategory.Reaction),
        new("media-parents-externals", ScreenerCategory.Reaction),
        new("restorative-mediation", ScreenerCategory.Reaction),
    ];

    /// <summary>Finds a card by its id.</summary>
    /// <param name="id">The card id.</param>
    /// <returns>The card, or null when no card has that id.</returns>
    public static ScreenerCard? Find(string id) => All.FirstOrDefault(card => card.Id == id);
}
