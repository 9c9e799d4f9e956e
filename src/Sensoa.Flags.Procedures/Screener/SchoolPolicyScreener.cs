namespace Sensoa.Flags.Procedures.Screener;

/// <summary>Creates the screener: <c>var screener = SchoolPolicyScreener.Create();</c>.</summary>
public static class SchoolPolicyScreener
{
    /// <summary>Creates the screener. It is thread-safe: create one and share it.</summary>
    /// <returns>The screener.</returns>
    public static ISchoolPolicyScreener Create() => new PolicyScreener();
}
