using System.Text;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Tests.Corpus;

/// <summary>Every bad input of the corpus gives a clear error with its JSON path, from the API and from the CLI, never an exception.</summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Names() => BadInputCorpus.Names();

    [Fact]
    public void Corpus_AtLeast200Cases_ManifestAndFilesAgree()
    {
        BadInputCorpus.All.Count.Should().BeGreaterThanOrEqualTo(200);
        BadInputCorpus.Files.Should().Equal(BadInputCorpus.ManifestFiles.Order(StringComparer.Ordinal), "every file has an expectation and every expectation a file");
        BadInputCorpus.All.Values.Should().OnlyContain(c => ErrorContract.KnownCodes.Contains(c.ExpectedCode) && c.ExpectedPath.StartsWith('$'));
    }

    [Fact]
    public void Base_IsValid_SoEachCaseBreaksExactlyWhatItSays()
    {
        var result = Assess.Assessor.AssessJson(BadInputCorpus.Base);
        result.Errors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ParseIncident_BadInput_ExpectedPathAndCode(string name)
    {
        var expected = BadInputCorpus.All[name];
        var bytes = BadInputCorpus.Bytes(name);

        var parsed = SensoaJson.ParseIncident(bytes);
        parsed.IsValid.Should().BeFalse();
        ErrorContract.Check(parsed.Errors);
        parsed.Errors.Should().Contain(
            e => e.Path == expected.ExpectedPath && e.Code == expected.ExpectedCode,
            "the corpus expects {0} {1}; found {2}", expected.ExpectedPath, expected.ExpectedCode, string.Join(" | ", parsed.Errors.Select(e => e.Path + " " + e.Code)));

        var assessed = Assess.Assessor.AssessJson(bytes);
        assessed.IsValid.Should().BeFalse();
        assessed.Errors.Should().Equal(parsed.Errors);
    }

    [Fact]
    public void BaseWithBom_IsValid_ButTwoBomsAreNot()
    {
        var bom = new byte[] { 0xEF, 0xBB, 0xBF };
        Assess.Assessor.AssessJson(bom.Concat(BadInputCorpus.Base).ToArray()).IsValid.Should().BeTrue();
        Assess.Assessor.AssessJson(bom.Concat(bom).Concat(BadInputCorpus.Base).ToArray()).IsValid.Should().BeFalse();
    }

    [Fact]
    public void StringInput_SameErrorsAsBytes()
    {
        foreach (var name in BadInputCorpus.ManifestFiles.Take(60))
        {
            var bytes = BadInputCorpus.Bytes(name);
            if (!System.Text.Unicode.Utf8.IsValid(bytes))
            {
                continue;
            }

            SensoaJson.ParseIncident(Encoding.UTF8.GetString(bytes)).Errors.Should().Equal(SensoaJson.ParseIncident(bytes).Errors, name);
        }
    }
}
