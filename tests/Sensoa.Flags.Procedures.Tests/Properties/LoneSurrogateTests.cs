using System.Text;
using Sensoa.Flags.Procedures.Logbook;
using Sensoa.Flags.Procedures.Screener;
using Sensoa.Flags.Procedures.Sexting;

namespace Sensoa.Flags.Procedures.Tests.Properties;

/// <summary>
/// A lone surrogate escape (<c>"\ud800"</c>) is well-formed JSON but no text: every procedure reader must report it
/// as an error with its path, in a value and in a property name, never throw.
/// </summary>
public sealed class LoneSurrogateTests
{
    private const string Lone = "\\ud800";

    private static readonly ISextingWorkflow Workflow = SextingWorkflow.Create(FlagAssessor.Create(), TimeProvider.System);

    public static TheoryData<string> StateEdits => new()
    {
        "\"caseId\": \"" + Lone + "\"",
        "\"caseId\": \"x\", \"" + Lone + "\": 1",
        "\"step\": \"" + Lone + "\"",
    };

    [Theory]
    [MemberData(nameof(StateEdits))]
    public void Load_LoneSurrogate_ErrorNotException(string edit)
    {
        var json = File.ReadAllText(Samples.File("sexting/state.json")).Replace("\"caseId\": \"school-2026-014\"", edit, StringComparison.Ordinal);
        json.Should().NotBe(File.ReadAllText(Samples.File("sexting/state.json")));
        var loaded = Workflow.Load(Encoding.UTF8.GetBytes(json));
        loaded.IsValid.Should().BeFalse();
        loaded.Errors.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("{\"conversations\": [{\"personId\": \"" + Lone + "\", \"alone\": true}]}")]
    [InlineData("{\"conversations\": [{\"" + Lone + "\": \"p1\", \"alone\": true}]}")]
    public void ReadInput_LoneSurrogate_ErrorNotException(string json)
    {
        var input = Workflow.ReadInput(SextingTrigger.YoungPeopleHeard, Encoding.UTF8.GetBytes(json), out var errors);
        input.Should().BeNull();
        errors.Should().NotBeEmpty().And.OnlyContain(e => e.Path.StartsWith("$.conversations[0]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"vision\": \"" + Lone + "\"}")]
    [InlineData("{\"" + Lone + "\": \"strength\"}")]
    public void ScreenerParse_LoneSurrogate_ErrorNotException(string json)
    {
        var parsed = SchoolPolicyScreener.Create().Parse(Encoding.UTF8.GetBytes(json));
        parsed.IsValid.Should().BeFalse();
        parsed.Errors.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("\"channel\":\"e-mail\"", "\"channel\":\"" + Lone + "\"")]
    [InlineData("\"channel\":\"e-mail\"", "\"channel\":\"e-mail\",\"" + Lone + "\":1")]
    public void Verify_LoneSurrogateInLine_MalformedNotException(string from, string to)
    {
        var line = "{\"sequence\":1,\"timestamp\":\"2026-03-02T23:10:05.123+01:00\",\"channel\":\"e-mail\",\"description\":\"d\",\"attachments\":[],\"previousHash\":\"" + new string('0', 64) + "\",\"hash\":\"" + new string('a', 64) + "\"}";
        var verification = EvidenceLogbook.Create(TimeProvider.System).Verify(new StringReader(line.Replace(from, to, StringComparison.Ordinal) + "\n"));
        verification.IsIntact.Should().BeFalse();
        verification.Problems.Should().Contain(p => p.Kind == LogbookProblemKind.Malformed);
    }
}
