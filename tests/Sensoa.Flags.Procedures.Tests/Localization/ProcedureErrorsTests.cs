using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Sensoa.Flags.Procedures.Logbook;
using Sensoa.Flags.Procedures.Sexting;
using Sensoa.Flags.Procedures.Tests.Sexting;

namespace Sensoa.Flags.Procedures.Tests.Localization;

/// <summary>
/// The procedures' own errors follow the language as the library's do: made in English, written again in the caller's
/// language by <see cref="ValidationError.Localize"/>, with the same path and code.
/// </summary>
public sealed class ProcedureErrorsTests : IDisposable
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    private readonly string directory = Samples.TempDirectory();

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Localize_RuleBrokenPastItsStep_TheQuotedReasonInTheSameLanguage()
    {
        var json = JsonNode.Parse(SextingFixture.Workflow.Save(SextingFixture.At(SextingStep.FollowUp)))!.AsObject();
        json["decision"]!["measures"]!.AsArray().Add(new JsonObject { ["kind"] = "publicity" });

        var error = SextingFixture.Workflow.Load(Encoding.UTF8.GetBytes(json.ToJsonString())).Errors.Should().ContainSingle().Subject;
        var dutch = error.Localize(Dutch);

        error.Message.Should().StartWith("a state at step followUp has passed ").And.EndWith(
            ", whose rule sexting.decide.noPublicity it breaks: No publicity: do not seek it, and advise those involved not to either.");
        dutch.Message.Should().StartWith("een toestand bij stap followUp is al voorbij ").And.EndWith(
            ", maar breekt de regel sexting.decide.noPublicity ervan: Geen publiciteit: zoek die niet op en raad de betrokkenen aan dat ook niet te doen.");
        (dutch.Path, dutch.Code).Should().Be((error.Path, error.Code));
    }

    [Fact]
    public void Localize_ParticipantChecks_DutchWithTheLimitsAsDigits()
    {
        var json = JsonNode.Parse(SextingFixture.Workflow.Save(SextingFixture.At(SextingStep.Consult)))!.AsObject();
        json["participants"]![0]!["ageYears"] = 1000;

        var errors = SextingFixture.Workflow.Load(Encoding.UTF8.GetBytes(json.ToJsonString())).Errors;

        var error = errors.Should().ContainSingle(e => e.Path == "$.participants[0].ageYears").Subject;
        error.Message.Should().Be($"must be from 0 to {Limits.MaxYears}");
        error.Localize(Dutch).Message.Should().Be($"moet tussen 0 en {Limits.MaxYears} liggen");
    }

    [Fact]
    public void Localize_LogbookEntryWithAControlCharacter_DutchAtTheSamePath()
    {
        var result = EvidenceLogbook.Create(SextingFixture.Time).Append(Path.Combine(directory, "log.jsonl"), new NewLogbookEntry { Channel = "sms\u0007", Description = "x" });

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Should().Be(new ValidationError("$.channel", ValidationCodes.Invalid, "holds a control character (a line break, a tab, an escape, ...); this is one line of plain text"));
        error.Localize(Dutch).Message.Should().Be("bevat een stuurteken (een regeleinde, een tab, een escape, ...); dit is één regel gewone tekst");
    }

    [Fact]
    public void Localize_LibraryErrorInAProcedureFile_DutchToo()
    {
        var json = JsonNode.Parse(SextingFixture.Workflow.Save(SextingFixture.At(SextingStep.Consult)))!.AsObject();
        json["caseId"] = 5;

        var error = SextingFixture.Workflow.Load(Encoding.UTF8.GetBytes(json.ToJsonString())).Errors.Should().ContainSingle().Subject;

        error.Localize(Dutch).Message.Should().Be("verwacht een tekst, gevonden: een getal");
    }

    [Fact]
    public void Localize_VerificationOfAnEditedLogbook_ProblemsInDutch()
    {
        var path = Path.Combine(directory, "log.jsonl");
        var logbook = EvidenceLogbook.Create(SextingFixture.Time);
        logbook.Append(path, new NewLogbookEntry { Channel = "sms", Description = "one" });
        logbook.Append(path, new NewLogbookEntry { Channel = "sms", Description = "two" });
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"two\"", "\"t2o\"", StringComparison.Ordinal));

        var verification = logbook.Verify(path);
        var dutch = verification.Localize(Dutch);

        verification.Problems.Should().ContainSingle().Which.Message.Should().Be("entry 2 does not match its hash: it was changed after it was written");
        dutch.Problems.Should().ContainSingle().Which.Should().Be(
            verification.Problems[0] with { Message = "notitie 2 klopt niet met haar hash: ze werd gewijzigd nadat ze geschreven werd" });
    }

    [Fact]
    public void Localize_ReceiptPastTheEnd_MismatchInDutch()
    {
        var path = Path.Combine(directory, "log.jsonl");
        var logbook = EvidenceLogbook.Create(SextingFixture.Time);
        logbook.Append(path, new NewLogbookEntry { Channel = "sms", Description = "one" });
        var receipt = new LogbookReceipt(2, new string('a', 64));

        var mismatch = logbook.Verify(path, [receipt]).Localize(Dutch).Mismatches.Should().ContainSingle().Subject;

        mismatch.Message.Should().Be("notitie 2 ontbreekt: het logboek gaat tot notitie 1; er werden notities van het einde afgeknipt, of het logboek werd vervangen");
    }

    [Fact]
    public void Localize_ErrorInsideTheWeighedIncident_DutchAsTheIncidentReaderGivesIt()
    {
        var json = JsonNode.Parse(SextingFixture.Workflow.Save(SextingFixture.At(SextingStep.Decide)))!.AsObject();
        json["incident"]!["setting"] = 5;

        var error = SextingFixture.Workflow.Load(Encoding.UTF8.GetBytes(json.ToJsonString())).Errors.Should().ContainSingle().Subject;
        var direct = Json.SensoaJson.ParseIncident(json["incident"]!.ToJsonString()).Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$.incident" + direct.Path[1..]);
        error.Localize(Dutch).Message.Should().Be(direct.Localize(Dutch).Message).And.NotBe(direct.Message);
    }
}
