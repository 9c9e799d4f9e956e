using System.CommandLine;
using System.Globalization;

namespace Sensoa.Flags.Cli.Localization;

/// <summary>
/// <c>--lang en|nl</c>, the same on every command that writes texts: the code picks the culture once, and that culture
/// reaches the library's texts and the command line's own (<see cref="CliTexts"/>).
/// </summary>
internal static class LanguageOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--lang")
        {
            Description = $"The language of the texts: {string.Join(" or ", Languages.Supported)} (default {Languages.English}).",
            DefaultValueFactory = _ => Languages.English,
        };
        option.AcceptOnlyFromAmong([.. Languages.Supported]);
        return option;
    }

    /// <summary>Gets the culture the option's value names (English when it has none).</summary>
    public static CultureInfo Culture(ParseResult result, Option<string> option) => Languages.Culture(result.GetValue(option) ?? Languages.English);
}
