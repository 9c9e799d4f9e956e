using System.Globalization;
using Stateless;
using Stateless.Graph;

namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>
/// Builds the Stateless machine over one state: each forward transition guarded by its rules (the rule id is the guard's
/// description, so unmet guards come back by id), the in-place triggers as re-entries. Cheap: built per call.
/// </summary>
internal static class SextingMachine
{
    public static StateMachine<SextingStep, SextingTrigger> Build(Jurisdiction jurisdiction, Func<SextingStep> read, Action<SextingStep> write, Func<SextingRule, bool> passes)
    {
        var machine = new StateMachine<SextingStep, SextingTrigger>(read, write);
        foreach (var (from, trigger, to) in SextingTransitions.Forward(jurisdiction))
        {
            machine.Configure(from).PermitIf(trigger, to, Guards(jurisdiction, trigger, passes));
        }

        foreach (var step in SextingTransitions.Steps(jurisdiction).Where(s => s != SextingStep.Closed))
        {
            foreach (var trigger in SextingTransitions.InPlace)
            {
                machine.Configure(step).PermitReentryIf(trigger, Guards(jurisdiction, trigger, passes));
            }
        }

        return machine;
    }

    public static string ToDot(Jurisdiction jurisdiction)
    {
        var step = SextingTransitions.First(jurisdiction);
        return UmlDotGraph.Format(Build(jurisdiction, () => step, s => step = s, _ => true).GetInfo());
    }

    /// <summary>
    /// Fires the trigger on the would-be state; returns the ids of the rules that refused it (empty when it fired).
    /// </summary>
    public static IReadOnlyList<string> TryFire(SextingStep from, SextingTrigger trigger, SextingIncidentState candidate, CultureInfo culture, out SextingStep to)
    {
        var step = from;
        var machine = Build(candidate.Jurisdiction, () => step, s => step = s, rule => rule.Check(candidate, culture).Count == 0);
        if (!machine.CanFire(trigger, out var unmet))
        {
            to = from;
            return unmet.ToArray();
        }

        machine.Fire(trigger);
        to = step;
        return [];
    }

    private static Tuple<Func<bool>, string>[] Guards(Jurisdiction jurisdiction, SextingTrigger trigger, Func<SextingRule, bool> passes)
    {
        var guards = SextingRules.For(jurisdiction, trigger).Select(rule => Tuple.Create<Func<bool>, string>(() => passes(rule), rule.Id)).ToArray();
        // Stateless needs at least one guard for PermitIf; a trigger without rules is always allowed.
        return guards.Length > 0 ? guards : [Tuple.Create<Func<bool>, string>(() => true, "always")];
    }
}
