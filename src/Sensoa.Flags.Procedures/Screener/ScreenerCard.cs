using System.Globalization;
using Sensoa.Flags.Procedures.Localization;

namespace Sensoa.Flags.Procedures.Screener;

/// <summary>One card of the screener: a stable id, the category the library assigns it to, and its texts.</summary>
/// <param name="Id">The stable id used in answer files, e.g. <c>contact-person</c>.</param>
/// <param name="Category">The category (see <see cref="ScreenerCards"/> for why each card is where it is).</param>
public sealed record ScreenerCard(string Id, ScreenerCategory Category)
{
    /// <summary>Gets the card's title.</summary>
    /// <param name="culture">The language; English unless Dutch.</param>
    /// <returns>The title.</returns>
    public string Title(CultureInfo culture) => ProcedureTexts.Get($"card.{Id}.title", culture);

    /// <summary>Gets what the card asks of the school, as a statement a school can agree with or not.</summary>
    /// <param name="culture">The language; English unless Dutch.</param>
    /// <returns>The text.</returns>
    public string Text(CultureInfo culture) => ProcedureTexts.Get($"card.{Id}.text", culture);
}
