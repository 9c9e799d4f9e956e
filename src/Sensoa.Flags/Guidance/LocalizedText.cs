using System.Globalization;

namespace Sensoa.Flags.Guidance;

/// <summary>A text in shipped data, in English and Dutch; Dutch for any <c>nl</c> culture, English otherwise.</summary>
internal sealed record LocalizedText
{
    public required string En { get; init; }

    public required string Nl { get; init; }

    public string In(CultureInfo culture) => IsDutch(culture) ? Nl : En;

    public static bool IsDutch(CultureInfo culture) => Languages.IsDutch(culture);
}
