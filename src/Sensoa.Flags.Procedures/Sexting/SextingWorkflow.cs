namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>Creates the sexting workflow: <c>var workflow = SextingWorkflow.Create();</c>.</summary>
public static class SextingWorkflow
{
    /// <summary>Creates the workflow. It is thread-safe: create one and share it.</summary>
    /// <param name="assessor">The flag assessor for the weigh step; null for <see cref="FlagAssessor.Create()"/>.</param>
    /// <param name="timeProvider">The clock for the history; null for <see cref="TimeProvider.System"/>.</param>
    /// <returns>The workflow.</returns>
    public static ISextingWorkflow Create(IFlagAssessor? assessor = null, TimeProvider? timeProvider = null) =>
        new StatelessSextingWorkflow(assessor ?? FlagAssessor.Create(), timeProvider ?? TimeProvider.System);
}
