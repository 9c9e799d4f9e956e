using System.Buffers;
using System.Globalization;
using System.Text;

namespace Sensoa.Flags.Json;

/// <summary>
/// Text from outside (a path as typed, an id from a stored record) as the terminal may show it: every character that
/// could drive the terminal or disguise the line (controls such as ESC, line and paragraph separators, bidirectional
/// and other format characters, unpaired surrogates) is written as <c>\uXXXX</c>; everything else, emoji included, is
/// left as it is. The command-line sample writes paths and ids this way; an integrator's own tool can do the same.
/// </summary>
public static class PrintableText
{
    /// <summary>Gets <paramref name="text"/> with every character that could drive a terminal written as <c>\uXXXX</c>.</summary>
    /// <param name="text">The text from outside.</param>
    /// <returns>The text itself when nothing needed escaping, else an escaped copy.</returns>
    public static string Text(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        var escaped = false;
        for (var rest = text.AsSpan(); !rest.IsEmpty;)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) != OperationStatus.Done || NeedsEscape(rune))
            {
                foreach (var c in rest[..used])
                {
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                }

                escaped = true;
            }
            else
            {
                builder.Append(rest[..used]);
            }

            rest = rest[used..];
        }

        return escaped ? builder.ToString() : text;
    }

    private static bool NeedsEscape(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
