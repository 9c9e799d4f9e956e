namespace Sensoa.Flags;

/// <summary>The documented limits of one incident; input beyond them is refused with <see cref="ValidationCodes.TooLarge"/>.</summary>
public static class Limits
{
    /// <summary>The largest JSON input, in bytes (1 MiB).</summary>
    public const int MaxInputBytes = 1024 * 1024;

    /// <summary>The deepest nesting of JSON objects and arrays. The contract needs 4.</summary>
    public const int MaxDepth = 16;

    /// <summary>The most people in one incident.</summary>
    public const int MaxPeople = 100;

    /// <summary>The most behaviours in one incident.</summary>
    public const int MaxBehaviours = 200;

    /// <summary>The most history entries in one incident.</summary>
    public const int MaxHistoryEntries = 1000;

    /// <summary>The longest id, in characters.</summary>
    public const int MaxIdLength = 64;

    /// <summary>The longest description, in characters.</summary>
    public const int MaxDescriptionLength = 4000;

    /// <summary>The longest override reason, in characters.</summary>
    public const int MaxReasonLength = 2000;

    /// <summary>The most labels on one behaviour.</summary>
    public const int MaxLabels = 20;

    /// <summary>The longest label, in characters.</summary>
    public const int MaxLabelLength = 64;

    /// <summary>The highest age, and the most years ago, that are accepted.</summary>
    public const double MaxYears = 120;

    /// <summary>The most errors reported for one input; the rest are counted in one last error.</summary>
    public const int MaxErrors = 100;
}
