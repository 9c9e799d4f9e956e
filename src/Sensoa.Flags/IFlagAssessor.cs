namespace Sensoa.Flags;

/// <summary>
/// Gives a flag to every behaviour of an incident with the Sensoa rules, and explains it.
/// Implementations are thread-safe: create one and share it.
/// </summary>
public interface IFlagAssessor
{
    /// <summary>Gets the version of the rule set; every assessment carries it.</summary>
    string RuleSetVersion { get; }

    /// <summary>Validates and assesses an incident. Invalid input gives errors, never an exception.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="options">Language and other options; null for the defaults.</param>
    /// <returns>The assessment, or the validation errors with their JSON paths.</returns>
    AssessmentResult Assess(Incident incident, AssessmentOptions? options = null);

    /// <summary>Parses, validates and assesses an incident given as UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON text of one incident.</param>
    /// <param name="options">Language and other options; null for the defaults.</param>
    /// <returns>The assessment, or every error found with its JSON path.</returns>
    AssessmentResult AssessJson(ReadOnlySpan<byte> utf8Json, AssessmentOptions? options = null);
}
