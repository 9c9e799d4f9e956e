using Sensoa.Flags.Procedures.Logbook;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Procedures.Tests.Logbook;

/// <summary>What an append refuses before it writes: text no logbook can keep, a sequence that cannot go on, a link to nothing.</summary>
public sealed class LogbookAppendGuardTests : IDisposable
{
    private readonly string directory = Samples.TempDirectory();
    private readonly FixedTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 23, 10, 5, 123, TimeSpan.FromHours(1)));

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private IEvidenceLogbook Logbook => EvidenceLogbook.Create(clock);

    public static TheoryData<string, string, string, string> Refused => new()
    {
        { "a{high}b", "ok", "ok", "$.channel" },
        { "ok", "end cut in half {high}", "ok", "$.description" },
        { "ok", "ok", "{low}.png", "$.attachments[0].fileName" },
        { "sms\u001b[2J", "ok", "ok", "$.channel" },
        { "two\nlines", "ok", "ok", "$.channel" },
        { "tab\there", "ok", "ok", "$.channel" },
        { "ok", "bell\u0007", "ok", "$.description" },
        { "ok", "title\u001b]0;owned\u0007", "ok", "$.description" },
        { "ok", "next line\u0085", "ok", "$.description" },
        { "ok", "ok", "shot\r.png", "$.attachments[0].fileName" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Append_UnpairedSurrogateOrControlCharacter_RefusedWithPathNothingWritten(string channel, string description, string fileName, string path)
    {
        // Lone surrogates are put in here, not in the test data, which the test runner must be able to write out.
        static string Lone(string text) => text.Replace("{high}", "\ud800", StringComparison.Ordinal).Replace("{low}", "\udc00", StringComparison.Ordinal);
        (channel, description, fileName) = (Lone(channel), Lone(description), Lone(fileName));
        var log = Path.Combine(directory, "log.jsonl");
        var result = Logbook.Append(log, new NewLogbookEntry
        {
            Channel = channel,
            Description = description,
            Attachments = [new LogbookAttachment(fileName, new string('a', 64))],
        });
        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Path == path && e.Code == ValidationCodes.Invalid);
        result.Errors[0].Message.Should().NotContain(channel).And.NotContain(description);
        File.Exists(log).Should().BeFalse();
    }

    [Fact]
    public void Append_DescriptionOfSeveralLinesWithTabsAndEmoji_WrittenAndVerifies()
    {
        var log = Path.Combine(directory, "log.jsonl");
        var entry = new NewLogbookEntry { Channel = "Instagram DM 📷", Description = "First message.\r\nSecond:\tanother one 😡.\n" };
        var result = Logbook.Append(log, entry);
        result.Succeeded.Should().BeTrue(string.Join("; ", result.Errors));
        var verification = Logbook.Verify(log);
        verification.IsIntact.Should().BeTrue();
        verification.Entries[0].Description.Should().Be(entry.Description);
        verification.Entries[0].Channel.Should().Be(entry.Channel);
    }

    [Fact]
    public void Append_AfterTheLargestSequence_RefusedNotWrapped()
    {
        var log = Path.Combine(directory, "log.jsonl");
        var last = new LogbookEntry
        {
            Sequence = long.MaxValue,
            Timestamp = clock.Now.AddDays(-1),
            Channel = "sms",
            Description = "the last there can be",
            Attachments = [],
            PreviousHash = new string('b', 64),
            Hash = string.Empty,
        };
        File.WriteAllText(log, LogbookCanonical.Line(last with { Hash = LogbookCanonical.Hash(last) }) + "\n");
        var before = File.ReadAllBytes(log);

        var result = Logbook.Append(log, new NewLogbookEntry { Channel = "sms", Description = "one more" });
        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Path == "$.sequence" && e.Code == ValidationCodes.TooLarge);
        File.ReadAllBytes(log).Should().Equal(before);
    }

    [Fact]
    public void Append_OneBelowTheLargestSequence_AppendsTheLargest()
    {
        var log = Path.Combine(directory, "log.jsonl");
        var last = new LogbookEntry
        {
            Sequence = long.MaxValue - 1,
            Timestamp = clock.Now.AddDays(-1),
            Channel = "sms",
            Description = "one before the last",
            Attachments = [],
            PreviousHash = new string('b', 64),
            Hash = string.Empty,
        };
        File.WriteAllText(log, LogbookCanonical.Line(last with { Hash = LogbookCanonical.Hash(last) }) + "\n");
        Logbook.Append(log, new NewLogbookEntry { Channel = "sms", Description = "the last" }).Entry!.Sequence.Should().Be(long.MaxValue);
    }

    [UnixFact]
    public void Append_ThroughALinkToNothing_RefusedAndTargetNotCreated()
    {
        var target = Path.Combine(directory, "elsewhere", "log.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var link = Path.Combine(directory, "log.jsonl");
        File.CreateSymbolicLink(link, target);

        var act = () => Logbook.Append(link, new NewLogbookEntry { Channel = "sms", Description = "x" });
        act.Should().Throw<IOException>().WithMessage("*symbolic link to a file that does not exist*nothing was created*");
        File.Exists(target).Should().BeFalse();
        new FileInfo(link).LinkTarget.Should().Be(target);
    }

    [UnixFact]
    public void Append_ThroughALinkToALogbook_Appends()
    {
        var target = Path.Combine(directory, "log.jsonl");
        Logbook.Append(target, new NewLogbookEntry { Channel = "sms", Description = "first" }).Succeeded.Should().BeTrue();
        var link = Path.Combine(directory, "link.jsonl");
        File.CreateSymbolicLink(link, target);
        Logbook.Append(link, new NewLogbookEntry { Channel = "sms", Description = "second" }).Entry!.Sequence.Should().Be(2);
        Logbook.Verify(target).Entries.Should().HaveCount(2);
    }

    [Fact]
    public void FromFile_Directory_RefusedAtOnce()
    {
        var act = () => LogbookAttachment.FromFile(directory);
        act.Should().Throw<IOException>().WithMessage("*directory*");
        var missing = () => LogbookAttachment.FromFile(Path.Combine(directory, "nope.png"));
        missing.Should().Throw<FileNotFoundException>();
    }

    [UnixFact]
    public void FromFile_FifoOrDevice_RefusedAtOnce()
    {
        var fifo = Path.Combine(directory, "pipe");
        File.Exists("/usr/bin/mkfifo").Should().BeTrue();
        System.Diagnostics.Process.Start("/usr/bin/mkfifo", fifo)!.WaitForExit();
        var act = () => LogbookAttachment.FromFile(fifo);
        act.Should().Throw<IOException>().WithMessage("*not a regular file*");
        act = () => LogbookAttachment.FromFile("/dev/zero");
        act.Should().Throw<IOException>().WithMessage("*not a regular file*");
    }

    [Fact]
    public void FromFile_RegularFile_HashOfTheContentNamedByThePathGiven()
    {
        var file = Path.Combine(directory, "shot.png");
        File.WriteAllBytes(file, [1, 2, 3]);
        LogbookAttachment.FromFile(file).Should().Be(LogbookAttachment.FromContent("shot.png", [1, 2, 3]));
    }

    [UnixFact]
    public void FromFile_LinkToARegularFile_HashOfTheContentNamedByTheLink()
    {
        var file = Path.Combine(directory, "shot.png");
        File.WriteAllBytes(file, [1, 2, 3]);
        var link = Path.Combine(directory, "link.png");
        File.CreateSymbolicLink(link, file);
        LogbookAttachment.FromFile(link).Should().Be(LogbookAttachment.FromContent("link.png", [1, 2, 3]));
    }
}
