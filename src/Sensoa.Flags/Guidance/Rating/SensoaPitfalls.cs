using System.Globalization;
using Sensoa.Flags.Json;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Guidance;

/// <summary>
/// The four pitfalls of giving a flag, in the library's own words after the section "Valkuilen bij het geven van een
/// vlag" of Sensoa's "Wat zijn de vlaggen van het Vlaggensysteem?". Guidance of their own, also shown beside an override.
/// </summary>
public static class SensoaPitfalls
{
    /// <summary>Gets the published text and section the pitfalls restate.</summary>
    public static SourceReference Source { get; } = new("Sensoa", "Wat zijn de vlaggen van het Vlaggensysteem?", "Valkuilen bij het geven van een vlag");

    /// <summary>How many things to say to the person affected each pitfall has (resource keys <c>.say.1</c> ...).</summary>
    private static readonly int[] Sayings = [0, 0, 0, 4];

    /// <summary>Describes one pitfall.</summary>
    /// <param name="pitfall">The pitfall.</param>
    /// <param name="culture">The language; null for English, any <c>nl</c> culture for Dutch.</param>
    /// <returns>The pitfall with its name as printed and the advice.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The pitfall is not a defined value.</exception>
    public static Pitfall Describe(SensoaPitfall pitfall, CultureInfo? culture = null)
    {
        if (!Enum.IsDefined(pitfall))
        {
            throw new ArgumentOutOfRangeException(nameof(pitfall), pitfall, "Not one of the four pitfalls.");
        }

        culture ??= AssessmentOptions.Default.Culture;
        var key = "pitfall." + EnumNames<SensoaPitfall>.Name(pitfall);
        return new Pitfall
        {
            Id = pitfall,
            Quote = Quote(pitfall),
            Title = Texts.Get(key + ".title", culture),
            Explanation = Texts.Get(key + ".explanation", culture),
            Advice = Texts.Get(key + ".advice", culture),
            SayToTheAffected = [.. Enumerable.Range(1, Sayings[(int)pitfall]).Select(i => Texts.Get(key + ".say." + i.ToString(CultureInfo.InvariantCulture), culture))],
        };
    }

    /// <summary>Gets the four pitfalls in the source's order.</summary>
    /// <param name="culture">The language; null for English.</param>
    /// <returns>The guide.</returns>
    public static PitfallGuide Guide(CultureInfo? culture = null)
    {
        culture ??= AssessmentOptions.Default.Culture;
        return new PitfallGuide
        {
            Language = SensoaCriteria.LanguageOf(culture),
            Source = Source,
            Pitfalls = [.. Enum.GetValues<SensoaPitfall>().Select(p => Describe(p, culture))],
        };
    }

    // The names are quotations of the source's headings, the same in every language.
    private static string Quote(SensoaPitfall pitfall) => pitfall switch
    {
        SensoaPitfall.Indignation => "Dat kan toch niet!",
        SensoaPitfall.OrganisationRule => "Dat mag hier niet!",
        SensoaPitfall.FlagOnPerson => "We hebben hier een rode vlag-persoon!",
        _ => "Wat met het slachtoffer, want dat gedrag is ook niet helemaal oké?",
    };
}
