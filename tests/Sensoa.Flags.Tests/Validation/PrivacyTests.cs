using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Sensoa.Flags.Json;
using Sensoa.Flags.Tests.Corpus;
using Sensoa.Flags.Tests.Fuzzing;
using static Sensoa.Flags.Tests.Validation.MarkedInputs;

namespace Sensoa.Flags.Tests.Validation;

/// <summary>
/// No free text from the input (descriptions, reasons, ids, enum values, other values) reaches an error message (the
/// CLI's tests hold its stderr to the same inputs). The one exception, by design: a path names the property where the problem is, so an unknown property's
/// name appears in the path (cut at 64 characters); property names are structure, not content.
/// </summary>
public sealed class PrivacyTests
{
    [Theory]
    [MemberData(nameof(MarkedInputs.Broken), MemberType = typeof(MarkedInputs))]
    public void Errors_MarkerInFreeTextOrValues_NeverInAMessageOrPath(string json)
    {
        var errors = SensoaJson.ParseIncident(json).Errors;
        errors.Should().NotBeEmpty();
        errors.Should().OnlyContain(e => !e.ToString().Contains(Marker, StringComparison.Ordinal));
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
}
