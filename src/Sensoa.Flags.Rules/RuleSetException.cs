namespace Sensoa.Flags.Rules;

/// <summary>
/// Thrown when the rule set is wrong: it does not load as expected, a rule's condition or action fails, or a run goes past
/// the firing limit. It signals a bug in a rule (the library's or an organisation's), never bad input: input errors are
/// returned as data.
/// </summary>
public sealed class RuleSetException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="RuleSetException"/> class.</summary>
    public RuleSetException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleSetException"/> class.</summary>
    /// <param name="message">What went wrong.</param>
    public RuleSetException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleSetException"/> class.</summary>
    /// <param name="message">What went wrong, naming the rule.</param>
    /// <param name="innerException">The cause.</param>
    public RuleSetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RuleSetException"/> class for a failure in one rule.</summary>
    /// <param name="ruleId">The id of the rule that failed.</param>
    /// <param name="message">What went wrong, naming the rule.</param>
    /// <param name="innerException">The cause, if any.</param>
    public RuleSetException(string ruleId, string message, Exception? innerException)
        : base(message, innerException)
    {
        RuleId = ruleId;
    }

    /// <summary>Gets the id of the rule that failed, when one rule is to blame.</summary>
    public string? RuleId { get; }
}
