namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>The provenance of a library rule, read from the rule class with NRules' own metadata (its CLR type).</summary>
/// <param name="document">The publisher and title (one of <see cref="Sources"/>), or <see cref="Provenance.Library"/>.</param>
/// <param name="part">The part it rests on in the project's own words, or the library's reason.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class SourceAttribute(string document, string part) : Attribute
{
    public Provenance Source { get; } = new(document, part);
}
