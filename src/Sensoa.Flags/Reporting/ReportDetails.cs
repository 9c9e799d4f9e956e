namespace Sensoa.Flags.Reporting;

/// <summary>
/// What a case file needs around the assessment itself: when it was made, the case it belongs to and who made it. Every
/// field is optional; the report prints the ones given. Case reference and author are printed as given (escaped).
/// </summary>
public sealed record ReportDetails
{
    /// <summary>The longest case reference or author name accepted, in UTF-16 code units.</summary>
    public const int MaxTextLength = 200;

    /// <summary>Gets the moment of the assessment; the report shows it in Brussels (Amsterdam) time with its offset.</summary>
    public DateTimeOffset? AssessedAt { get; init; }

    /// <summary>Gets the case reference, for example the case number of the case-management system.</summary>
    public string? CaseReference { get; init; }

    /// <summary>Gets who made the assessment (a name or a role).</summary>
    public string? Author { get; init; }

    /// <summary>
    /// Says what is wrong with a case reference or author, or returns null when it can be printed: at most
    /// <see cref="MaxTextLength"/> characters, no control characters. The message never repeats the text.
    /// </summary>
    /// <param name="text">The case reference or author; null is fine.</param>
    /// <returns>The problem, or null.</returns>
    public static string? Problem(string? text) => text switch
    {
        null => null,
        { Length: > MaxTextLength } => $"longer than {MaxTextLength} characters",
        _ when text.Any(char.IsControl) => "contains a control character (a line break, a tab, ...)",
        _ when string.IsNullOrWhiteSpace(text) => "empty",
        _ => null,
    };
}
