namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// The provenance of the consideration a rule adds (its id is the rule's id), where it rests on another part than the
/// rule's own action: a consideration tells the professional something to weigh, and that needs its own source.
/// </summary>
/// <param name="document">The publisher and title (one of <see cref="Sources"/>), or <see cref="Provenance.Library"/>.</param>
/// <param name="part">The part it rests on in the project's own words, or the library's reason.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class ConsiderationSourceAttribute(string document, string part) : Attribute
{
    public Provenance Source { get; } = new(document, part);
}
