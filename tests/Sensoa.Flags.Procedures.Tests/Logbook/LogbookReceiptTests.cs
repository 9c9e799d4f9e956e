using System.Text;
using Sensoa.Flags.Procedures.Logbook;

namespace Sensoa.Flags.Procedures.Tests.Logbook;

/// <summary>
/// What the chain alone cannot catch (a cut-off end, a rewrite with recomputed hashes, a fresh file) and what a receipt
/// kept outside the file does catch.
/// </summary>
public sealed class LogbookReceiptTests : IDisposable
{
    private readonly string directory = Samples.TempDirectory();
    private readonly FixedTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 23, 10, 5, 123, TimeSpan.FromHours(1)));

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private IEvidenceLogbook Logbook => EvidenceLogbook.Create(clock);

    private static NewLogbookEntry Entry(int i) => new() { Channel = "e-mail", Description = $"Message {i}." };

    private (string Path, List<LogbookReceipt> Receipts) LogWith(int entries, string name = "log.jsonl")
    {
        var path = Path.Combine(directory, name);
        var receipts = new List<LogbookReceipt>();
        for (var i = 1; i <= entries; i++)
        {
            receipts.Add(Logbook.Append(path, Entry(i)).Receipt!);
            clock.Advance(TimeSpan.FromMinutes(5));
        }

        return (path, receipts);
    }

    /// <summary>Writes the entries as a fresh, valid chain: what an editor with the file and SHA-256 can always do.</summary>
    private static void Rewrite(string path, IEnumerable<LogbookEntry> entries)
    {
        var previous = LogbookCanonical.GenesisHash;
        var lines = new StringBuilder();
        var sequence = 0L;
        foreach (var entry in entries)
        {
            var chained = entry with { Sequence = ++sequence, PreviousHash = previous, Hash = string.Empty };
            chained = chained with { Hash = LogbookCanonical.Hash(chained) };
            previous = chained.Hash;
            lines.Append(LogbookCanonical.Line(chained)).Append('\n');
        }

        File.WriteAllText(path, lines.ToString());
    }

    [Fact]
    public void Append_Receipt_IsTheNewEntrysSequenceAndHash()
    {
        var path = Path.Combine(directory, "log.jsonl");
        var result = Logbook.Append(path, Entry(1));
        result.Receipt.Should().Be(new LogbookReceipt(1, result.Entry!.Hash));
        Logbook.Verify(path).Receipt.Should().Be(result.Receipt);
    }

    [Fact]
    public void Receipt_NoEntriesOrBroken_Null()
    {
        Logbook.Verify(new StringReader(string.Empty)).Receipt.Should().BeNull();
        Logbook.Verify(new StringReader("{not json\n")).Receipt.Should().BeNull();
        Logbook.Append(Path.Combine(directory, "refused.jsonl"), Entry(1) with { Channel = " " }).Receipt.Should().BeNull();
    }

    [Fact]
    public void Verify_LastEntriesCut_ChainIntactButReceiptMissingNamed()
    {
        var (path, receipts) = LogWith(5);
        File.WriteAllLines(path, File.ReadAllLines(path).Take(3));

        Logbook.Verify(path).IsIntact.Should().BeTrue("the chain alone cannot see a cut-off end");
        var verification = Logbook.Verify(path, [receipts[4]]);
        verification.IsIntact.Should().BeFalse();
        verification.Problems.Should().BeEmpty();
        var mismatch = verification.Mismatches.Should().ContainSingle().Subject;
        (mismatch.Receipt, mismatch.Line).Should().Be((receipts[4], (int?)null));
        mismatch.Message.Should().StartWith("entry 5 is missing: the logbook goes up to entry 3");
        mismatch.ToString().Should().StartWith($"receipt 5:{receipts[4].Hash}: entry 5 is missing");
    }

    [Fact]
    public void Verify_EditedAndWholeChainRecomputed_ChainIntactButReceiptNamesTheEntry()
    {
        var (path, receipts) = LogWith(4);
        var entries = Logbook.Verify(path).Entries.ToList();
        entries[1] = entries[1] with { Description = "Nothing happened." };
        Rewrite(path, entries);

        Logbook.Verify(path).IsIntact.Should().BeTrue("a chain rewritten from the edit on is a valid chain");
        var verification = Logbook.Verify(path, [receipts[0], receipts[3]]);
        verification.Mismatches.Should().ContainSingle().Which.Should().Match<LogbookReceiptMismatch>(m =>
            m.Receipt == receipts[3] && m.Line == 4 && m.Message.StartsWith("entry 4 (line 4) is not the entry this receipt was given for", StringComparison.Ordinal));
    }

    [Fact]
    public void Verify_ReorderedAndRenumbered_ReceiptCatchesIt()
    {
        var (path, receipts) = LogWith(3);
        var entries = Logbook.Verify(path).Entries;
        Rewrite(path, [entries[1], entries[0], entries[2]]);
        var verification = Logbook.Verify(path, [receipts[2]]);
        verification.Mismatches.Should().ContainSingle().Which.Line.Should().Be(3);
    }

    [Fact]
    public void Verify_FreshFile_EveryReceiptMissing()
    {
        var (path, receipts) = LogWith(2);
        File.WriteAllText(path, string.Empty);
        Logbook.Verify(path).IsIntact.Should().BeTrue();
        var verification = Logbook.Verify(path, receipts);
        verification.Mismatches.Select(m => m.Receipt).Should().Equal(receipts);
        verification.Mismatches[0].Message.Should().Contain("the logbook has no entries");
    }

    [Fact]
    public void Verify_EveryReceiptOfAnUntouchedLogbook_Intact()
    {
        var (path, receipts) = LogWith(4);
        Logbook.Append(path, Entry(5)).Succeeded.Should().BeTrue();
        var verification = Logbook.Verify(path, receipts);
        verification.IsIntact.Should().BeTrue();
        verification.Mismatches.Should().BeEmpty();
        using var reader = new StreamReader(path);
        Logbook.Verify(reader, receipts).IsIntact.Should().BeTrue();
    }

    [Fact]
    public void Verify_ReceiptOfAnotherLogbook_Mismatch()
    {
        var (path, _) = LogWith(2);
        var (_, others) = LogWith(2, "other.jsonl");
        Logbook.Verify(path, [others[1]]).Mismatches.Should().ContainSingle().Which.Line.Should().Be(2);
    }

    [Theory]
    [InlineData("7:", false)]
    [InlineData(":aaaa", false)]
    [InlineData("0:HASH", false)]
    [InlineData("-1:HASH", false)]
    [InlineData("+1:HASH", false)]
    [InlineData("1.0:HASH", false)]
    [InlineData("1:HASHx", false)]
    [InlineData("1 HASH", false)]
    [InlineData("99999999999999999999:HASH", false)]
    [InlineData("12:HASH", true)]
    [InlineData("  12:HASH\n", true)]
    public void TryParse_OnlyASequenceAColonAndAHash(string text, bool valid)
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("x"u8));
        LogbookReceipt.TryParse(text.Replace("HASH", hash, StringComparison.Ordinal), out var receipt).Should().Be(valid);
        if (valid)
        {
            receipt.Should().Be(new LogbookReceipt(12, hash));
            receipt!.ToString().Should().Be($"12:{hash}");
        }
    }

    [Fact]
    public void Parse_UpperCaseHash_ReadAsLowerCase_AndNotAReceiptThrowsFormatException()
    {
        var hash = new string('a', 64);
        LogbookReceipt.Parse("3:" + hash.ToUpperInvariant()).Should().Be(new LogbookReceipt(3, hash));
        var act = () => LogbookReceipt.Parse("3:abc");
        act.Should().Throw<FormatException>();
    }
}
