namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>What is wrong with a logbook line.</summary>
public enum LogbookProblemKind
{
    /// <summary>The line is not a logbook entry: not JSON, a missing or unknown field, a bad value.</summary>
    Malformed,

    /// <summary>The entry's content was changed after it was written (its hash, or the next entry's link, does not match).</summary>
    Edited,

    /// <summary>One or more entries before this line were removed.</summary>
    Missing,

    /// <summary>The entry is not in its place: entries were moved or swapped.</summary>
    Reordered,

    /// <summary>The file cannot be read as a logbook at all from this line on: not UTF-8, a line over the size limit, not a regular file.</summary>
    Unreadable,

    /// <summary>
    /// The entry's times are impossible: it was written before the entry above it (the clock was set back, or the entry
    /// was forged), or the incident it records happened after the entry was written.
    /// </summary>
    TimeOutOfOrder,
}
