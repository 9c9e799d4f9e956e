namespace Sensoa.Flags.Json;

/// <summary>
/// "Did you mean ...?": the allowed name closest to a misspelt one, by edit distance with swapped neighbours counted as
/// one edit. Used for unknown JSON property names and, in the CLI, for unknown commands and options.
/// </summary>
public static class ClosestName
{
    /// <summary>
    /// The candidate nearest to <paramref name="typed"/> (ignoring case), or null when none is close enough: at most one
    /// edit for short names, about one edit in three letters for longer ones. Ties go to the earlier candidate, so the
    /// answer is the same on every run.
    /// </summary>
    /// <param name="typed">The name as it was typed.</param>
    /// <param name="candidates">The names allowed there, in the order ties should favour.</param>
    /// <returns>The closest allowed name, or null when none is close enough (or the typed name is allowed as it is).</returns>
    public static string? Find(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidates);
        if (typed.Length == 0 || typed.Length > 64)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var allowed = Math.Max(1, Math.Min(typed.Length, candidate.Length) / 3);
            if (Math.Abs(candidate.Length - typed.Length) > allowed || string.Equals(candidate, typed, StringComparison.Ordinal))
            {
                continue;
            }

            var distance = Distance(typed, candidate);
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance, case-insensitive (ordinal upper-invariant).</summary>
    internal static int Distance(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 2])
                    && char.ToUpperInvariant(a[i - 2]) == char.ToUpperInvariant(b[j - 1]))
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
