namespace Sensoa.Flags.Cli;

/// <summary>
/// Text from outside (a path as typed, an id from a stored record) as the terminal may show it: controls such as ESC,
/// line separators, format characters and unpaired surrogates as <c>\uXXXX</c> (see <see cref="Json.PrintableText"/>).
/// </summary>
internal static class Printable
{
    public static string Text(string text) => Json.PrintableText.Text(text);
}
