using System.Globalization;
using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Tests.Guidance;

public sealed class SensoaPitfallsTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    [Fact]
    public void Guide_FourPitfalls_InTheSourcesOrderWithItsHeadings()
    {
        var guide = SensoaPitfalls.Guide();

        guide.Source.Section.Should().Be("Valkuilen bij het geven van een vlag");
        guide.Pitfalls.Select(p => p.Quote).Should().Equal(
            "Dat kan toch niet!",
            "Dat mag hier niet!",
            "We hebben hier een rode vlag-persoon!",
            "Wat met het slachtoffer, want dat gedrag is ook niet helemaal oké?");
    }

    [Theory]
    [InlineData(SensoaPitfall.Indignation)]
    [InlineData(SensoaPitfall.OrganisationRule)]
    [InlineData(SensoaPitfall.FlagOnPerson)]
    [InlineData(SensoaPitfall.VictimBehaviour)]
    public void Describe_EveryPitfall_TextsInBothLanguagesQuoteTheSame(SensoaPitfall id)
    {
        var english = SensoaPitfalls.Describe(id);
        var dutch = SensoaPitfalls.Describe(id, Dutch);

        dutch.Quote.Should().Be(english.Quote, "the name is a quotation");
        foreach (var (en, nl) in new[] { (english.Title, dutch.Title), (english.Explanation, dutch.Explanation), (english.Advice, dutch.Advice) })
        {
            en.Should().NotBeNullOrWhiteSpace().And.NotStartWith("pitfall.");
            nl.Should().NotBeNullOrWhiteSpace().And.NotBe(en);
        }

        dutch.SayToTheAffected.Should().HaveCount(english.SayToTheAffected.Count);
    }

    [Fact]
    public void Describe_OrganisationRule_AtMostGreenToYellow()
    {
        SensoaPitfalls.Describe(SensoaPitfall.OrganisationRule).Advice.Should().Contain("green flag can turn yellow");
        SensoaPitfalls.Describe(SensoaPitfall.OrganisationRule, Dutch).Advice.Should().Contain("groene vlag geel");
    }

    [Fact]
    public void Describe_VictimBehaviour_FourThingsToSayNoneAsksTheAffectedToChange()
    {
        var english = SensoaPitfalls.Describe(SensoaPitfall.VictimBehaviour);
        var dutch = SensoaPitfalls.Describe(SensoaPitfall.VictimBehaviour, Dutch);

        english.SayToTheAffected.Should().HaveCount(4);
        english.SayToTheAffected.Should().Contain(s => s.Contains("other person who has to change", StringComparison.Ordinal));
        english.SayToTheAffected.Should().NotContain(s => s.Contains("you have to change", StringComparison.OrdinalIgnoreCase) || s.Contains("you must change", StringComparison.OrdinalIgnoreCase));
        dutch.SayToTheAffected.Should().Contain(s => s.Contains("De ander moet zijn gedrag veranderen, niet jij", StringComparison.Ordinal));
        dutch.SayToTheAffected.Should().NotContain(s => s.Contains("jij moet", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Describe_Undefined_Throws() =>
        FluentActions.Invoking(() => SensoaPitfalls.Describe((SensoaPitfall)4)).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void Guide_Json_IdsCamelCase()
    {
        using var document = System.Text.Json.JsonDocument.Parse(GuidanceJson.Serialize(SensoaPitfalls.Guide(Dutch)));

        document.RootElement.GetProperty("language").GetString().Should().Be("nl");
        document.RootElement.GetProperty("pitfalls").EnumerateArray().Select(p => p.GetProperty("id").GetString())
            .Should().Equal("indignation", "organisationRule", "flagOnPerson", "victimBehaviour");
    }
}
