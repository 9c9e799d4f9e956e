using NRules;
using NRules.RuleModel;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// Joins the behaviours of an incident with the case file before the library's session runs: the behaviours' facts and
/// the entries by person go into a session of <see cref="HistoryJoinRule"/> alone, which sets on each behaviour's fact
/// what its actor's entries are to it (<see cref="BehaviourFact.History"/>) before that fact enters the library's session.
/// As with the organisation rules, the library's own session never sees the entries. The join's rule inserts nothing, so
/// its sessions are reused as the library's are.
/// </summary>
internal sealed class HistoryJoin(IRuleDefinition rule)
{
    private readonly SessionPool sessions = new(new RuleCompiler().Compile([rule]), reuse: true);

    /// <summary>
    /// Sets on each of <paramref name="facts"/> what its actor's entries in <paramref name="history"/> are to it; a
    /// behaviour whose actor has none keeps <see cref="HistoryMatch.None"/>.
    /// </summary>
    /// <exception cref="RuleSetException">The join failed or fired more than once per behaviour.</exception>
    public void Run(BehaviourFact[] facts, IReadOnlyList<HistoryEntry> history)
    {
        if (history.Count > 0)
        {
            sessions.Run([.. facts, .. PersonHistory.Of(history)], facts.Length);
        }
    }
}
