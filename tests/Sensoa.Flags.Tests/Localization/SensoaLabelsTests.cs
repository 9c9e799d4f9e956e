using System.Globalization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Tests.Localization;

public sealed class SensoaLabelsTests
{
    // The enums whose values an integrator shows to people. Every public enum of the model is here or in NotShown, so that a
    // new enum (a relation, say) fails this test until its labels are entries of the language table.
    private static readonly Type[] Shown =
    [
        typeof(Flag), typeof(CriterionRating), typeof(AssessmentStatus), typeof(Registration), typeof(ResponseRole),
        typeof(Setting), typeof(Criterion), typeof(Availability), typeof(Jurisdiction), typeof(Intimacy), typeof(OverrideBasis), typeof(Relation),
    ];

    // Response steps come with their own text (Response.Steps[i].Text); the outcome of an override with its refusal message.
    private static readonly Type[] NotShown = [typeof(ResponseStepKind), typeof(OverrideOutcome)];

    public static TheoryData<string> Languages() => ["en", "nl", "nl-BE"];

    [Fact]
    public void EveryPublicEnumOfTheModel_IsLabelledOrDeliberatelyNot()
    {
        var enums = typeof(Flag).Assembly.GetExportedTypes().Where(t => t.IsEnum && t.Namespace == "Sensoa.Flags");
        enums.Should().BeSubsetOf(Shown.Concat(NotShown));
        Shown.Should().BeSubsetOf(enums);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryValueOfEveryShownEnum_HasALabel(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        foreach (var type in Shown)
        {
            foreach (var value in Enum.GetValues(type))
            {
                var label = (string)typeof(SensoaLabels).GetMethod(nameof(SensoaLabels.Of))!.MakeGenericMethod(type).Invoke(null, [value, culture])!;
                label.Should().NotBeNullOrWhiteSpace($"{type.Name}.{value} in {language}");
            }
        }
    }

    [Fact]
    public void Of_EnglishAndDutch_WordsForPeopleNotEnumNames()
    {
        var nl = CultureInfo.GetCultureInfo("nl-BE");
        var en = CultureInfo.GetCultureInfo("en");
        SensoaLabels.Of(Registration.InternalAndExternal, en).Should().Be("internal registration and consulting an external service");
        SensoaLabels.Of(Registration.InternalAndExternal, nl).Should().Be("interne registratie en overleg met een externe dienst");
        SensoaLabels.Of(Flag.Red, nl).Should().Be("rood");
        SensoaLabels.Of(Availability.Closed, nl).Should().Be("gesloten");
        SensoaLabels.Of(Setting.YouthWork, en).Should().Be("youth work");
        SensoaLabels.Of(ResponseRole.Bystanders, CultureInfo.GetCultureInfo("de-BE")).Should().Be("bystanders", "a language without a table gets English");
    }

    [Fact]
    public void DutchLabels_DifferFromEnglishWhereTheWordsDiffer()
    {
        var nl = CultureInfo.GetCultureInfo("nl");
        var en = CultureInfo.GetCultureInfo("en");
        foreach (var value in Enum.GetValues<Setting>().Where(s => s is not (Setting.School or Setting.Sport or Setting.Online)))
        {
            SensoaLabels.Of(value, nl).Should().NotBe(SensoaLabels.Of(value, en), value.ToString());
        }
    }

    [Fact]
    public void Of_ValueOutsideTheEnum_ThrowsTryGetSaysNo()
    {
        var act = () => SensoaLabels.Of((Flag)42, CultureInfo.InvariantCulture);
        act.Should().Throw<ArgumentOutOfRangeException>();
        SensoaLabels.TryGet((Flag)42, CultureInfo.InvariantCulture, out var label).Should().BeFalse();
        label.Should().BeEmpty();
        SensoaLabels.TryGet(ReportFormatLike.Any, CultureInfo.InvariantCulture, out _).Should().BeFalse("an enum without resource entries has no labels");
    }

    [Fact]
    public void LabelKeys_AreTheEnumAndTheContractName()
    {
        // The mechanism a new enum relies on: "label.<enum in camelCase>.<contract name>".
        EnumNames<AssessmentStatus>.Name(AssessmentStatus.InsufficientInformation).Should().Be("insufficientInformation");
        SensoaLabels.Of(AssessmentStatus.InsufficientInformation, CultureInfo.GetCultureInfo("nl")).Should().Be("onvoldoende informatie");
    }

    private enum ReportFormatLike
    {
        Any = 0,
    }
}
