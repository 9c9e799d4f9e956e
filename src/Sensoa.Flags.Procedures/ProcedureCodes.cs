namespace Sensoa.Flags.Procedures;

/// <summary>The procedure files' own error codes, beside the contract's <see cref="ValidationCodes"/>.</summary>
public static class ProcedureCodes
{
    /// <summary>A file written by a newer version of the library (its <c>schemaVersion</c> is higher than this version reads).</summary>
    public const string UnsupportedVersion = "unsupportedVersion";
}
