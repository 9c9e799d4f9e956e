using NRules.Fluent.Dsl;
using Sensoa.Flags.Rules.Organisation;

namespace Sensoa.Flags.Testing;

/// <summary>
/// An organisation rule that asks for red for a behaviour labelled <c>wants-red</c>: what an organisation may not do
/// (its concern stops at yellow), and an organisation section for the rule listings.
/// </summary>
[Name("school.zeroTolerance")]
[Description("Zero tolerance: the school would give red.")]
public sealed class ZeroToleranceRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        BehaviourView behaviour = null!;
        When().Match(() => behaviour, b => b.Labels.Contains("wants-red"));
        Then().Do(ctx => ctx.RaiseConcern(behaviour, "zero tolerance at our school", Flag.Red));
    }
}
