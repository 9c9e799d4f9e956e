using System.Globalization;
using Sensoa.Flags.Json;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Guidance;

/// <summary>
/// The six criteria of the Sensoa flag system described at each of the four flag levels (6 × 4), in the library's own
/// words after Sensoa's "Wat zijn de vlaggen van het Vlaggensysteem?": what a professional rates a behaviour with.
/// </summary>
public static class SensoaCriteria
{
    /// <summary>Gets the published text the descriptions restate.</summary>
    public static SourceReference Source { get; } = new("Sensoa", "Wat zijn de vlaggen van het Vlaggensysteem?", null);

    private static readonly Criterion[] AllCriteria = Enum.GetValues<Criterion>();
    private static readonly Flag[] AllFlags = Enum.GetValues<Flag>();

    /// <summary>Describes one criterion at one flag level.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="flag">The flag level.</param>
    /// <param name="culture">The language; null for English, any <c>nl</c> culture for Dutch.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The criterion or flag is not a defined value.</exception>
    public static CriterionDescription Describe(Criterion criterion, Flag flag, CultureInfo? culture = null)
    {
        if (!Enum.IsDefined(criterion))
        {
            throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Not one of the six criteria.");
        }

        if (!Enum.IsDefined(flag))
        {
            throw new ArgumentOutOfRangeException(nameof(flag), flag, "Not one of the four flags.");
        }

        culture ??= AssessmentOptions.Default.Culture;
        return new CriterionDescription(criterion, flag, Texts.Get(Key(criterion, flag), culture));
    }

    /// <summary>Describes one criterion at the level a professional rated it; null when it was rated unknown.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="rating">The rating given.</param>
    /// <param name="culture">The language; null for English.</param>
    /// <returns>The description, or null for <see cref="CriterionRating.Unknown"/>.</returns>
    public static CriterionDescription? Describe(Criterion criterion, CriterionRating rating, CultureInfo? culture = null) =>
        rating.ToFlag() is { } flag ? Describe(criterion, flag, culture) : null;

    /// <summary>Gets every description with what each flag means: the whole table, in one language.</summary>
    /// <param name="culture">The language; null for English.</param>
    /// <returns>The guide: four flags and six criteria of four levels each.</returns>
    public static CriteriaGuide Guide(CultureInfo? culture = null)
    {
        culture ??= AssessmentOptions.Default.Culture;
        return new CriteriaGuide
        {
            Language = LanguageOf(culture),
            Source = Source,
            Introduction = Texts.Get("criteria.introduction", culture),
            Flags = [.. AllFlags.Select(flag => Meaning(flag, culture))],
            Criteria = [.. AllCriteria.Select(criterion => new CriterionLevels(
                criterion,
                Texts.Criterion(criterion, culture),
                [.. AllFlags.Select(flag => Describe(criterion, flag, culture))]))],
        };
    }

    /// <summary>Says what a flag stands for.</summary>
    /// <param name="flag">The flag.</param>
    /// <param name="culture">The language; null for English.</param>
    /// <returns>The flag's name, meaning and what the source adds about it.</returns>
    public static FlagMeaning Meaning(Flag flag, CultureInfo? culture = null)
    {
        if (!Enum.IsDefined(flag))
        {
            throw new ArgumentOutOfRangeException(nameof(flag), flag, "Not one of the four flags.");
        }

        culture ??= AssessmentOptions.Default.Culture;
        var name = EnumNames<Flag>.Name(flag);
        var noteKey = "flagMeaning." + name + ".note";
        var note = Texts.TryGet(noteKey, culture, out var text) ? text : null;
        return new FlagMeaning(flag, Texts.Flag(flag, culture), Texts.Get("flagMeaning." + name, culture), note);
    }

    internal static string LanguageOf(CultureInfo culture) => Languages.Of(culture);

    private static string Key(Criterion criterion, Flag flag) =>
        "criteria." + EnumNames<Criterion>.Name(criterion) + "." + EnumNames<Flag>.Name(flag);
}
