using Sensoa.Flags.Procedures.Logbook;

namespace Sensoa.Flags.Procedures.Tests.Logbook;

/// <summary>Times that run backwards, and an incident recorded before it happened, are named by verify and refused by append.</summary>
public sealed class LogbookTimeTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 23, 10, 5, 123, TimeSpan.FromHours(1));
    private readonly string directory = Samples.TempDirectory();
    private readonly FixedTimeProvider clock = new(Start);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string Chain(params (DateTimeOffset Written, DateTimeOffset? Occurred)[] times)
    {
        var previous = LogbookCanonical.GenesisHash;
        var lines = new List<string>();
        for (var i = 0; i < times.Length; i++)
        {
            var entry = new LogbookEntry
            {
                Sequence = i + 1,
                Timestamp = times[i].Written,
                OccurredAt = times[i].Occurred,
                Channel = "sms",
                Description = "a message",
                Attachments = [],
                PreviousHash = previous,
                Hash = string.Empty,
            };
            entry = entry with { Hash = LogbookCanonical.Hash(entry) };
            previous = entry.Hash;
            lines.Add(LogbookCanonical.Line(entry));
        }

        return string.Join('\n', lines) + "\n";
    }

    private static LogbookVerification Verify(string text) => EvidenceLogbook.Create(TimeProvider.System).Verify(new StringReader(text));

    [Fact]
    public void Verify_WrittenBeforeTheEntryAbove_TimeOutOfOrderAtThatLine()
    {
        var text = Chain((Start, null), (Start.AddHours(2), null), (Start.AddHours(1), null), (Start.AddHours(3), null));
        var problem = Verify(text).Problems.Should().ContainSingle().Subject;
        (problem.Line, problem.Kind, problem.Path).Should().Be((3, LogbookProblemKind.TimeOutOfOrder, "$.timestamp"));
        problem.Message.Should().StartWith("entry 3 was written at 2026-03-03T00:10:05.123+01:00, before entry 2 (line 2) at 2026-03-03T01:10:05.123+01:00");
    }

    [Fact]
    public void Verify_SameMomentOrLaterInAnotherOffset_Intact()
    {
        // 23:10 at +01:00 and 22:10 at +00:00 are the same moment; 23:30 at +00:00 is later although it reads earlier than 00:10 +01:00.
        var text = Chain((Start, null), (Start.ToOffset(TimeSpan.Zero), null), (Start.AddHours(1), null), (Start.AddHours(1).AddMinutes(20).ToOffset(TimeSpan.Zero), null));
        Verify(text).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Verify_OccurredAfterWritten_TimeOutOfOrder_ButAtTheSameMomentIntact()
    {
        var text = Chain((Start, Start), (Start.AddMinutes(1), Start.AddMinutes(2)));
        var problem = Verify(text).Problems.Should().ContainSingle().Subject;
        (problem.Line, problem.Kind, problem.Path).Should().Be((2, LogbookProblemKind.TimeOutOfOrder, "$.occurredAt"));
        problem.ToString().Should().StartWith("line 2 $.occurredAt: timeOutOfOrder: entry 2 says the incident happened at");
    }

    [Fact]
    public void Append_ClockSetBack_RefusedWithPathAndFileUnchanged()
    {
        var path = Path.Combine(directory, "log.jsonl");
        var logbook = EvidenceLogbook.Create(clock);
        logbook.Append(path, new NewLogbookEntry { Channel = "sms", Description = "first" }).Succeeded.Should().BeTrue();
        var before = File.ReadAllBytes(path);
        clock.Advance(-TimeSpan.FromMilliseconds(1));

        var result = logbook.Append(path, new NewLogbookEntry { Channel = "sms", Description = "second" });
        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Path.Should().Be("$.timestamp");
        result.Errors[0].Message.Should().Contain("set the clock right");
        File.ReadAllBytes(path).Should().Equal(before);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        logbook.Append(path, new NewLogbookEntry { Channel = "sms", Description = "second" }).Succeeded.Should().BeTrue("the same millisecond is not earlier");
        logbook.Verify(path).IsIntact.Should().BeTrue();
    }

    [Fact]
    public void Append_LogbookWithTimesOutOfOrderBeforeTheEnd_AppendsAndVerifyStillNamesIt()
    {
        // An append reads the end only: it links on, and verify still finds the earlier problem at its line.
        var path = Path.Combine(directory, "log.jsonl");
        File.WriteAllText(path, Chain((Start, null), (Start.AddHours(-1), null), (Start.AddMinutes(-1), null)));
        var logbook = EvidenceLogbook.Create(clock);
        logbook.Append(path, new NewLogbookEntry { Channel = "sms", Description = "later" }).Succeeded.Should().BeTrue();
        logbook.Verify(path).Problems.Select(p => (p.Line, p.Kind)).Should().Equal((2, LogbookProblemKind.TimeOutOfOrder), (3, LogbookProblemKind.TimeOutOfOrder));
    }
}
