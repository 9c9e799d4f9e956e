using Sensoa.Flags.Procedures.Logbook;

namespace Sensoa.Flags.Procedures.Tests.Logbook;

/// <summary>When the incident happened, kept apart from when the entry was written; old entries without it still verify.</summary>
public sealed class OccurredAtTests : IDisposable
{
    private static readonly DateTimeOffset Incident = new(2026, 3, 1, 22, 40, 0, TimeSpan.FromHours(1));

    private readonly string directory = Samples.TempDirectory();
    private readonly FixedTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 9, 15, 0, 0, TimeSpan.FromHours(1)));

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Log => Path.Combine(directory, "log.jsonl");

    private LogbookAppendResult Append(DateTimeOffset? occurredAt, string channel = "Instagram DM") =>
        EvidenceLogbook.Create(clock).Append(Log, new NewLogbookEntry { Channel = channel, OccurredAt = occurredAt, Description = "A message with a sexual remark." });

    [Fact]
    public void Append_WithOccurredAt_KeptApartFromTheTimeOfWriting()
    {
        var result = Append(Incident.AddTicks(1234));
        result.Succeeded.Should().BeTrue();
        result.Entry!.OccurredAt.Should().Be(Incident, "kept to the millisecond, as the timestamp is");
        result.Entry.Timestamp.Should().Be(clock.GetLocalNow());
        File.ReadAllText(Log).Should().Contain("\"timestamp\":\"2026-03-02T09:15:00.000+01:00\",\"occurredAt\":\"2026-03-01T22:40:00.000+01:00\",\"channel\":\"Instagram DM\"");

        var read = EvidenceLogbook.Create(clock).Verify(Log);
        read.IsIntact.Should().BeTrue();
        read.Entries.Should().ContainSingle().Which.Should().BeEquivalentTo(result.Entry);
    }

    [Fact]
    public void Append_WithoutOccurredAt_NoFieldAndTheOldCanonicalForm()
    {
        var result = Append(null);
        result.Succeeded.Should().BeTrue();
        File.ReadAllText(Log).Should().NotContain("occurredAt");
        result.Entry!.OccurredAt.Should().BeNull();
    }

    [Fact]
    public void Append_OccurredAfterTheEntryIsWritten_RefusedWithPathNothingWritten()
    {
        var result = Append(clock.GetLocalNow().AddMinutes(1));
        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Path.Should().Be("$.occurredAt");
        File.Exists(Log).Should().BeFalse();
    }

    [Fact]
    public void Append_OccurredAtTheMomentOfWriting_Accepted()
    {
        Append(clock.GetLocalNow()).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Verify_EntriesWrittenBeforeTheFieldExisted_StillIntactBesideNewOnes()
    {
        File.Copy(Samples.File("logbook.jsonl"), Log);
        var lines = File.ReadAllLines(Log);
        lines.Take(3).Should().OnlyContain(l => !l.Contains("occurredAt"));
        clock.Advance(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(1)) - clock.Now); // after the shipped entries were written
        Append(Incident).Succeeded.Should().BeTrue();

        var verification = EvidenceLogbook.Create(clock).Verify(Log);
        verification.IsIntact.Should().BeTrue();
        verification.Entries.Select(e => e.OccurredAt).Should().Equal(null, null, null, new DateTimeOffset(2026, 11, 30, 16, 20, 0, TimeSpan.FromHours(1)), Incident);
    }

    [Theory]
    [InlineData("\"occurredAt\":\"2026-03-01T22:40:00.000+01:00\",", "")]
    [InlineData("\"occurredAt\":\"2026-03-01T22:40:00.000+01:00\"", "\"occurredAt\":\"2026-03-01T21:40:00.000+01:00\"")]
    public void Verify_OccurredAtRemovedOrChanged_EditedAtThatLine(string from, string to)
    {
        Append(Incident).Succeeded.Should().BeTrue();
        clock.Advance(TimeSpan.FromMinutes(5));
        Append(Incident, "phone").Succeeded.Should().BeTrue();
        var lines = File.ReadAllLines(Log);
        lines[0] = lines[0].Replace(from, to, StringComparison.Ordinal);
        var verification = EvidenceLogbook.Create(clock).Verify(new StringReader(string.Join('\n', lines) + "\n"));
        verification.Problems.Should().Contain(p => p.Line == 1 && p.Kind == LogbookProblemKind.Edited);
    }

    [Fact]
    public void Verify_OccurredAtNotATimestamp_ErrorAtItsPath()
    {
        Append(Incident).Succeeded.Should().BeTrue();
        var line = File.ReadAllText(Log).Replace("2026-03-01T22:40:00.000+01:00", "yesterday evening", StringComparison.Ordinal);
        var verification = EvidenceLogbook.Create(clock).Verify(new StringReader(line));
        verification.Problems.Should().ContainSingle().Which.ToString().Should().Contain("$.occurredAt");
    }
}
