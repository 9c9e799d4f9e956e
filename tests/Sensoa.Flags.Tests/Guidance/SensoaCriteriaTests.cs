using System.Globalization;
using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Tests.Guidance;

public sealed class SensoaCriteriaTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    public static TheoryData<Criterion, Flag> Cells()
    {
        var cells = new TheoryData<Criterion, Flag>();
        foreach (var criterion in Enum.GetValues<Criterion>())
        {
            foreach (var flag in Enum.GetValues<Flag>())
            {
                cells.Add(criterion, flag);
            }
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Describe_EveryCell_EnglishAndDutchDifferAndNameTheCell(Criterion criterion, Flag flag)
    {
        var english = SensoaCriteria.Describe(criterion, flag);
        var dutch = SensoaCriteria.Describe(criterion, flag, CultureInfo.GetCultureInfo("nl-BE"));

        english.Criterion.Should().Be(criterion);
        english.Flag.Should().Be(flag);
        english.Description.Should().NotBeNullOrWhiteSpace().And.EndWith(".").And.NotStartWith("criteria.");
        dutch.Description.Should().NotBeNullOrWhiteSpace().And.EndWith(".").And.NotBe(english.Description);
    }

    [Fact]
    public void Describe_AllCells_EachTextDifferent()
    {
        foreach (var culture in new[] { CultureInfo.InvariantCulture, Dutch })
        {
            var texts = Enum.GetValues<Criterion>().SelectMany(c => Enum.GetValues<Flag>().Select(f => SensoaCriteria.Describe(c, f, culture).Description));
            texts.Should().OnlyHaveUniqueItems("each of the 24 cells says something of its own");
        }
    }

    [Theory]
    [InlineData(Criterion.Context, Flag.Red, "onlookers", "toeschouwers")]
    [InlineData(Criterion.Voluntariness, Flag.Yellow, "secrecy", "geheimhouding")]
    [InlineData(Criterion.Voluntariness, Flag.Red, "cannot walk away", "niet weg")]
    [InlineData(Criterion.Voluntariness, Flag.Black, "threats", "bedreigingen")]
    [InlineData(Criterion.Equality, Flag.Yellow, "authority", "gezagspositie")]
    [InlineData(Criterion.Equality, Flag.Black, "depends", "afhankelijkheid")]
    [InlineData(Criterion.Development, Flag.Green, "same age", "leeftijdsgenoten")]
    [InlineData(Criterion.Development, Flag.Red, "certain", "staat vast")]
    [InlineData(Criterion.Context, Flag.Green, "privacy", "privacy")]
    [InlineData(Criterion.Context, Flag.Red, "hurts", "kwetst")]
    [InlineData(Criterion.Impact, Flag.Black, "severe", "zware")]
    public void Describe_KeyFactOfTheSource_Kept(Criterion criterion, Flag flag, string english, string dutch)
    {
        SensoaCriteria.Describe(criterion, flag).Description.Should().Contain(english);
        SensoaCriteria.Describe(criterion, flag, Dutch).Description.Should().Contain(dutch);
    }

    [Fact]
    public void Describe_RatingUnknown_Null()
    {
        SensoaCriteria.Describe(Criterion.Consent, CriterionRating.Unknown).Should().BeNull();
        SensoaCriteria.Describe(Criterion.Consent, CriterionRating.Red)!.Description
            .Should().Be(SensoaCriteria.Describe(Criterion.Consent, Flag.Red).Description);
    }

    [Fact]
    public void Describe_UndefinedValues_Throw()
    {
        FluentActions.Invoking(() => SensoaCriteria.Describe((Criterion)9, Flag.Red)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SensoaCriteria.Describe(Criterion.Consent, (Flag)9)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SensoaCriteria.Meaning((Flag)(-1))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Guide_Shape_FourFlagsSixCriteriaFourLevelsInOrder()
    {
        var guide = SensoaCriteria.Guide(Dutch);

        guide.Language.Should().Be("nl");
        guide.Source.Should().Be(new SourceReference("Sensoa", "Wat zijn de vlaggen van het Vlaggensysteem?", null));
        guide.Flags.Select(f => f.Flag).Should().Equal(Flag.Green, Flag.Yellow, Flag.Red, Flag.Black);
        guide.Criteria.Select(c => c.Criterion).Should().Equal(Enum.GetValues<Criterion>());
        guide.Criteria.Should().OnlyContain(c => c.Levels.Select(l => l.Flag).SequenceEqual(new[] { Flag.Green, Flag.Yellow, Flag.Red, Flag.Black }));
        guide.Criteria[0].Name.Should().Be("toestemming");
        guide.Introduction.Should().Contain("geen optelsom");
    }

    [Fact]
    public void Meaning_GreenHasNoNote_OthersSayWhatTheSourceAdds()
    {
        SensoaCriteria.Meaning(Flag.Green).Note.Should().BeNull();
        SensoaCriteria.Meaning(Flag.Yellow).Note.Should().Contain("exploring");
        SensoaCriteria.Meaning(Flag.Red, Dutch).Note.Should().Contain("herhaalt");
        SensoaCriteria.Meaning(Flag.Black, Dutch).Note.Should().Contain("gepast werd aangepakt");
    }

    [Fact]
    public void Guide_Json_DeterministicAndStableNames()
    {
        var json = GuidanceJson.Serialize(SensoaCriteria.Guide());

        json.Should().Be(GuidanceJson.Serialize(SensoaCriteria.Guide()));
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;
        root.GetProperty("language").GetString().Should().Be("en");
        root.GetProperty("source").GetProperty("title").GetString().Should().Be("Wat zijn de vlaggen van het Vlaggensysteem?");
        root.GetProperty("flags")[2].GetProperty("flag").GetString().Should().Be("red");
        var context = root.GetProperty("criteria")[4];
        context.GetProperty("criterion").GetString().Should().Be("context");
        context.GetProperty("levels")[3].GetProperty("flag").GetString().Should().Be("black");
        context.GetProperty("levels")[3].GetProperty("description").GetString().Should().NotBeNullOrEmpty();
    }
}
