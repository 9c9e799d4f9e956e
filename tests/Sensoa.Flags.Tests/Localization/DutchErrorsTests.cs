using System.Globalization;
using Sensoa.Flags.Localization;
using Sensoa.Flags.Testing;
using Sensoa.Flags.Tests.Corpus;

namespace Sensoa.Flags.Tests.Localization;

/// <summary>Error messages follow the language asked for; the paths and codes, which programs read, never do.</summary>
public sealed class DutchErrorsTests
{
    private static readonly AssessmentOptions Dutch = new() { Culture = CultureInfo.GetCultureInfo("nl-BE") };

    public static TheoryData<string> Names() => BadInputCorpus.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void AssessJson_DutchOnBadInput_SamePathsAndCodesEveryMessageInDutch(string name)
    {
        var bytes = BadInputCorpus.Bytes(name);
        var english = Assess.Assessor.AssessJson(bytes).Errors;
        var dutch = Assess.Assessor.AssessJson(bytes, Dutch).Errors;

        dutch.Select(e => (e.Path, e.Code)).Should().Equal(english.Select(e => (e.Path, e.Code)));
        dutch.Zip(english).Should().OnlyContain(pair => pair.First.Message != pair.Second.Message, "every message has its Dutch text");
    }

    [Fact]
    public void AssessJson_EnglishAsked_MessagesAsBefore()
    {
        var english = Assess.Assessor.AssessJson("""{"jurisdiction":"flanders"}"""u8, new AssessmentOptions { Culture = CultureInfo.GetCultureInfo("en-GB") });
        english.Errors.Should().Contain(new ValidationError("$.setting", ValidationCodes.Required, "required"));
    }

    [Fact]
    public void Assess_TypedIncidentInDutch_MessagesInDutch()
    {
        var result = Assess.Assessor.Assess(new Incident { Jurisdiction = Jurisdiction.Flanders, Setting = Setting.School, People = [], Behaviours = [] }, Dutch);
        result.Errors.Should().Contain(new ValidationError("$.people", ValidationCodes.Required, "minstens één persoon is verplicht"));
    }

    [Fact]
    public void Localize_NumbersAndAllowedNames_StayAsTheyAre()
    {
        var error = Sensoa.Flags.Json.SensoaJson.ParseIncident("""{"jurisdiction":"wallonia"}"""u8).Errors.Single(e => e.Path == "$.jurisdiction");
        error.Localize(CultureInfo.GetCultureInfo("nl")).Message.Should().Be("geen toegelaten waarde; verwacht een van flanders, netherlands");
        error.Localize(CultureInfo.GetCultureInfo("en")).Should().Be(error);
    }
}
