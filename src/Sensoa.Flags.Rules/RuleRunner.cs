using NRules;

namespace Sensoa.Flags.Rules;

/// <summary>Fires an NRules session under a limit, and turns what NRules throws into the library's <see cref="RuleSetException"/>.</summary>
internal static class RuleRunner
{
    /// <summary>
    /// Fires until no rule is left on the agenda. Every rule is non-repeatable, so a correct rule set fires at most once per
    /// rule and fact: <paramref name="limit"/> is that number, and reaching it with rules still waiting means a loop, which
    /// stops with an error rather than running on (NRules' own <c>Fire()</c> has no such guard).
    /// </summary>
    /// <exception cref="RuleSetException">A condition or action failed, or the limit was reached.</exception>
    public static void Fire(ISession session, int limit)
    {
        try
        {
            session.Fire(limit);
        }
        catch (RuleRhsExpressionEvaluationException e)
        {
            throw new RuleSetException(e.RuleName, $"Rule '{e.RuleName}' failed in its action: {e.InnerException?.Message}", e.InnerException ?? e);
        }
        catch (RuleExpressionEvaluationException e)
        {
            throw new RuleSetException($"A rule condition failed ({e.Expression}): {e.InnerException?.Message}", e.InnerException ?? e);
        }

        if (!session.Agenda.IsEmpty)
        {
            var next = session.Agenda.Peek().Rule.Name;
            throw new RuleSetException(next, $"Stopped after {limit} rule firings, the most a correct rule set makes here: rule '{next}' was about to fire again (a loop).", null);
        }
    }
}
