using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Sensoa.Flags.Procedures.Screener;

namespace Sensoa.Flags.Procedures.Tests.Screener;

public sealed class PolicyScreenerTests
{
    private static readonly ISchoolPolicyScreener Screener = SchoolPolicyScreener.Create();
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    private static Dictionary<string, string> AllAnswers(Func<ScreenerCard, string> sort) =>
        ScreenerCards.All.ToDictionary(card => card.Id, sort);

    private static ScreenerParseResult Parse(object answers) =>
        Screener.Parse(JsonSerializer.SerializeToUtf8Bytes(answers));

    [Fact]
    public void Cards_TwentyFourWithUniqueIdsEightPerCategory()
    {
        ScreenerCards.All.Should().HaveCount(24);
        ScreenerCards.All.Select(c => c.Id).Should().OnlyHaveUniqueItems();
        ScreenerCards.All.GroupBy(c => c.Category).Should().HaveCount(3).And.OnlyContain(g => g.Count() == 8);
    }

    [Fact]
    public void Report_ShippedAnswers_CountsPerCategory()
    {
        var parsed = Screener.Parse(File.ReadAllBytes(Samples.File("screener-answers.json")));
        parsed.Errors.Should().BeEmpty();
        var report = Screener.Report(parsed.Answers!);
        report.Categories.Select(c => (c.Category, c.Strengths.Count, c.WorkPoints.Count)).Should().Equal(
            (ScreenerCategory.Quality, 6, 2),
            (ScreenerCategory.Prevention, 5, 3),
            (ScreenerCategory.Reaction, 4, 4));
        report.StrengthCount.Should().Be(15);
        report.WorkPointCount.Should().Be(9);
        report.Categories[2].WorkPoints.Select(c => c.Id).Should().Equal("step-plan", "process-evaluation", "media-parents-externals", "restorative-mediation");
    }

    [Fact]
    public void Report_EveryCardAWorkPoint_AllInActionList()
    {
        var report = Screener.Report(Parse(AllAnswers(_ => "workPoint")).Answers!);
        report.WorkPointCount.Should().Be(24);
        report.StrengthCount.Should().Be(0);
        var markdown = Screener.ToMarkdown(report, English);
        foreach (var card in ScreenerCards.All)
        {
            markdown.Should().Contain($"- [ ] **{card.Title(English)}**{ScreenerMarkdown.Printed(card, English)} (`{card.Id}`)");
        }
    }

    [Fact]
    public void Parse_UnknownCardId_ErrorWithPath()
    {
        var answers = AllAnswers(_ => "strength");
        answers["no-such-card"] = "strength";
        var parsed = Parse(answers);
        parsed.IsValid.Should().BeFalse();
        parsed.Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e =>
            e.Path == "$['no-such-card']" && e.Code == ValidationCodes.UnknownProperty);
    }

    [Fact]
    public void Parse_MissingCard_RequiredAtItsPath()
    {
        var answers = AllAnswers(_ => "strength");
        answers.Remove("case-file");
        Parse(answers).Errors.Should().ContainSingle().Which.Should().Be(new ValidationError("$['case-file']", ValidationCodes.Required, "required"));
    }

    [Fact]
    public void Parse_BadValueAndDuplicate_EachNamed()
    {
        var json = "{" + string.Join(",", ScreenerCards.All.Select(c => $"\"{c.Id}\":\"strength\"")) + ",\"vision\":\"workPoint\"}";
        json = json.Replace("\"policy\":\"strength\"", "\"policy\":\"maybe\"", StringComparison.Ordinal);
        var errors = Screener.Parse(Encoding.UTF8.GetBytes(json)).Errors;
        errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo([
            ("$.vision", ValidationCodes.DuplicateProperty),
            ("$.policy", ValidationCodes.UnknownValue),
        ]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("\"strength\"")]
    public void Parse_NotAnObject_ErrorAtRoot(string json)
    {
        var parsed = Screener.Parse(Encoding.UTF8.GetBytes(json));
        parsed.IsValid.Should().BeFalse();
        parsed.Errors.Should().OnlyContain(e => e.Path == "$");
    }

    [Fact]
    public void Parse_CutOff_ErrorWhereItBreaks()
    {
        // The shared JSON reader names the place where a malformed document breaks, as it does for incidents.
        var parsed = Screener.Parse("{\"vision\":"u8.ToArray());
        parsed.Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Path == "$.vision" && e.Code == ValidationCodes.InvalidJson);
    }

    [Fact]
    public void Report_UnknownCardInAnswers_Throws()
    {
        var sorts = ScreenerCards.All.ToDictionary(c => c.Id, _ => CardSort.Strength);
        sorts["extra"] = CardSort.Strength;
        var act = () => Screener.Report(new ScreenerAnswers { Sorts = sorts });
        act.Should().Throw<ArgumentException>().WithMessage("*extra*");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public void ToSvg_WellFormedWithOneBarPerCategoryAndSort(string lang)
    {
        var culture = CultureInfo.GetCultureInfo(lang);
        var report = Screener.Report(Screener.Parse(File.ReadAllBytes(Samples.File("screener-answers.json"))).Answers!);
        var svg = Screener.ToSvg(report, culture);

        var document = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        document.Root!.Name.Should().Be(ns + "svg");
        var bars = document.Root.Elements(ns + "rect").Where(r => r.Attribute("fill")!.Value is "#3b82c4" or "#e0709b").ToArray();
        bars.Should().HaveCount(8, "two bars per category and two legend swatches");
        document.Root.Elements(ns + "text").Select(t => t.Value).Should().Contain(ScreenerCards.All.Select(c => c.Category).Distinct()
            .Select(c => c switch
            {
                ScreenerCategory.Quality => lang == "nl" ? "Kwaliteit" : "Quality",
                ScreenerCategory.Prevention => lang == "nl" ? "Preventie" : "Prevention",
                _ => lang == "nl" ? "Reactie" : "Reaction",
            }));
    }

    [Fact]
    public void ToSvg_BarHeightsFollowCounts()
    {
        var report = Screener.Report(Parse(AllAnswers(c => c.Category == ScreenerCategory.Reaction ? "workPoint" : "strength")).Answers!);
        var document = XDocument.Parse(Screener.ToSvg(report, English));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var heights = document.Root!.Elements(ns + "rect")
            .Where(r => r.Attribute("fill")!.Value is "#3b82c4" or "#e0709b" && r.Attribute("width")!.Value == "44")
            .Select(r => int.Parse(r.Attribute("height")!.Value, CultureInfo.InvariantCulture))
            .ToArray();
        heights.Should().Equal(200, 0, 200, 0, 0, 200);
    }

    [Fact]
    public void Output_SameReport_ByteIdentical()
    {
        var report = Screener.Report(Parse(AllAnswers(c => c.Id.Length % 2 == 0 ? "strength" : "workPoint")).Answers!);
        Screener.ToSvg(report, Dutch).Should().Be(Screener.ToSvg(report, Dutch));
        Screener.ToMarkdown(report, Dutch).Should().Be(Screener.ToMarkdown(report, Dutch));
        Screener.ToMarkdown(report, Dutch).Should().NotContain("\r").And.Contain("contactpersoon-integriteit");
    }
}
