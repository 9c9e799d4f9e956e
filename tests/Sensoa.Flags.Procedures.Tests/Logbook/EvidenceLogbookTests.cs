using System.Text;
using Sensoa.Flags.Procedures.Logbook;

namespace Sensoa.Flags.Procedures.Tests.Logbook;

public sealed class EvidenceLogbookTests : IDisposable
{
    private readonly string directory = Samples.TempDirectory();
    private readonly FixedTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 23, 10, 5, 123, TimeSpan.FromHours(1)));

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string LogWith(int entries)
    {
        var path = Path.Combine(directory, "log.jsonl");
        var logbook = EvidenceLogbook.Create(clock);
        for (var i = 1; i <= entries; i++)
        {
            logbook.Append(path, new NewLogbookEntry
            {
                Channel = i % 2 == 0 ? "client portal" : "e-mail",
                Description = $"Message {i}: a remark about my appearance, \"quoted\" — één.",
                Attachments = [LogbookAttachment.FromContent($"shot-{i}.png", Encoding.UTF8.GetBytes($"image {i}"))],
            }).Succeeded.Should().BeTrue();
            clock.Advance(TimeSpan.FromMinutes(7));
        }

        return path;
    }

    private LogbookVerification VerifyLines(IEnumerable<string> lines) =>
        EvidenceLogbook.Create(clock).Verify(new StringReader(string.Join('\n', lines) + "\n"));

    [Fact]
    public void Append_FreshLogs_ChainIntactWithSequenceTimeAndLinks()
    {
        var path = LogWith(3);
        var verification = EvidenceLogbook.Create(clock).Verify(path);
        verification.Problems.Should().BeEmpty();
        verification.Entries.Select(e => e.Sequence).Should().Equal(1, 2, 3);
        verification.Entries[0].PreviousHash.Should().Be(new string('0', 64));
        verification.Entries[1].PreviousHash.Should().Be(verification.Entries[0].Hash);
        verification.Entries[2].Timestamp.Should().Be(new DateTimeOffset(2026, 3, 2, 23, 24, 5, 123, TimeSpan.FromHours(1)));
        verification.HeadHash.Should().Be(verification.Entries[2].Hash);
        File.ReadAllLines(path)[0].Should().Contain("\"timestamp\":\"2026-03-02T23:10:05.123+01:00\"")
            .And.Contain("\"sha256\":\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("image 1"u8)) + "\"");
    }

    [Fact]
    public void Append_SameClockSameEntries_ByteIdenticalFiles()
    {
        var first = File.ReadAllBytes(LogWith(2));
        File.Delete(Path.Combine(directory, "log.jsonl"));
        clock.Advance(-TimeSpan.FromMinutes(14));
        File.ReadAllBytes(LogWith(2)).Should().Equal(first);
    }

    [Fact]
    public void Append_NeverRewritesExistingBytes()
    {
        var path = LogWith(2);
        var before = File.ReadAllBytes(path);
        EvidenceLogbook.Create(clock).Append(path, new NewLogbookEntry { Channel = "phone", Description = "Called the office." }).Succeeded.Should().BeTrue();
        File.ReadAllBytes(path).Take(before.Length).Should().Equal(before);
    }

    [Fact]
    public void Verify_EditedDescription_EditedAtThatLine()
    {
        var lines = File.ReadAllLines(LogWith(4));
        lines[1] = lines[1].Replace("Message 2", "Message two", StringComparison.Ordinal);
        var problem = VerifyLines(lines).Problems.Should().ContainSingle().Subject;
        problem.Line.Should().Be(2);
        problem.Kind.Should().Be(LogbookProblemKind.Edited);
        problem.ToString().Should().StartWith("line 2 $: edited:");
    }

    [Fact]
    public void Verify_EditedAndHashRecomputed_EditedAtThatLine()
    {
        var path = LogWith(3);
        var entries = EvidenceLogbook.Create(clock).Verify(path).Entries;
        var forged = entries[1] with { Description = "Nothing happened." };
        forged = forged with { Hash = LogbookCanonical.Hash(forged) };
        var lines = File.ReadAllLines(path);
        lines[1] = LogbookCanonical.Line(forged);
        var problem = VerifyLines(lines).Problems.Should().ContainSingle().Subject;
        (problem.Line, problem.Kind).Should().Be((2, LogbookProblemKind.Edited));
        problem.Message.Should().Contain("line 3");
    }

    [Fact]
    public void Verify_DeletedEntry_MissingAtTheNextLine()
    {
        var lines = File.ReadAllLines(LogWith(4)).ToList();
        lines.RemoveAt(1);
        var problem = VerifyLines(lines).Problems.Should().ContainSingle().Subject;
        (problem.Line, problem.Kind).Should().Be((2, LogbookProblemKind.Missing));
        problem.Message.Should().Contain("entry 2 is missing");
    }

    [Fact]
    public void Verify_FirstEntryDeleted_Missing()
    {
        var lines = File.ReadAllLines(LogWith(3)).Skip(1);
        VerifyLines(lines).Problems.Should().ContainSingle().Which.Kind.Should().Be(LogbookProblemKind.Missing);
    }

    [Fact]
    public void Verify_TwoEntriesSwapped_ReorderedAtBothLines()
    {
        var lines = File.ReadAllLines(LogWith(4));
        (lines[1], lines[2]) = (lines[2], lines[1]);
        var problems = VerifyLines(lines).Problems;
        // Entry 2, now below entry 3, was also written before it: the times say so too.
        problems.Select(p => (p.Line, p.Kind)).Should().BeEquivalentTo([
            (2, LogbookProblemKind.Reordered), (3, LogbookProblemKind.Reordered), (3, LogbookProblemKind.TimeOutOfOrder)]);
    }

    [Fact]
    public void Verify_AnyDeletionBeforeTheLastOrAnySwap_Caught()
    {
        var lines = File.ReadAllLines(LogWith(5));
        for (var deleted = 0; deleted < lines.Length - 1; deleted++)
        {
            VerifyLines(lines.Where((_, i) => i != deleted)).IsIntact.Should().BeFalse($"line {deleted + 1} was deleted");
        }

        for (var i = 0; i < lines.Length; i++)
        {
            for (var j = i + 1; j < lines.Length; j++)
            {
                var swapped = (string[])lines.Clone();
                (swapped[i], swapped[j]) = (swapped[j], swapped[i]);
                var problems = VerifyLines(swapped).Problems;
                problems.Should().Contain(p => p.Kind == LogbookProblemKind.Reordered && p.Line == i + 1, $"lines {i + 1} and {j + 1} were swapped");
            }
        }
    }

    [Fact]
    public void Verify_LineNotJson_MalformedWithLineNumber()
    {
        var lines = File.ReadAllLines(LogWith(3));
        lines[2] = "{not json";
        var problem = VerifyLines(lines).Problems.Should().ContainSingle().Subject;
        (problem.Line, problem.Kind, problem.Path).Should().Be((3, LogbookProblemKind.Malformed, "$"));
    }

    [Fact]
    public void Verify_MissingAndUnknownFields_EachWithPath()
    {
        var lines = File.ReadAllLines(LogWith(2));
        lines[1] = lines[1].Replace("\"channel\":\"client portal\",", "\"chanel\":\"x\",", StringComparison.Ordinal);
        VerifyLines(lines).Problems.Select(p => (p.Line, p.Path, p.Kind)).Should().BeEquivalentTo([
            (2, "$.chanel", LogbookProblemKind.Malformed),
            (2, "$.channel", LogbookProblemKind.Malformed),
        ]);
    }

    [Fact]
    public void Append_BrokenLog_RefusedAndFileUnchanged()
    {
        var path = LogWith(3);
        var lines = File.ReadAllLines(path);
        lines[2] = lines[2].Replace("Message 3", "Message 0", StringComparison.Ordinal);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        var before = File.ReadAllBytes(path);

        // The last entry, which the new one would link to, no longer matches its hash: nothing is chained onto it.
        var result = EvidenceLogbook.Create(clock).Append(path, new NewLogbookEntry { Channel = "phone", Description = "Another call." });
        result.Succeeded.Should().BeFalse();
        result.Problems.Should().ContainSingle().Which.Line.Should().Be(3);
        File.ReadAllBytes(path).Should().Equal(before);
    }

    [Fact]
    public void Append_NonJsonLine_RefusedAndFileUnchanged()
    {
        var path = LogWith(1);
        File.AppendAllText(path, "hello\n");
        var before = File.ReadAllBytes(path);
        var result = EvidenceLogbook.Create(clock).Append(path, new NewLogbookEntry { Channel = "phone", Description = "Another call." });
        result.Problems.Should().ContainSingle().Which.Should().Match<LogbookProblem>(p => p.Line == 2 && p.Kind == LogbookProblemKind.Malformed);
        File.ReadAllBytes(path).Should().Equal(before);
    }

    [Fact]
    public void Append_EmptyChannelAndBadAttachment_ErrorsWithPathsNothingWritten()
    {
        var path = Path.Combine(directory, "new.jsonl");
        var result = EvidenceLogbook.Create(clock).Append(path, new NewLogbookEntry
        {
            Channel = " ",
            Description = "Something happened.",
            Attachments = [new LogbookAttachment("shot.png", "not-a-hash")],
        });
        result.Errors.Select(e => e.Path).Should().Equal("$.channel", "$.attachments[0].sha256");
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public void Append_FileWithoutFinalNewline_StartsOnANewLine()
    {
        var path = LogWith(1);
        File.WriteAllText(path, File.ReadAllText(path).TrimEnd('\n'));
        EvidenceLogbook.Create(clock).Append(path, new NewLogbookEntry { Channel = "phone", Description = "Call." }).Succeeded.Should().BeTrue();
        EvidenceLogbook.Create(clock).Verify(path).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Verify_ShippedLogbook_IntactAndTamperedCopyCaught()
    {
        var logbook = EvidenceLogbook.Create(clock);
        logbook.Verify(Samples.File("logbook.jsonl")).Should().Match<LogbookVerification>(v => v.IsIntact && v.Entries.Count == 4);
        logbook.Verify(Samples.File("logbook-tampered.jsonl")).Problems.Should().ContainSingle()
            .Which.Should().Match<LogbookProblem>(p => p.Line == 2 && p.Kind == LogbookProblemKind.Edited);
    }
}
