using System.CommandLine;
using System.Globalization;
using Sensoa.Flags.Cli.Localization;
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
        var section = source.Section is null ? string.Empty : ", " + CliTexts.Format("guide.section", culture, source.Section);
        return CliTexts.Format("guide.source", culture, source.Publisher, source.Title, section);
    }
}
