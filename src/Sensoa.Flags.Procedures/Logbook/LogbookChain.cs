using Sensoa.Flags.Procedures.Localization;

namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>
/// Checks the hash chain of the well-formed lines and names, per line, what is wrong: an entry whose content no longer
/// matches its hash (edited), an entry whose hash was recomputed after editing (the next entry's link does not match),
/// a gap in the sequence with no line holding the missing numbers (missing), or a sequence out of order (reordered).
/// At most one problem per line: the first that explains it. Every look-up is a dictionary, a binary search or a suffix
/// minimum, so that a long logbook costs no more than a few passes.
/// <para>
/// It finds what was done to some entries and not to those after them. A logbook whose hashes were recomputed from the
/// edit to the end, whose last entries were cut off, or that was written afresh, is a valid chain and passes: only a
/// receipt kept outside the file (<see cref="LogbookReceipts"/>) catches that.
/// </para>
/// </summary>
internal static class LogbookChain
{
    public static IEnumerable<LogbookProblem> Check(IReadOnlyList<Link> lines, IReadOnlySet<int> malformedLines)
    {
        var bySequence = new Dictionary<long, Link>();
        foreach (var line in lines)
        {
            bySequence.TryAdd(line.Sequence, line);
        }

        var sequences = bySequence.Keys.Order().ToArray();

        // The smallest sequence after each line: only where a later line holds a smaller one must it be looked for.
        var laterMinimum = new long[lines.Count + 1];
        laterMinimum[lines.Count] = long.MaxValue;
        for (var index = lines.Count - 1; index >= 0; index--)
        {
            laterMinimum[index] = Math.Min(laterMinimum[index + 1], lines[index].Sequence);
        }

        var problems = new Dictionary<int, LogbookProblem>();
        void Add(LogbookProblem problem) => problems.TryAdd(problem.Line, problem);

        long maxBefore = 0;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            var (number, sequence) = (line.Number, line.Sequence);
            if (!line.HashMatches)
            {
                Add(new(number, LogbookProblemKind.Edited, Reason("$", "error.logbook.hashDiffers", sequence)));
            }
            else if (sequence <= maxBefore)
            {
                Add(new(number, LogbookProblemKind.Reordered, Reason("$", "error.logbook.after", sequence, maxBefore)));
            }
            else if (laterMinimum[index + 1] < sequence && FirstLaterBelow(lines, index, maxBefore, sequence) is { } later)
            {
                Add(new(number, LogbookProblemKind.Reordered, Reason("$", "error.logbook.before", sequence, later.Sequence, later.Number)));
            }
            else if (sequence > 1 && !bySequence.ContainsKey(sequence - 1))
            {
                if (!malformedLines.Contains(number - 1))
                {
                    var from = LargestBelow(sequences, sequence) + 1;
                    Add(new(number, LogbookProblemKind.Missing, from == sequence - 1
                        ? Reason("$", "error.logbook.missingEntry", from)
                        : Reason("$", "error.logbook.missingEntries", from, sequence - 1)));
                }
            }
            else if (sequence == 1 && line.PreviousHash != LogbookCanonical.GenesisHash)
            {
                Add(new(number, LogbookProblemKind.Edited, Reason("$.previousHash", "error.logbook.firstLink")));
            }
            else if (sequence > 1 && bySequence[sequence - 1] is var previous && line.PreviousHash != previous.Hash)
            {
                Add(new(previous.Number, LogbookProblemKind.Edited, Reason("$", "error.logbook.hashRecomputed", previous.Sequence, sequence, number)));
            }

            maxBefore = Math.Max(maxBefore, sequence);
        }

        return problems.Values;
    }

    private static long LargestBelow(long[] sorted, long sequence)
    {
        var at = Array.BinarySearch(sorted, sequence);
        var below = (at >= 0 ? at : ~at) - 1;
        return below >= 0 ? sorted[below] : 0;
    }

    private static Link? FirstLaterBelow(IReadOnlyList<Link> lines, int index, long above, long below)
    {
        for (var later = index + 1; later < lines.Count; later++)
        {
            var sequence = lines[later].Sequence;
            if (sequence > above && sequence < below)
            {
                return lines[later];
            }
        }

        return null;
    }

    /// <summary>What the chain needs of one well-formed line.</summary>
    /// <param name="Number">The line number, from 1.</param>
    /// <param name="Sequence">The entry's sequence number.</param>
    /// <param name="Hash">The entry's hash as written.</param>
    /// <param name="PreviousHash">The hash the entry links to.</param>
    /// <param name="HashMatches">Whether the entry's content gives its hash.</param>
    internal readonly record struct Link(int Number, long Sequence, string Hash, string PreviousHash, bool HashMatches);

    private static ValidationError Reason(string path, string key, params object?[] args) => ProcedureTexts.Error(path, ValidationCodes.Invalid, key, args);
}
