namespace Sensoa.Flags.Rules.Engine;

/// <summary>
/// One rule, shaped like an NRules rule: a stable id, a description, a priority, a condition over one fact and an action.
/// Rules hold no state: one instance serves every session on every thread.
/// </summary>
/// <typeparam name="TFact">The type of fact the rule matches.</typeparam>
public abstract class Rule<TFact>
    where TFact : class
{
    /// <summary>Gets the stable id, for example <c>repetition.yellowToRed</c>. Ids never change once shipped.</summary>
    public abstract string Id { get; }

    /// <summary>Gets what the rule does, for people (documentation, listings).</summary>
    public abstract string Description { get; }

    /// <summary>Gets the priority: of the rules whose condition holds, the highest fires first. Ties go to the rule registered first.</summary>
    public virtual int Priority => 0;

    /// <summary>
    /// Gets whether the action changes anything a condition reads. A rule that only records (a note, a consideration)
    /// returns false: the session then goes on matching after it instead of from the top, since no condition before it
    /// can have become true. Return false only when that holds for every rule of the set.
    /// </summary>
    public virtual bool ChangesConditions => true;

    /// <summary>Gets whether the rule applies to the fact as it is now (the condition, NRules' <c>When</c>).</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>True when the rule should fire.</returns>
    public abstract bool When(TFact fact);

    /// <summary>Applies the rule to the fact (the action, NRules' <c>Then</c>).</summary>
    /// <param name="fact">The fact, which the action may change.</param>
    /// <param name="context">The firing context: the session, for inserting new facts.</param>
    public abstract void Then(TFact fact, IRuleContext<TFact> context);
}
