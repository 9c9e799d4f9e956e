namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// Marks a rule whose condition needs the case file's entries (<see cref="BehaviourFact.History"/>): it can fire only for
/// an incident with a history, so the network for incidents without one leaves it out (<see cref="SensoaRuleSet.WithHistory"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class NeedsHistoryAttribute : Attribute;
