using System.Globalization;
using Sensoa.Flags.Procedures.Localization;

namespace Sensoa.Flags.Procedures.Screener;

/// <summary>One card of the screener: a stable id, the category the library assigns it to, and its texts.</summary>
/// <param name="Id">The stable id used in answer files, e.g. <c>contact-person</c>.</param>
/// <param name="Category">The category (see <see cref="ScreenerCards"/> for why each card is where it is).</param>
public sealed record ScreenerCard(string Id, ScreenerCategory Category)
{
    /// <summary>Gets the title exactly as printed on the card (Dutch), e.g. <c>Aanspreekpersoon houdt dossier bij</c>.</summary>
    public string PrintedTitle { get; init; } = string.Empty;

    /// <summary>Gets what the card points to for methods or an example, as printed, e.g. <c>sexting.be</c> or <c>Hé, het is oké</c>; empty for most cards.</summary>
    public IReadOnlyList<string> Pointers { get; init; } = [];

    /// <summary>Gets the card's title: in Dutch as printed on the card, in English a translation.</summary>
    /// <param name="culture">The language; English unless Dutch.</param>
    /// <returns>The title.</returns>
    public string Title(CultureInfo culture) => ProcedureTexts.Get($"card.{Id}.title", culture);

    /// <summary>Gets what the card asks of the school, as a statement a school can agree with or not.</summary>
    /// <param name="culture">The language; English unless Dutch.</param>
    /// <returns>The text.</returns>
    public string Text(CultureInfo culture) => ProcedureTexts.Get($"card.{Id}.text", culture);
}
