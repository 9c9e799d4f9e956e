namespace Sensoa.Flags.Rules;

/// <summary>
/// What a rule rests on: a published document by its title and the part of it, said in the project's own words; or
/// <see cref="Library"/> with one line on why the library decided it where the sources say nothing.
/// </summary>
/// <param name="Document">The publisher and title of the document, or <c>library</c>.</param>
/// <param name="Part">The part it rests on, or the library's reason.</param>
public sealed record RuleSource(string Document, string Part)
{
    /// <summary>The document name of a rule the library decided itself.</summary>
    public const string Library = "library";

    /// <inheritdoc/>
    public override string ToString() => Document == Library ? $"library: {Part}" : $"{Document}, {Part}";
}
