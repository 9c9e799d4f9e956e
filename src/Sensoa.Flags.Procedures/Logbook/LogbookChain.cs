namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>
/// Checks the hash chain of the well-formed lines and names, per line, what is wrong: an entry whose content no longer
/// matches its hash (edited), an entry whose hash was recomputed after editing (the next entry's link does not match),
/// a gap in the sequence with no line holding the missing numbers (missing), or a sequence out of order (reordered).
/// At most one problem per line: the first that explains it.
/// </summary>
internal static class LogbookChain
{
    public static IEnumerable<LogbookProblem> Check(IReadOnlyList<(int Line, LogbookEntry Entry)> lines, IReadOnlySet<int> malformedLines)
    {
        var bySequence = new Dictionary<long, (int Line, LogbookEntry Entry)>();
        foreach (var line in lines)
        {
            bySequence.TryAdd(line.Entry.Sequence, line);
        }

        var problems = new Dictionary<int, LogbookProblem>();
        void Add(LogbookProblem problem) => problems.TryAdd(problem.Line, problem);

        long maxBefore = 0;
        for (var index = 0; index < lines.Count; index++)
        {
            var (number, entry) = lines[index];
            var sequence = entry.Sequence;
            if (LogbookCanonical.Hash(entry) != entry.Hash)
            {
                Add(new(number, LogbookProblemKind.Edited, "$", $"entry {sequence} does not match its hash: it was changed after it was written"));
            }
            else if (sequence <= maxBefore)
            {
                Add(new(number, LogbookProblemKind.Reordered, "$", $"entry {sequence} comes after entry {maxBefore}: entries were moved or copied"));
            }
            else if (FirstLaterBelow(lines, index, maxBefore, sequence) is { } later)
            {
                Add(new(number, LogbookProblemKind.Reordered, "$", $"entry {sequence} comes before entry {later.Entry.Sequence} (line {later.Line}): entries were moved"));
            }
            else if (sequence > 1 && !bySequence.ContainsKey(sequence - 1))
            {
                if (!malformedLines.Contains(number - 1))
                {
                    var from = bySequence.Keys.Where(s => s < sequence).DefaultIfEmpty(0).Max() + 1;
                    Add(new(number, LogbookProblemKind.Missing, "$", from == sequence - 1
                        ? $"entry {from} is missing before this line: it was removed"
                        : $"entries {from} to {sequence - 1} are missing before this line: they were removed"));
                }
            }
            else if (sequence == 1 && entry.PreviousHash != LogbookCanonical.GenesisHash)
            {
                Add(new(number, LogbookProblemKind.Edited, "$.previousHash", "the first entry must link to 64 zeros: entries before it were removed or it was changed"));
            }
            else if (sequence > 1 && bySequence[sequence - 1] is var previous && entry.PreviousHash != previous.Entry.Hash)
            {
                Add(new(previous.Line, LogbookProblemKind.Edited, "$", $"entry {previous.Entry.Sequence} was changed and its hash recomputed: entry {sequence} (line {number}) links to another hash"));
            }

            maxBefore = Math.Max(maxBefore, sequence);
        }

        return problems.Values;
    }

    private static (int Line, LogbookEntry Entry)? FirstLaterBelow(IReadOnlyList<(int Line, LogbookEntry Entry)> lines, int index, long above, long below)
    {
        for (var later = index + 1; later < lines.Count; later++)
        {
            var sequence = lines[later].Entry.Sequence;
            if (sequence > above && sequence < below)
            {
                return lines[later];
            }
        }

        return null;
    }
}
