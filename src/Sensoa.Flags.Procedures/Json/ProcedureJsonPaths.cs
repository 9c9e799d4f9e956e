using Sensoa.Flags.Json;

namespace Sensoa.Flags.Procedures.Json;

/// <summary>
/// JSON paths in the library's dot and bracket notation (<c>$.participants[0].id</c>, <c>$['odd name']</c>).
/// Built by the core library's <see cref="JsonPaths"/>, so procedure files get the same escaping of control, format and
/// bidirectional characters and the same cut of long names as incidents.
/// </summary>
internal static class ProcedureJsonPaths
{
    public const string Root = JsonPaths.Root;

    public static string Property(string parent, string name) => JsonPaths.Property(parent, name);

    public static string Index(string parent, int index) => JsonPaths.Index(parent, index);

    /// <summary>Re-roots a path found inside a nested document, e.g. <c>$.people[0]</c> under <c>$.incident</c>.</summary>
    public static string Under(string parent, string nestedPath) =>
        nestedPath.StartsWith(Root, StringComparison.Ordinal) ? parent + nestedPath[Root.Length..] : parent;
}
