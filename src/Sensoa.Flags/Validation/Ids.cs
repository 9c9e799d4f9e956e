using System.Diagnostics.CodeAnalysis;

namespace Sensoa.Flags.Validation;

/// <summary>
/// The contract's one rule for an id (of a person, a behaviour, a case): not empty or blank, at most
/// <see cref="Limits.MaxIdLength"/> characters, no control characters or unpaired surrogates. An id is printed on
/// terminals and in reports, so a document that refers to people or behaviours by id checks them the same way.
/// </summary>
public static class Ids
{
    /// <summary>Checks an id, reporting a problem at its path.</summary>
    /// <param name="id">The id; null counts as missing.</param>
    /// <param name="path">Its JSON path (<see cref="Json.JsonPaths"/>).</param>
    /// <param name="errors">Where a problem goes.</param>
    /// <returns>Whether the id is valid.</returns>
    public static bool Check([NotNullWhen(true)] string? id, string path, ErrorCollector errors)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(errors);
        return IncidentValidator.Id(id, ValidationPath.Of(path), errors);
    }
}
