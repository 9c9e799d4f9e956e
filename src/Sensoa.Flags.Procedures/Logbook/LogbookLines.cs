using System.Buffers;
using System.Text;
using Sensoa.Flags.Json;
using Sensoa.Flags.Validation;
using Sensoa.Flags.Procedures.Localization;

namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>
/// Reads a logbook line by line as bytes and checks each: its JSON, and, as it goes, whether it continues the chain of the
/// line before. A chain that runs clean costs one pass and a constant amount of memory whatever the length (an append reads
/// only the ends, see <see cref="LogbookTail"/>, and this only when they are not as it needs them); the first break switches to the full analysis of
/// <see cref="LogbookChain"/>, which names every problem. Reading stops at a line longer than
/// <see cref="LogbookCanonical.MaxLineBytes"/> (a file with no line ends, a device) and at an encoding that is not UTF-8.
/// </summary>
internal sealed class LogbookLines(bool keepEntries, bool keepLinks = false)
{
    private bool keepLinks = keepLinks || keepEntries;

    /// <summary>The most problems reported; a logbook this broken has no use for more.</summary>
    public const int MaxProblems = 1000;

    private readonly List<LogbookEntry> entries = [];
    private readonly List<int> entryLines = [];
    private readonly List<LogbookChain.Link> links = [];
    private readonly List<LogbookProblem> problems = [];
    private readonly HashSet<int> malformed = [];
    private LogbookChain.Link? last;
    private (DateTimeOffset Time, long Sequence, int Line)? lastWritten;
    private bool chainBroken;
    private int number;
    private int reported;
    private bool needsSecondPass;

    /// <summary>Gets the number of well-formed entries read.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the hash of the last entry (the chain's head), or the genesis hash when there is none.</summary>
    public string Head => last?.Hash ?? LogbookCanonical.GenesisHash;

    /// <summary>Gets the sequence number of the last entry, or 0.</summary>
    public long LastSequence => last?.Sequence ?? 0;

    /// <summary>Gets when the last well-formed entry was written, or null when there is none.</summary>
    public DateTimeOffset? LastTimestamp => lastWritten?.Time;

    /// <summary>Gets whether the file ends with a line end (or is empty), so that an append starts on a line of its own.</summary>
    public bool EndsWithLineEnd { get; private set; } = true;

    public LogbookVerification Read(Stream stream)
    {
        var origin = stream.CanSeek ? stream.Position : -1;
        var result = ReadOnce(stream);
        if (needsSecondPass && origin >= 0)
        {
            // The chain broke after links were no longer kept: read again, keeping them, for the full analysis.
            stream.Position = origin;
            var full = new LogbookLines(keepEntries, keepLinks: true);
            result = full.Read(stream);
            (Count, last, lastWritten, EndsWithLineEnd) = (full.Count, full.last, full.lastWritten, full.EndsWithLineEnd);
        }

        return result;
    }

    private LogbookVerification ReadOnce(Stream stream)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var start = 0;
            var end = 0;
            var first = true;
            while (true)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline >= 0)
                {
                    if (!Line(buffer.AsSpan(start, newline), ref first))
                    {
                        break;
                    }

                    start += newline + 1;
                    EndsWithLineEnd = true;
                    continue;
                }

                if (end - start > LogbookCanonical.MaxLineBytes)
                {
                    TooLong();
                    break;
                }

                // Move the partial line to the front; grow only for a line longer than the buffer, up to the limit.
                if (start > 0)
                {
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    end -= start;
                    start = 0;
                }

                if (end == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, LogbookCanonical.MaxLineBytes + 2));
                    buffer.AsSpan(0, end).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = stream.Read(buffer, end, buffer.Length - end);
                if (read == 0)
                {
                    if (end > start)
                    {
                        EndsWithLineEnd = false;
                        Line(buffer.AsSpan(start, end - start), ref first);
                    }

                    break;
                }

                end += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Result();
    }

    public LogbookVerification Read(TextReader reader)
    {
        keepLinks = true;
        var first = true;
        var line = new StringBuilder();
        var chunk = new char[16 * 1024];
        int read;
        while ((read = reader.Read(chunk, 0, chunk.Length)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                if (chunk[i] != '\n')
                {
                    line.Append(chunk[i]);
                    if (line.Length > LogbookCanonical.MaxLineBytes)
                    {
                        TooLong();
                        return Result();
                    }

                    continue;
                }

                if (!Line(Encoding.UTF8.GetBytes(line.ToString()), ref first))
                {
                    return Result();
                }

                line.Clear();
            }
        }

        if (line.Length > 0)
        {
            EndsWithLineEnd = false;
            Line(Encoding.UTF8.GetBytes(line.ToString()), ref first);
        }

        return Result();
    }

    private LogbookVerification Result()
    {
        if (chainBroken)
        {
            foreach (var problem in LogbookChain.Check(links, malformed))
            {
                Add(problem);
            }
        }

        return new LogbookVerification
        {
            Entries = entries.ToArray(),
            Problems = problems.OrderBy(p => p.Line).ToArray(),
            EntryLines = entryLines.ToArray(),
        };
    }

    /// <summary>Checks one line (without its line end); false when reading must stop.</summary>
    private bool Line(ReadOnlySpan<byte> utf8, ref bool first)
    {
        number++;
        if (first)
        {
            first = false;
            if (Unreadable(utf8) is { } why)
            {
                Add(new(number, LogbookProblemKind.Unreadable, why));
                return false;
            }

            if (utf8.StartsWith("\uFEFF"u8))
            {
                utf8 = utf8[3..];
            }
        }

        if (!utf8.IsEmpty && utf8[^1] == (byte)'\r')
        {
            utf8 = utf8[..^1];
        }

        var errors = new ErrorCollector();
        var entry = LogbookLineReader.Read(utf8, errors);
        if (errors.HasErrors || entry is null)
        {
            malformed.Add(number);
            foreach (var error in errors.ToList())
            {
                Add(new(number, LogbookProblemKind.Malformed, error));
            }

            return Broken();
        }

        var link = new LogbookChain.Link(number, entry.Sequence, entry.Hash, entry.PreviousHash, LogbookCanonical.Hash(entry) == entry.Hash);
        if (keepEntries)
        {
            entries.Add(entry);
            entryLines.Add(number);
        }

        Times(entry);

        // The clean chain: each entry matches its hash, numbers on from the one before and links to its hash.
        var continues = link.HashMatches && (last is { } previous
            ? link.Sequence == previous.Sequence + 1 && link.PreviousHash == previous.Hash
            : link.Sequence == 1 && link.PreviousHash == LogbookCanonical.GenesisHash);
        if (keepLinks)
        {
            links.Add(link);
        }

        Count++;
        last = link;
        return continues || Broken();
    }

    /// <summary>
    /// Checks the entry's times: written no earlier than the well-formed entry above it, and recording an incident that
    /// happened no later than the entry was written. Neither breaks the chain (the hashes still link), so reading goes on.
    /// </summary>
    private void Times(LogbookEntry entry)
    {
        if (lastWritten is { } before && entry.Timestamp < before.Time)
        {
            Add(new(number, LogbookProblemKind.TimeOutOfOrder, ProcedureTexts.Error("$.timestamp", ValidationCodes.Invalid, "error.logbook.writtenBefore",
                entry.Sequence, JsonTimestamps.Write(entry.Timestamp), before.Sequence, before.Line, JsonTimestamps.Write(before.Time))));
        }

        if (entry.OccurredAt is { } occurred && occurred > entry.Timestamp)
        {
            Add(new(number, LogbookProblemKind.TimeOutOfOrder, ProcedureTexts.Error("$.occurredAt", ValidationCodes.Invalid, "error.logbook.happenedAfter",
                entry.Sequence, JsonTimestamps.Write(occurred), JsonTimestamps.Write(entry.Timestamp))));
        }

        if (lastWritten is not { } previous || entry.Timestamp >= previous.Time)
        {
            lastWritten = (entry.Timestamp, entry.Sequence, number);
        }
    }

    /// <summary>Notes a break in the chain; false (stop) when the links before it were not kept and a second pass must run.</summary>
    private bool Broken()
    {
        chainBroken = true;
        if (!keepLinks)
        {
            needsSecondPass = true;
            return false;
        }

        return true;
    }

    private void TooLong()
    {
        number++;
        Add(new(number, LogbookProblemKind.Unreadable, ProcedureTexts.Error("$", ValidationCodes.InvalidJson, "error.logbook.lineTooLong", LogbookCanonical.MaxLineBytes)));
    }

    private void Add(LogbookProblem problem)
    {
        if (reported++ < MaxProblems)
        {
            problems.Add(problem);
        }
    }

    private static ValidationError? Unreadable(ReadOnlySpan<byte> firstLine)
    {
        if (firstLine is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] || firstLine.IndexOf((byte)0) >= 0)
        {
            return ProcedureTexts.Error("$", ValidationCodes.InvalidJson, "error.logbook.notUtf8");
        }

        return null;
    }
}
