namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>The tags of the Sensoa rules: what kind of outcome a rule records. Every library rule carries <see cref="Sensoa"/>.</summary>
internal static class RuleTags
{
    /// <summary>A rule of the library's own set (organisation rules do not carry it).</summary>
    public const string Sensoa = "sensoa";

    /// <summary>The rule sets the starting flag from the criteria.</summary>
    public const string Criteria = "criteria";

    /// <summary>The rule makes the flag heavier.</summary>
    public const string Escalation = "escalation";

    /// <summary>The rule records why the flag is as it is, without changing it.</summary>
    public const string Rationale = "rationale";

    /// <summary>The rule reports a factor for the professional to weigh.</summary>
    public const string Consideration = "consideration";

    /// <summary>
    /// The rule infers a fact for the library's rules and records nothing itself (<see cref="HistoryJoinRule"/>): it runs
    /// in a session of its own before the library's and is not listed or described with the library's rules, so it does
    /// not carry <see cref="Sensoa"/>.
    /// </summary>
    public const string Inference = "inference";
}
