using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Sensoa.Flags.Cli;
using Sensoa.Flags.Json;
using Sensoa.Flags.Tests.Corpus;
using Sensoa.Flags.Tests.Fuzzing;

namespace Sensoa.Flags.Tests.Validation;

/// <summary>
/// No free text from the input (descriptions, reasons, ids, enum values, other values) reaches an error message or the
/// CLI's stderr. The one exception, by design: a path names the property where the problem is, so an unknown property's
/// name appears in the path (cut at 64 characters); property names are structure, not content.
/// </summary>
public sealed class PrivacyTests
{
    private const string Marker = "Zq7Secret";

    /// <summary>Inputs with the marker in every free-text and id field, each also broken somewhere.</summary>
    public static TheoryData<string> Broken() =>
    [
        // The marker in every text field, and the enums wrong.
        Doc(b => { b["description"] = Marker; b["override"] = new JsonObject { ["flag"] = Marker, ["basis"] = Marker, ["reason"] = Marker }; b["intimacy"] = Marker; }),
        Doc(b => b["criteria"]!["consent"] = Marker),
        Doc(b => b["actorId"] = Marker),
        Doc(b => b["affectedIds"] = new JsonArray(Marker, Marker)),
        Doc(b => b["id"] = Marker + new string('x', 70)),
        Doc(b => b["description"] = string.Concat(Enumerable.Repeat(Marker, 1000))),
        Doc(b => b["override"] = new JsonObject { ["flag"] = "red", ["basis"] = "intimacy", ["reason"] = string.Concat(Enumerable.Repeat(Marker, 300)) }),
        Doc(b => { b["description"] = Marker; b["criteria"] = Marker; }),
        Doc(b => { b["description"] = Marker; b["repeatedAfterCorrection"] = Marker; b["id"] = 5; }),
        Doc(_ => { }, root => { root["people"]![0]!["id"] = Marker; root["people"]![1]!["id"] = Marker; }),
        Doc(_ => { }, root => { root["people"]![0]!["ageYears"] = Marker; root["setting"] = Marker; root["jurisdiction"] = Marker; }),
        Doc(_ => { }, root => root["occurredYearsAgo"] = JsonValue.Create(Marker)),
        Doc(_ => { }, root => root["people"] = Marker),
        Doc(_ => { }, root => root["behaviours"]!.AsArray().Add(Marker)),
        // Malformed JSON right after the marker.
        "{\"jurisdiction\": \"flanders\", \"setting\": \"" + Marker,
        "{\"jurisdiction\": \"" + Marker + "\" \"setting\": 1}",
        "{\"jurisdiction\": \"" + Marker + "\\x\"}",
        "[\"" + Marker + "\", " + Marker + "]",
        "\"" + Marker + "\"",
        Marker,
    ];

    [Theory]
    [MemberData(nameof(Broken))]
    public void Errors_MarkerInFreeTextOrValues_NeverInAMessageOrPath(string json)
    {
        var errors = SensoaJson.ParseIncident(json).Errors;
        errors.Should().NotBeEmpty();
        errors.Should().OnlyContain(e => !e.ToString().Contains(Marker, StringComparison.Ordinal));

        var (code, stdout, stderr) = Cli(Encoding.UTF8.GetBytes(json));
        code.Should().Be(ExitCodes.InvalidData);
        stdout.Should().BeEmpty();
        stderr.Should().NotContain(Marker);
    }

    [Fact]
    public void Errors_MarkerAsAPropertyName_OnlyInThePathOfThatProperty()
    {
        var json = Doc(b => { b[Marker] = Marker; b["description"] = Marker; });
        var error = SensoaJson.ParseIncident(json).Errors.Should().ContainSingle().Subject;
        error.Path.Should().Be("$.behaviours[0]." + Marker);
        error.Code.Should().Be(ValidationCodes.UnknownProperty);
        error.Message.Should().NotContain(Marker);
    }

    [Fact]
    public void Errors_MutatedInputsHoldingTheMarker_NoMessageEverHoldsIt()
    {
        var input = Encoding.UTF8.GetBytes(Doc(b =>
        {
            b["description"] = Marker;
            b["override"] = new JsonObject { ["flag"] = "red", ["basis"] = "intimacy", ["reason"] = Marker };
        }));
        Assess.Assessor.AssessJson(input).IsValid.Should().BeTrue();
        Mutation.Gen.Array[1, 3].Sample(mutations =>
        {
            var bytes = mutations.Aggregate(input, (current, mutation) => mutation.Apply(current));
            var result = Assess.Assessor.AssessJson(bytes);
            return result.IsValid || result.Errors.All(e => !e.Message.Contains(Marker, StringComparison.Ordinal));
        }, iter: 10_000);
    }

    [Fact]
    public void Cli_InternalError_OnlyTheExceptionTypeNeverItsMessage()
    {
        var (code, stdout, stderr) = Cli(new ThrowingStream());
        code.Should().Be(ExitCodes.Internal);
        stdout.Should().BeEmpty();
        stderr.Should().NotContain(Marker).And.Contain(nameof(InvalidOperationException));
        stderr.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void Cli_CorpusInputs_StderrNeverRepeatsTheirDescriptions()
    {
        // The corpus base describes the behaviour as "a description" and gives "a reason": neither may come back.
        foreach (var name in BadInputCorpus.ManifestFiles)
        {
            var (_, _, stderr) = Cli(BadInputCorpus.Bytes(name));
            stderr.Should().NotContain("a description", name).And.NotContain("a reason", name);
        }
    }

    private static (int Code, string Stdout, string Stderr) Cli(byte[] input) => Cli(new MemoryStream(input));

    private static (int Code, string Stdout, string Stderr) Cli(Stream input)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using (input)
        {
            var code = CliApp.Run(["assess", "-"], input, output, error);
            return (code, output.ToString(), error.ToString());
        }
    }

    private static string Doc(Action<JsonObject> behaviour, Action<JsonObject>? root = null)
    {
        var node = JsonNode.Parse(BadInputCorpus.Base)!.AsObject();
        behaviour(node["behaviours"]![0]!.AsObject());
        root?.Invoke(node);
        return node.ToJsonString();
    }

    /// <summary>A stream that fails with input-like text in its message, as a broken pipe or a buggy host might.</summary>
    private sealed class ThrowingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("failed while reading " + Marker);

        public override int Read(Span<byte> buffer) => throw new InvalidOperationException("failed while reading " + Marker);
    }
}
