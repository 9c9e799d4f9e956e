namespace Sensoa.Flags.Rules.Engine;

/// <summary>What an action may do besides changing its own fact.</summary>
/// <typeparam name="TFact">The type of fact.</typeparam>
public interface IRuleContext<TFact>
    where TFact : class
{
    /// <summary>Gets the rule that is firing.</summary>
    Rule<TFact> Rule { get; }

    /// <summary>Inserts a new fact into the session; rules are then matched against it too (forward chaining).</summary>
    /// <param name="fact">The new fact.</param>
    void Insert(TFact fact);
}
