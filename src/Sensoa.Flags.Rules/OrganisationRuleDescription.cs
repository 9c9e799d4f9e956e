namespace Sensoa.Flags.Rules;

/// <summary>An organisation's own rule beside the library's, from its NRules metadata, for listings.</summary>
/// <param name="Id">The rule's name (NRules' <c>[Name]</c>, else its class name).</param>
/// <param name="Priority">Its priority among the organisation's rules (they run in a session of their own).</param>
/// <param name="Description">Its <c>[Description]</c>, in the organisation's own words; empty when it has none.</param>
public sealed record OrganisationRuleDescription(string Id, int Priority, string Description);
