namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// The document a library rule rests on, read from the rule class with NRules' own metadata (its CLR type). The part it
/// rests on is the text <c>rule.{id}.source</c>, in English and Dutch, in the project's own words.
/// </summary>
/// <param name="document">The publisher and title (one of <see cref="Sources"/>), or <see cref="Provenance.Library"/>.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class SourceAttribute(string document) : Attribute
{
    public string Document { get; } = document;
}
