using Sensoa.Flags.Rules.Engine;
using Sensoa.Flags.Rules.FlagRules;

namespace Sensoa.Flags.Rules;

/// <summary>
/// A rule session and its facts, kept per thread and reused by every assessment on that thread: the rule set is
/// shared and immutable, the working memory is not, so each thread has its own. Renting takes it off the thread, so
/// a nested assessment on the same thread gets a fresh one rather than a session in use.
/// </summary>
internal sealed class Workspace
{
    [ThreadStatic]
    private static Workspace? current;

    private readonly List<BehaviourFact> facts = [];

    private Workspace(RuleSet<BehaviourFact> ruleSet)
    {
        Session = ruleSet.CreateSession();
    }

    public RuleSession<BehaviourFact> Session { get; }

    public static Workspace Rent(RuleSet<BehaviourFact> ruleSet)
    {
        var workspace = current;
        if (workspace is not null && ReferenceEquals(workspace.Session.RuleSet, ruleSet))
        {
            current = null;
            return workspace;
        }

        return new Workspace(ruleSet);
    }

    /// <summary>Gets the reusable fact at an insertion index.</summary>
    public BehaviourFact Fact(int index)
    {
        while (facts.Count <= index)
        {
            facts.Add(new BehaviourFact());
        }

        return facts[index];
    }

    /// <summary>Empties the session, lets go of the incident, and keeps the workspace for the thread's next assessment.</summary>
    public void Return()
    {
        var used = Session.Facts.Count;
        Session.Reset();
        for (var i = 0; i < used; i++)
        {
            facts[i].Clear();
        }

        current = this;
    }
}
