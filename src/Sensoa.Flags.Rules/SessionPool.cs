using Microsoft.Extensions.ObjectPool;
using NRules;

namespace Sensoa.Flags.Rules;

/// <summary>
/// Runs the rules of one compiled rule set in NRules sessions. A new session builds its working memory, agenda and
/// per-node metrics before a single rule runs, which costs more than the rules themselves (benchmarks/README.md), so the
/// library's rule set reuses its sessions: its rules insert no facts, so retracting what the assessment inserted leaves a
/// session as empty as a new one. Organisation rules, which may insert facts of their own, never run here:
/// they have sessions of their own (<see cref="Organisation.OrganisationRuleSet"/>). A session that failed is dropped. A
/// session serves one run at a time, so sharing the pool between threads is safe.
/// </summary>
internal sealed class SessionPool
{
    private readonly ISessionFactory factory;
    private readonly ObjectPool<ISession>? pool;

    /// <param name="factory">The compiled rules.</param>
    /// <param name="reuse">Whether sessions may be reused: only when no rule inserts facts of its own.</param>
    public SessionPool(ISessionFactory factory, bool reuse)
    {
        this.factory = factory;
        pool = reuse ? new DefaultObjectPool<ISession>(new Policy(factory), Environment.ProcessorCount * 2) : null;
    }

    /// <summary>
    /// Inserts <paramref name="facts"/> into a session, fires under <paramref name="limit"/>, and empties a reused session
    /// for the next run (a rule set that may not reuse gets a new session every time).
    /// </summary>
    /// <exception cref="RuleSetException">A condition or action failed, or the limit was reached; the session is dropped.</exception>
    /// <param name="facts">The facts of the run.</param>
    /// <param name="limit">The most firings a correct run makes.</param>
    public void Run(object[] facts, int limit)
    {
        var session = pool?.Get() ?? factory.CreateSession();
        session.InsertAll(facts);

        // RuleRunner throws when the firing did not end cleanly, and such a session is never returned.
        RuleRunner.Fire(session, limit);
        if (pool is not null)
        {
            session.RetractAll(facts);
            pool.Return(session);
        }
    }

    private sealed class Policy(ISessionFactory factory) : IPooledObjectPolicy<ISession>
    {
        public ISession Create() => factory.CreateSession();

        public bool Return(ISession obj) => true;
    }
}
