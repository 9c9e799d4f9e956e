namespace Sensoa.Flags.Rules.Engine;

/// <summary>
/// Thrown when a rule set is defined wrongly (duplicate ids) or runs away (the loop guard).
/// It signals a bug in a rule set, never bad input: input errors are returned as data.
/// </summary>
public sealed class RuleEngineException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="RuleEngineException"/> class.</summary>
    public RuleEngineException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleEngineException"/> class.</summary>
    /// <param name="message">What went wrong, naming the rule.</param>
    public RuleEngineException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleEngineException"/> class.</summary>
    /// <param name="message">What went wrong, naming the rule.</param>
    /// <param name="innerException">The cause.</param>
    public RuleEngineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
