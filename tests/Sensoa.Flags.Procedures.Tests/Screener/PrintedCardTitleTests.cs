using System.Globalization;
using Sensoa.Flags.Procedures.Screener;

namespace Sensoa.Flags.Procedures.Tests.Screener;

/// <summary>The cards' titles exactly as printed in the sexting screener, and what the cards point to.</summary>
public sealed class PrintedCardTitleTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The 24 titles as printed, in the source's order (three blocks of eight).</summary>
    private static readonly string[] Printed =
    [
        "Aanspreekpersoon", "Bijscholingen", "Visie op sexting", "Beleid rond sexting", "Rol van leerkrachten",
        "Mediawijze afspraken", "Relationele en seksuele vorming", "Werkgroep seksualiteit",
        "Safe sexting", "Oké of niet oké", "Leerlingen vormen", "Peer to peer", "Aanspreekpersoon is gekend",
        "Ouders en leerlingen betrekken", "Weerbaarheid", "Persoonlijk referentiekader",
        "Stappenplan", "Interne communicatie", "Evaluatie van proces", "Hulp bieden", "Communicatie met leerlingen",
        "Aanspreekpersoon houdt dossier bij", "Media, ouders, externen", "Herstelbemiddeling",
    ];

    [Fact]
    public void PrintedTitle_All24_ExactlyAsOnTheCardsInOrder()
    {
        ScreenerCards.All.Select(c => c.PrintedTitle).Should().Equal(Printed);
    }

    [Fact]
    public void Title_Dutch_IsThePrintedTitle()
    {
        ScreenerCards.All.Select(c => c.Title(Dutch)).Should().Equal(Printed);
    }

    [Fact]
    public void Title_English_ATranslationBesideThePrintedOne()
    {
        ScreenerCards.All.Should().OnlyContain(c => c.Title(English).Length > 0);
        ScreenerCards.Find("case-file")!.Title(English).Should().NotBe("Aanspreekpersoon houdt dossier bij");
    }

    [Fact]
    public void Pointers_TheCardsThatGiveOne_SextingBeAndHeHetIsOke()
    {
        ScreenerCards.All.Where(c => c.Pointers.Count > 0).ToDictionary(c => c.Id, c => c.Pointers).Should().BeEquivalentTo(new Dictionary<string, string[]>
        {
            ["sex-education"] = ["www.sexting.be"],
            ["safe-sexting"] = ["sexting.be"],
            ["okay-or-not"] = ["Hé, het is oké"],
            ["step-plan"] = ["www.sexting.be"],
        });
    }

    [Fact]
    public void Markdown_EnglishWorkPoint_ShowsThePrintedTitleAndThePointer()
    {
        var answers = ScreenerCards.All.ToDictionary(c => c.Id, c => c.Id == "safe-sexting" ? CardSort.WorkPoint : CardSort.Strength);
        var screener = SchoolPolicyScreener.Create();
        var report = screener.Report(new ScreenerAnswers { Sorts = answers });
        var english = screener.ToMarkdown(report, English);
        english.Should().Contain("(on the card: \"Safe sexting\")").And.Contain("Methods and examples: sexting.be.");
        english.Should().Contain("(on the card: \"Aanspreekpersoon houdt dossier bij\")", "strengths name their card too");
        var dutch = screener.ToMarkdown(report, Dutch);
        dutch.Should().Contain("- [ ] **Safe sexting** (`safe-sexting`)").And.Contain("Methodieken en voorbeelden: sexting.be.").And.NotContain("op de kaart");
    }
}
