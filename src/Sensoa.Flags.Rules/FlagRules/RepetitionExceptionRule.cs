using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>repetition.exception</c>: a child under 6, a person with a disability or a person functioning at a low level
/// often needs repetition to learn; their repeated yellow or red keeps its flag, and the rationale says why.
/// </summary>
internal sealed class RepetitionExceptionRule : FlagRule
{
    public override string Id => "repetition.exception";

    public override int Priority => RulePriorities.RepetitionException;

    public override bool When(BehaviourFact fact) =>
        fact.Flag is Flag.Yellow or Flag.Red
        && fact.Behaviour.RepeatedAfterCorrection
        && fact.Exemption is not null
        && !fact.RaisedByContext;

    public override void Then(BehaviourFact fact, IRuleContext<BehaviourFact> context) =>
        fact.Note(Id, fact.Format(MessageKey, Localization.Texts.Flag(fact.Flag, fact.Culture), fact.Text(fact.Exemption!)));
}
