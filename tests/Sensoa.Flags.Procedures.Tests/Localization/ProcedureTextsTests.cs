using System.Globalization;
using Sensoa.Flags.Procedures.Localization;
using Sensoa.Flags.Procedures.Screener;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Procedures.Tests.Localization;

public sealed class ProcedureTextsTests() : LanguageTableTests(ProcedureTexts.Resources, typeof(ProcedureTexts).Assembly)
{
    private static Dictionary<string, string> Entries(string culture) => ResourcePairs.Entries(ProcedureTexts.Resources, culture);

    [Fact]
    public void NetherlandsSextingTexts_SayOudersVerzorgersAsTheNetherlandsDoes()
    {
        // The Netherlands' route (keys without the Flemish fl. prefix and not the Flemish screener's cards) speaks of
        // "ouders/verzorgers", as Dutch schools do; the Flemish texts keep Flemish usage.
        var dutch = Entries("nl").Where(e => !e.Key.StartsWith("fl.", StringComparison.Ordinal) && !e.Key.StartsWith("card.", StringComparison.Ordinal)
            && (e.Key.StartsWith("check.", StringComparison.Ordinal) || e.Key.StartsWith("do.", StringComparison.Ordinal)
                || e.Key.StartsWith("step.", StringComparison.Ordinal) || e.Key.StartsWith("refusal.sexting.parents", StringComparison.Ordinal)));

        var withParents = dutch.Where(e => e.Value.Contains("ouders", StringComparison.OrdinalIgnoreCase)).ToList();

        withParents.Should().NotBeEmpty();
        withParents.Should().OnlyContain(e => e.Value.Contains("ouders/verzorgers", StringComparison.OrdinalIgnoreCase), "the Netherlands say ouders/verzorgers");
    }

    [Fact]
    public void EveryCard_HasTitleAndTextInBothLanguages()
    {
        var english = Entries("");
        foreach (var card in ScreenerCards.All)
        {
            english.Should().ContainKey($"card.{card.Id}.title").And.ContainKey($"card.{card.Id}.text");
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public void EveryTextTheProceduresEmit_ResolvesToATranslation(string lang)
    {
        var culture = CultureInfo.GetCultureInfo(lang);
        var keys = Entries("").Keys.ToHashSet();
        var texts = new List<string>();
        foreach (var step in Enum.GetValues<Procedures.Sexting.SextingStep>())
        {
            var guide = Procedures.Sexting.SextingWorkflow.Create().Guide(step, culture);
            texts.Add(guide.Title);
            texts.AddRange(guide.Checklist.Concat(guide.Dos).Concat(guide.Donts));
        }

        foreach (var role in Enum.GetValues<Procedures.Harassment.HarassmentRole>())
        {
            texts.Add(Procedures.Harassment.HarassmentGuide.RoleName(role, culture));
            texts.AddRange(Procedures.Harassment.HarassmentGuide.Actions(role, culture).SelectMany(a => a.Details.Prepend(a.Text)));
        }

        texts.AddRange(ScreenerCards.All.SelectMany(c => new[] { c.Title(culture), c.Text(culture) }));
        // A missing key comes back as the key itself (e.g. "check.weigh.flags"): no text may look like one.
        texts.Should().NotContain(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^[A-Za-z-]+(\.[A-Za-z-]+)+$"), "a text that looks like a key means the key is missing");
        Procedures.Sexting.SextingRules.All.Select(r => "refusal." + r.Id).Should().BeSubsetOf(keys);
    }

    [Fact]
    public void Get_UnknownKey_FallsBackToKey()
    {
        ProcedureTexts.Get("no.such.key", CultureInfo.GetCultureInfo("nl")).Should().Be("no.such.key");
    }
}
