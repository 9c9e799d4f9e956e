using System.Collections.Concurrent;
using System.Globalization;
using Sensoa.Flags.Rules.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// What a rule recorded when it fired on a behaviour: its id, the flag before and after, the factor it applied, and (in
/// the rule's own subtype) the values its message needs. The session handles no text: the message is written from the
/// record when the result is built, in the caller's language.
/// </summary>
/// <param name="RuleId">The rule's public id (the one <see cref="FiredRule.Id"/> carries).</param>
/// <param name="From">The flag before.</param>
/// <param name="To">The flag after: a change when it differs from <paramref name="From"/>, a note otherwise.</param>
/// <param name="Applies">The factor the change applied, so that it counts once.</param>
internal abstract record Firing(string RuleId, Flag? From, Flag? To, Aggravation Applies = Aggravation.None)
{
    /// <summary>Gets the status the firing leaves the assessment in.</summary>
    public virtual AssessmentStatus Status => AssessmentStatus.Complete;

    /// <summary>
    /// The written firings of records whose values come from a small closed set (<see cref="Shared"/>), per language:
    /// every assessment writes the same few messages, and an API answers thousands a second (benchmarks/README.md).
    /// </summary>
    private static readonly ConcurrentDictionary<(Firing Firing, string Language), FiredRule> Written = new();

    /// <summary>
    /// Gets whether the record's values come from a small closed set (flags, factors, a shared list of criteria), so that
    /// its written form can be kept per language; false for a record that carries text or entries from the input.
    /// </summary>
    protected virtual bool Shared => false;

    /// <summary>Writes the message in <paramref name="culture"/>'s language.</summary>
    public abstract string Message(CultureInfo culture);

    /// <summary>Writes the firing in <paramref name="culture"/>'s language.</summary>
    public FiredRule ToFiredRule(CultureInfo culture) =>
        Shared
            ? Written.GetOrAdd((this, Languages.Of(culture)), static (key, culture) => key.Firing.Write(culture), culture)
            : Write(culture);

    private FiredRule Write(CultureInfo culture) => new(RuleId, From, To, Message(culture));
}

/// <summary>A firing whose message is the rule's text as it stands (<c>rule.{id}.message</c>).</summary>
internal sealed record FixedFiring(string RuleId, Flag? From, Flag? To, Aggravation Applies = Aggravation.None)
    : Firing(RuleId, From, To, Applies)
{
    protected override bool Shared => true;

    public override string Message(CultureInfo culture) => RuleTexts.Message(RuleId, culture);
}
