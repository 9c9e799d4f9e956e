using System.Globalization;
using System.Text;

namespace Sensoa.Flags.Json;

/// <summary>
/// Builds JSON paths in the dot and bracket notation (<c>$.people[0].id</c>, <c>$['odd name']</c>), the form every
/// <see cref="ValidationError.Path"/> takes. A name from the input is escaped and cut, so that a path stays on one line.
/// </summary>
public static class JsonPaths
{
    /// <summary>The path of the document itself.</summary>
    public const string Root = "$";

    /// <summary>The longest property name a path repeats; a longer (unknown) name is cut and ends in <c>...</c>.</summary>
    public const int MaxNameLength = 64;

    /// <summary>Gets the path of a property of an object.</summary>
    /// <param name="parent">The object's path.</param>
    /// <param name="name">The property's name, as the input gave it.</param>
    /// <returns><c>parent.name</c>, or <c>parent['name']</c> for a name that is no identifier.</returns>
    public static string Property(string parent, string name) =>
        name.Length <= MaxNameLength && IsIdentifier(name) ? string.Concat(parent, ".", name) : string.Concat(parent, "['", Escape(name), "']");

    /// <summary>Gets the path of an item of an array.</summary>
    /// <param name="parent">The array's path.</param>
    /// <param name="index">The item's index, from 0.</param>
    /// <returns><c>parent[index]</c>.</returns>
    public static string Index(string parent, int index) =>
        string.Concat(parent, "[", index.ToString(CultureInfo.InvariantCulture), "]");

    /// <summary>Re-roots a path found inside a nested document, e.g. <c>$.people[0]</c> under <c>$.incident</c>.</summary>
    /// <param name="parent">Where the nested document sits.</param>
    /// <param name="nestedPath">The path within the nested document.</param>
    /// <returns>The path within the outer document (<c>$.incident.people[0]</c>).</returns>
    public static string Under(string parent, string nestedPath) =>
        nestedPath.StartsWith(Root, StringComparison.Ordinal) ? parent + nestedPath[Root.Length..] : parent;

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Escapes quotes, backslashes, and every character that could break or disguise a line (controls, line separators,
    /// bidirectional and other format characters, surrogates, private-use and unassigned code points), so that a path
    /// always stays on one visible line. A name longer than <see cref="MaxNameLength"/> is cut: an error line stays short
    /// whatever the input holds.
    /// </summary>
    private static string Escape(string name)
    {
        var cut = name.Length > MaxNameLength;
        var builder = new StringBuilder(Math.Min(name.Length, MaxNameLength) + 16);
        foreach (var c in cut ? name.AsSpan(0, MaxNameLength) : name.AsSpan())
        {
            if (c == '\'' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (NeedsEscape(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return (cut ? builder.Append("...") : builder).ToString();
    }

    private static bool NeedsEscape(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.LineSeparator
        or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
}
