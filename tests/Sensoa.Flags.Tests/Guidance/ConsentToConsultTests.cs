using System.Globalization;
using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Tests.Guidance;

public sealed class ConsentToConsultTests
{
    [Theory]
    [InlineData(ConfidentialityDuty.Unknown)]
    [InlineData(ConfidentialityDuty.ProfessionalSecrecy)]
    [InlineData(ConfidentialityDuty.DutyOfDiscretion)]
    [InlineData(ConfidentialityDuty.Neither)]
    public void Explain_Anonymous_NoConsentNeededWhateverTheDuty(ConfidentialityDuty duty)
    {
        var advice = ConsentToConsult.Explain(new ConsultationQuestion { Anonymous = true, Duty = duty });
        advice.Consent.Should().Be(ConsentAnswer.NotNeeded);
        advice.Summary.Should().StartWith("In principle no consent needed");
        advice.Explanation.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData(ConfidentialityDuty.Unknown, "do not know")]
    [InlineData(ConfidentialityDuty.ProfessionalSecrecy, "professional secrecy")]
    [InlineData(ConfidentialityDuty.DutyOfDiscretion, "duty of discretion")]
    [InlineData(ConfidentialityDuty.Neither, "neither")]
    public void Explain_Named_DependsOnTheDutyAndExplainsIt(ConfidentialityDuty duty, string explains)
    {
        var advice = ConsentToConsult.Explain(new ConsultationQuestion { Anonymous = false, Duty = duty });
        advice.Consent.Should().Be(ConsentAnswer.DependsOnYourDuty, "the library explains; it does not decide");
        advice.Duty.Should().Be(duty);
        advice.Explanation[^1].Should().Contain(explains);
    }

    [Fact]
    public void Explain_EachDuty_ADifferentExplanation()
    {
        Enum.GetValues<ConfidentialityDuty>()
            .Select(d => ConsentToConsult.Explain(new ConsultationQuestion { Anonymous = false, Duty = d }).Explanation[^1])
            .Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Explain_Dutch_InDutch()
    {
        ConsentToConsult.Explain(new ConsultationQuestion { Anonymous = true }, CultureInfo.GetCultureInfo("nl")).Summary
            .Should().StartWith("In principe geen toestemming nodig");
    }

    [Fact]
    public void Explain_UndefinedDuty_Throws()
    {
        var act = () => ConsentToConsult.Explain(new ConsultationQuestion { Anonymous = false, Duty = (ConfidentialityDuty)42 });
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
