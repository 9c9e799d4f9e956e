using System.Text;
using Sensoa.Flags.Procedures.Logbook;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Procedures.Tests.Logbook;

/// <summary>What the logbook guarantees as a file: all-or-nothing appends, UTF-8 only, bounded reads.</summary>
public sealed class LogbookDurabilityTests : IDisposable
{
    private readonly string directory = Samples.TempDirectory();
    private readonly FixedTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 23, 10, 5, 123, TimeSpan.FromHours(1)));

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static NewLogbookEntry Entry(int i) => new()
    {
        Channel = "e-mail",
        Description = $"Message {i}: a remark about my appearance.",
        Attachments = [LogbookAttachment.FromContent($"shot-{i}.png", Encoding.UTF8.GetBytes($"image {i}"))],
    };

    private string LogWith(string folder, int entries)
    {
        var path = Path.Combine(folder, "log.jsonl");
        var logbook = EvidenceLogbook.Create(clock);
        for (var i = 1; i <= entries; i++)
        {
            logbook.Append(path, Entry(i)).Succeeded.Should().BeTrue();
        }

        return path;
    }

    [Fact]
    public void Append_WriteFailsHalfway_FileUnchangedAndDiskFullSaid()
    {
        var path = LogWith(directory, 3);
        var before = File.ReadAllBytes(path);
        var logbook = new JsonLinesLogbook(clock, stream => new FailingStream(stream));
        var act = () => logbook.Append(path, Entry(4));
        act.Should().Throw<IOException>().WithMessage("disk full*logbook is as it was");
        File.ReadAllBytes(path).Should().Equal(before);
        EvidenceLogbook.Create(clock).Append(path, Entry(4)).Entry!.Sequence.Should().Be(4);
    }

    [RootFact]
    public void Append_OnAFullFileSystem_FileUnchangedAndDiskFullSaid()
    {
        // A real full disk (root on Linux); the injected failure above tests the same on every machine.
        using var small = SmallFileSystem.TryMount(directory);
        small.Should().NotBeNull("root on Linux can mount a small tmpfs");
        var path = LogWith(small!.Path, 3);
        var before = File.ReadAllBytes(path);
        small.Fill();

        // A line of several pages (4000 two-byte characters), so that it cannot fit in the last page of the file.
        var act = () => EvidenceLogbook.Create(clock).Append(path, Entry(4) with { Description = new string('é', 4000) });
        act.Should().Throw<IOException>().WithMessage("disk full*");
        File.ReadAllBytes(path).Should().Equal(before);
        EvidenceLogbook.Create(clock).Verify(path).IsIntact.Should().BeTrue();
    }

    [Fact]
    public void Append_FirstEntryWriteFails_NoEmptyLogbookLeft()
    {
        var path = Path.Combine(directory, "new.jsonl");
        var logbook = new JsonLinesLogbook(clock, stream => new FailingStream(stream));
        var act = () => logbook.Append(path, Entry(1));
        act.Should().Throw<IOException>().WithMessage("disk full*");
        File.Exists(path).Should().BeFalse("a logbook the append created and could not write is removed again");
        Directory.EnumerateFileSystemEntries(directory).Should().BeEmpty();
    }

    [Fact]
    public void Append_ExistingEmptyLogbookWriteFails_KeptAsItWas()
    {
        // Not created by this append: it is someone's file, and stays.
        var path = Path.Combine(directory, "empty.jsonl");
        File.WriteAllBytes(path, []);
        var act = () => new JsonLinesLogbook(clock, stream => new FailingStream(stream)).Append(path, Entry(1));
        act.Should().Throw<IOException>();
        File.Exists(path).Should().BeTrue();
        new FileInfo(path).Length.Should().Be(0);
    }

    [RootFact]
    public void Append_FirstEntryOnAFullFileSystem_NoEmptyLogbookLeft()
    {
        using var small = SmallFileSystem.TryMount(directory);
        small.Should().NotBeNull("root on Linux can mount a small tmpfs");
        small!.Fill();
        var path = Path.Combine(small.Path, "log.jsonl");
        var act = () => EvidenceLogbook.Create(clock).Append(path, Entry(1) with { Description = new string('é', 4000) });
        act.Should().Throw<IOException>().WithMessage("disk full*");
        File.Exists(path).Should().BeFalse();
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void VerifyAndAppend_NotUtf8_RefusedAndFileUntouched(string encoding)
    {
        var path = LogWith(directory, 2);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text, Encoding.GetEncoding(encoding));
        var before = File.ReadAllBytes(path);
        var logbook = EvidenceLogbook.Create(clock);
        var verification = logbook.Verify(path);
        verification.IsIntact.Should().BeFalse();
        verification.Problems.Should().ContainSingle().Which.Message.Should().Contain("not UTF-8");
        var appended = logbook.Append(path, Entry(3));
        appended.Succeeded.Should().BeFalse();
        appended.Problems.Should().ContainSingle().Which.Kind.Should().Be(LogbookProblemKind.Unreadable);
        File.ReadAllBytes(path).Should().Equal(before);
    }

    [Fact]
    public void Verify_Utf16WithoutByteOrderMark_Refused()
    {
        var path = LogWith(directory, 1);
        File.WriteAllBytes(path, new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(File.ReadAllText(path)));
        EvidenceLogbook.Create(clock).Verify(path).Problems.Should().ContainSingle().Which.Kind.Should().Be(LogbookProblemKind.Unreadable);
    }

    [Fact]
    public void Verify_LineWithoutEndBeyondTheLimit_StopsThere()
    {
        var path = LogWith(directory, 2);
        using (var stream = new FileStream(path, FileMode.Append))
        {
            stream.Write(new byte[LogbookCanonical.MaxLineBytes * 3]);
        }

        var verification = EvidenceLogbook.Create(clock).Verify(path);
        verification.Entries.Should().HaveCount(2);
        verification.Problems.Should().ContainSingle().Which.Should().Match<LogbookProblem>(p => p.Line == 3 && p.Kind == LogbookProblemKind.Unreadable);
    }

    [UnixFact]
    public void Verify_DeviceNode_RefusedWithoutReading()
    {
        // Reading /dev/zero never ends: a refusal that comes back at all came before any read.
        var act = () => EvidenceLogbook.Create(clock).Verify("/dev/zero");
        act.Should().Throw<IOException>().WithMessage("*not a regular file*");
    }

    [Fact]
    public void VerifyAndAppend_LongIntactLogbook_EveryEntryReadAndTheChainGoesOn()
    {
        // 20 000 entries written directly in the canonical form: the checks that span entries (order, times, duplicates)
        // hold over a long chain and see a reversed one. How long this takes is for a benchmark, not for this test.
        var path = Path.Combine(directory, "long.jsonl");
        var lines = new StringBuilder();
        var previous = LogbookCanonical.GenesisHash;
        for (var i = 1; i <= 20_000; i++)
        {
            var entry = new LogbookEntry
            {
                Sequence = i,
                Timestamp = new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.FromHours(1)).AddMinutes(i), // all before the clock
                Channel = "e-mail",
                Description = "a remark",
                Attachments = [],
                PreviousHash = previous,
                Hash = string.Empty,
            };
            entry = entry with { Hash = LogbookCanonical.Hash(entry) };
            previous = entry.Hash;
            lines.Append(LogbookCanonical.Line(entry)).Append('\n');
        }

        File.WriteAllText(path, lines.ToString());
        var reversed = Path.Combine(directory, "reversed.jsonl");
        File.WriteAllLines(reversed, File.ReadAllLines(path).Take(2000).Reverse());
        var logbook = EvidenceLogbook.Create(clock);
        var verification = logbook.Verify(path);
        verification.IsIntact.Should().BeTrue();
        verification.Entries.Should().HaveCount(20_000);
        logbook.Append(path, Entry(1)).Entry!.Sequence.Should().Be(20_001);
        logbook.Verify(reversed).IsIntact.Should().BeFalse();
    }

    /// <summary>Writes half of what it is given, then fails the way a full disk does.</summary>
    private sealed class FailingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            inner.Write(buffer, offset, count / 2);
            inner.Flush();
            throw new IOException("No space left on device", 28);
        }
    }
}
