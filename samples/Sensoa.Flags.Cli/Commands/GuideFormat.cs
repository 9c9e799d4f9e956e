using System.CommandLine;
using System.Globalization;
using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Cli.Commands;

/// <summary><c>--format text|json</c> of the <c>criteria</c> and <c>pitfalls</c> commands: text to read, or the JSON that <c>GET /criteria</c> and <c>GET /pitfalls</c> answer.</summary>
internal static class GuideFormat
{
    public const string Text = "text";
    public const string Json = "json";

    public static Option<string> Create()
    {
        var option = new Option<string>("--format")
        {
            Description = "text (default): to read; json: the same JSON as the HTTP API.",
            DefaultValueFactory = _ => Text,
        };
        option.AcceptOnlyFromAmong(Text, Json);
        return option;
    }

    /// <summary>The source line: publisher, title as printed, the section if any, and that the words are the library's.</summary>
    public static string SourceLine(SourceReference source, CultureInfo culture)
    {
        var dutch = culture.TwoLetterISOLanguageName == "nl";
        var section = source.Section is null ? string.Empty : (dutch ? $", deel \u2018{source.Section}\u2019" : $", section \u2018{source.Section}\u2019");
        return dutch
            ? $"Bron: {source.Publisher}, \u2018{source.Title}\u2019{section}; in de eigen woorden van Sensoa.Flags."
            : $"Source: {source.Publisher}, \u2018{source.Title}\u2019{section}; in Sensoa.Flags' own words.";
    }
}
