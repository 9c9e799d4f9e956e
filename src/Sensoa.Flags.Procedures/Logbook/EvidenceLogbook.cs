namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>Creates the evidence logbook: <c>var logbook = EvidenceLogbook.Create(TimeProvider.System);</c>.</summary>
public static class EvidenceLogbook
{
    /// <summary>Creates a logbook whose entries take their time from the given clock.</summary>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> in production, a fixed clock in tests.</param>
    /// <returns>The logbook.</returns>
    public static IEvidenceLogbook Create(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return new JsonLinesLogbook(timeProvider);
    }
}
