using System.Globalization;

namespace Sensoa.Flags.Procedures.Json;

/// <summary>JSON paths in the library's dot and bracket notation (<c>$.participants[0].id</c>, <c>$['odd name']</c>).</summary>
internal static class ProcedureJsonPaths
{
    public const string Root = "$";

    public static string Property(string parent, string name) =>
        IsIdentifier(name) ? string.Concat(parent, ".", name) : string.Concat(parent, "['", Escape(name), "']");

    public static string Index(string parent, int index) =>
        string.Concat(parent, "[", index.ToString(CultureInfo.InvariantCulture), "]");

    /// <summary>Re-roots a path found inside a nested document, e.g. <c>$.people[0]</c> under <c>$.incident</c>.</summary>
    public static string Under(string parent, string nestedPath) =>
        nestedPath.StartsWith(Root, StringComparison.Ordinal) ? parent + nestedPath[Root.Length..] : parent;

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static string Escape(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 8);
        foreach (var c in name)
        {
            if (c is '\'' or '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029')
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
