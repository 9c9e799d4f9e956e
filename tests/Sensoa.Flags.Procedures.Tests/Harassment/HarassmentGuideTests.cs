using System.Globalization;
using Sensoa.Flags.Procedures.Harassment;

namespace Sensoa.Flags.Procedures.Tests.Harassment;

public sealed class HarassmentGuideTests
{
    [Theory]
    [InlineData(HarassmentRole.Person, 6)]
    [InlineData(HarassmentRole.Colleague, 5)]
    [InlineData(HarassmentRole.Team, 5)]
    [InlineData(HarassmentRole.Organisation, 2)]
    public void Actions_EveryRole_ListWithUniqueIdsAndTexts(HarassmentRole role, int count)
    {
        foreach (var culture in Languages.Supported.Select(CultureInfo.GetCultureInfo))
        {
            var actions = HarassmentGuide.Actions(role, culture);
            actions.Should().HaveCount(count);
            actions.Select(a => a.Id).Should().OnlyHaveUniqueItems();
            actions.Should().OnlyContain(a => a.Text != a.Id && a.Details.All(d => d.Length > 0));
        }
    }

    [Fact]
    public void Actions_Team_AssessCarriesTheFourRiskQuestions()
    {
        var english = CultureInfo.GetCultureInfo("en");
        var assess = HarassmentGuide.Actions(HarassmentRole.Team, english).Single(a => a.Id == "team.assess");
        assess.Details.Should().Equal(HarassmentGuide.RiskQuestions(english));
        assess.Details.Should().HaveCount(4).And.OnlyContain(q => q.Contains('?', StringComparison.Ordinal));
    }

    [Fact]
    public void Actions_Organisation_GuidelinesHaveEightPoints()
    {
        HarassmentGuide.Actions(HarassmentRole.Organisation, CultureInfo.GetCultureInfo("nl"))
            .Single(a => a.Id == "organisation.guidelines").Details.Should().HaveCount(8);
    }

    [Fact]
    public void LegalNote_NamesFirstOfJuly2024InBothLanguages()
    {
        HarassmentGuide.OnlineSexualIntimidationPunishableSince.Should().Be(new DateOnly(2024, 7, 1));
        HarassmentGuide.LegalNote(CultureInfo.GetCultureInfo("en")).Should().Contain("1 July 2024");
        HarassmentGuide.LegalNote(CultureInfo.GetCultureInfo("nl")).Should().Contain("1 juli 2024");
    }

    [Fact]
    public void Actions_UndefinedRole_Throws()
    {
        var act = () => HarassmentGuide.Actions((HarassmentRole)42, CultureInfo.InvariantCulture);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
