using System.Text;
using Sensoa.Flags.Procedures.Logbook;

namespace Sensoa.Flags.Procedures.Tests.Logbook;

/// <summary>
/// An append reads the ends of the logbook only, whatever its length, and never hides tampering from <c>verify</c>.
/// The work is measured in bytes read, not in time, so that a loaded machine cannot make the test pass or fail.
/// </summary>
public sealed class LogbookAppendCostTests : IDisposable
{
    private readonly string directory = Samples.TempDirectory();
    private readonly FixedTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 23, 10, 5, 123, TimeSpan.FromHours(1)));

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static NewLogbookEntry Entry(string description) => new() { Channel = "sms", Description = description };

    /// <summary>Writes <paramref name="count"/> chained entries in the canonical form, as appends would have.</summary>
    private string LongLogbook(int count)
    {
        var path = Path.Combine(directory, "long.jsonl");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        var previous = LogbookCanonical.GenesisHash;
        for (var i = 1; i <= count; i++)
        {
            var entry = new LogbookEntry
            {
                Sequence = i,
                Timestamp = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.FromHours(1)).AddSeconds(i),
                Channel = "e-mail",
                Description = "a remark",
                Attachments = [],
                PreviousHash = previous,
                Hash = string.Empty,
            };
            entry = entry with { Hash = LogbookCanonical.Hash(entry) };
            previous = entry.Hash;
            writer.WriteLine(LogbookCanonical.Line(entry));
        }

        return path;
    }

    [Fact]
    public void Append_LogbookOf100000Entries_ReadsOnlyItsEnds()
    {
        var path = LongLogbook(100_000);
        var size = new FileInfo(path).Length;
        CountingStream? counted = null;
        var logbook = new JsonLinesLogbook(clock, readThrough: stream => counted = new CountingStream(stream));

        var appended = logbook.Append(path, Entry("One more."));

        appended.Entry!.Sequence.Should().Be(100_001);
        size.Should().BeGreaterThan(20_000_000);
        counted!.BytesRead.Should().BeLessThan(40_000, "an append reads the first bytes and the last line, not the chain");
        var verification = EvidenceLogbook.Create(clock).Verify(path);
        verification.IsIntact.Should().BeTrue();
        verification.Entries.Should().HaveCount(100_001);
    }

    [Fact]
    public void Append_EarlierEntryEdited_AppendedAndVerifyStillNamesTheEdit()
    {
        var path = Path.Combine(directory, "log.jsonl");
        var logbook = EvidenceLogbook.Create(clock);
        for (var i = 1; i <= 3; i++)
        {
            logbook.Append(path, Entry($"Message {i}")).Succeeded.Should().BeTrue();
        }

        File.WriteAllText(path, File.ReadAllText(path).Replace("Message 1", "Message 0", StringComparison.Ordinal));

        logbook.Append(path, Entry("Message 4")).Entry!.Sequence.Should().Be(4);
        logbook.Verify(path).Problems.Should().ContainSingle()
            .Which.Should().Match<LogbookProblem>(p => p.Line == 1 && p.Kind == LogbookProblemKind.Edited);
    }

    [Fact]
    public void Append_LastLineLongerThanTheLimit_RefusedAfterReadingNoMoreThanTheLimit()
    {
        var path = LongLogbook(10);
        using (var stream = new FileStream(path, FileMode.Append))
        {
            stream.Write(Encoding.ASCII.GetBytes(new string('x', LogbookCanonical.MaxLineBytes * 4)));
        }

        var before = File.ReadAllBytes(path);
        var result = new JsonLinesLogbook(clock).Append(path, Entry("One more."));

        result.Succeeded.Should().BeFalse();
        result.Problems.Should().ContainSingle().Which.Kind.Should().Be(LogbookProblemKind.Unreadable);
        File.ReadAllBytes(path).Should().Equal(before);
    }

    [Fact]
    public void Append_CarriageReturnLineEnds_ContinuesTheChain()
    {
        var path = LongLogbook(3);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\n", "\r\n", StringComparison.Ordinal));

        var logbook = EvidenceLogbook.Create(clock);
        logbook.Append(path, Entry("One more.")).Entry!.Sequence.Should().Be(4);
        logbook.Verify(path).IsIntact.Should().BeTrue();
    }
}
