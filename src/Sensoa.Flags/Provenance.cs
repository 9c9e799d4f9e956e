namespace Sensoa.Flags;

/// <summary>
/// What a rule, a consideration or a referral condition rests on: a published document by its publisher and title and
/// the part of it, said in the project's own words; or <see cref="Library"/> with one line on why the library decided it
/// where the sources say nothing.
/// </summary>
/// <param name="Document">The publisher and title of the document, or <c>library</c>.</param>
/// <param name="Part">The part it rests on, or the library's reason.</param>
public sealed record Provenance(string Document, string Part)
{
    /// <summary>The document name of what the library decided itself.</summary>
    public const string Library = "library";

    /// <summary>Gets whether the library decided it itself, rather than a published document.</summary>
    public bool IsLibrary => Document == Library;

    /// <inheritdoc/>
    public override string ToString() => IsLibrary ? $"library: {Part}" : $"{Document}, {Part}";
}
