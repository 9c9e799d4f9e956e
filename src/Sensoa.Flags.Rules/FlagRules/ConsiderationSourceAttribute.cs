namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// The document the consideration a rule adds rests on (its id is the rule's id). A consideration tells the professional
/// something to weigh, and that needs its own source: the part is the text <c>rule.{id}.considerationSource</c>, in
/// English and Dutch.
/// </summary>
/// <param name="document">The publisher and title (one of <see cref="Sources"/>), or <see cref="Provenance.Library"/>.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class ConsiderationSourceAttribute(string document) : Attribute
{
    public string Document { get; } = document;
}
