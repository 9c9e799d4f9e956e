using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Sensoa.Flags.Rules.DependencyInjection;
using Sensoa.Flags.Tests.Json;

namespace Sensoa.Flags.Rules.Tests.DependencyInjection;

public sealed class AddSensoaFlagsTests
{
    [Fact]
    public void AddSensoaFlags_Default_ResolvesOneSharedEnglishAssessor()
    {
        using var provider = new ServiceCollection().AddSensoaFlags().BuildServiceProvider();
        var assessor = provider.GetRequiredService<IFlagAssessor>();
        provider.GetRequiredService<IFlagAssessor>().Should().BeSameAs(assessor);
        assessor.RuleSetVersion.Should().Be(FlagAssessor.RuleSetVersion);
        var result = assessor.AssessJson(Encoding.UTF8.GetBytes(Samples.Minimal));
        result.Assessment!.Behaviours[0].FiredRules[0].Message.Should().Be(EnglishMessage());
    }

    [Fact]
    public void AddSensoaFlags_DutchCulture_TextsInDutchWhenCallGivesNoOptions()
    {
        using var provider = new ServiceCollection()
            .AddSensoaFlags(o => o.Culture = CultureInfo.GetCultureInfo("nl-BE"))
            .BuildServiceProvider();
        var result = provider.GetRequiredService<IFlagAssessor>().AssessJson(Encoding.UTF8.GetBytes(Samples.Minimal));
        var message = result.Assessment!.Behaviours[0].FiredRules[0].Message;
        message.Should().NotBe(EnglishMessage());
        message.Should().Be(FlagAssessor.Create().AssessJson(Encoding.UTF8.GetBytes(Samples.Minimal), Dutch()).Assessment!.Behaviours[0].FiredRules[0].Message);
    }

    [Fact]
    public void AddSensoaFlags_CallWithOptions_CallWins()
    {
        using var provider = new ServiceCollection()
            .AddSensoaFlags(o => o.Culture = CultureInfo.GetCultureInfo("nl"))
            .BuildServiceProvider();
        var result = provider.GetRequiredService<IFlagAssessor>()
            .AssessJson(Encoding.UTF8.GetBytes(Samples.Minimal), new AssessmentOptions { Culture = CultureInfo.GetCultureInfo("en") });
        result.Assessment!.Behaviours[0].FiredRules[0].Message.Should().Be(EnglishMessage());
    }

    [Fact]
    public void AddSensoaFlags_TimeProvider_BecomesTheDefaultClock()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var provider = new ServiceCollection().AddSensoaFlags(o => o.TimeProvider = clock).BuildServiceProvider();
        ((ConfiguredFlagAssessor)provider.GetRequiredService<IFlagAssessor>()).Defaults.TimeProvider.Should().BeSameAs(clock);
    }

    [Fact]
    public void AddSensoaFlags_NoTimeProviderConfigured_TakesTheContainersClock()
    {
        var clock = Saturday();
        using var provider = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddSensoaFlags().BuildServiceProvider();
        var assessor = provider.GetRequiredService<IFlagAssessor>();
        ((ConfiguredFlagAssessor)assessor).Defaults.TimeProvider.Should().BeSameAs(clock);
        var referrals = assessor.AssessJson(Samples.Read("two-person-sexting.json")).Assessment!.Referrals;
        referrals.Should().OnlyContain(r => r.Availability != null, "the container's clock says which referral is open now");
    }

    [Fact]
    public void AddSensoaFlags_NoClockAnywhere_TakesTheSystemClock()
    {
        using var provider = new ServiceCollection().AddSensoaFlags().BuildServiceProvider();
        ((ConfiguredFlagAssessor)provider.GetRequiredService<IFlagAssessor>()).Defaults.TimeProvider.Should().BeSameAs(TimeProvider.System);
    }

    [Fact]
    public void AddSensoaFlags_ConfiguredTimeProvider_WinsOverTheContainersClock()
    {
        var configured = Saturday();
        using var provider = new ServiceCollection().AddSingleton<TimeProvider>(Saturday()).AddSensoaFlags(o => o.TimeProvider = configured).BuildServiceProvider();
        ((ConfiguredFlagAssessor)provider.GetRequiredService<IFlagAssessor>()).Defaults.TimeProvider.Should().BeSameAs(configured);
    }

    [Fact]
    public void AddSensoaFlags_CallSetsOnlyTheClock_KeepsTheConfiguredLanguage()
    {
        using var provider = new ServiceCollection()
            .AddSensoaFlags(o => o.Culture = CultureInfo.GetCultureInfo("nl"))
            .BuildServiceProvider();
        var bytes = Samples.Read("two-person-sexting.json");
        var clock = Saturday();
        var result = provider.GetRequiredService<IFlagAssessor>().AssessJson(bytes, new AssessmentOptions { TimeProvider = clock });
        var dutch = FlagAssessor.Create().AssessJson(bytes, new AssessmentOptions { Culture = CultureInfo.GetCultureInfo("nl"), TimeProvider = clock });
        Sensoa.Flags.Json.SensoaJson.Serialize(result.Assessment!).Should().Be(Sensoa.Flags.Json.SensoaJson.Serialize(dutch.Assessment!));
    }

    [Fact]
    public void AddSensoaFlags_CallSetsOnlyTheLanguage_KeepsTheConfiguredClock()
    {
        var clock = Saturday();
        using var provider = new ServiceCollection().AddSensoaFlags(o => o.TimeProvider = clock).BuildServiceProvider();
        var result = provider.GetRequiredService<IFlagAssessor>()
            .AssessJson(Samples.Read("two-person-sexting.json"), new AssessmentOptions { Culture = CultureInfo.GetCultureInfo("nl") });
        result.Assessment!.Referrals.Should().OnlyContain(r => r.Availability != null);
        result.Assessment.Behaviours[0].FiredRules[0].Message.Should().NotBe(EnglishMessage());
    }

    [Fact]
    public void AddSensoaFlags_CallSetsClockToNull_NoOpenNowSoOutputDependsOnInputAlone()
    {
        using var provider = new ServiceCollection().AddSingleton<TimeProvider>(Saturday()).AddSensoaFlags().BuildServiceProvider();
        var bytes = Samples.Read("two-person-sexting.json");
        var result = provider.GetRequiredService<IFlagAssessor>().AssessJson(bytes, new AssessmentOptions { TimeProvider = null });
        Sensoa.Flags.Json.SensoaJson.Serialize(result.Assessment!)
            .Should().Be(Sensoa.Flags.Json.SensoaJson.Serialize(FlagAssessor.Create().AssessJson(bytes).Assessment!));
    }

    [Fact]
    public void Over_NothingSetOnEitherSide_EnglishAndNoClock()
    {
        var merged = new AssessmentOptions().Over(AssessmentOptions.Default);
        merged.Culture.Name.Should().Be("en");
        merged.TimeProvider.Should().BeNull();
    }

    [Fact]
    public void AddSensoaFlags_InvalidInput_ErrorsNotExceptions()
    {
        using var provider = new ServiceCollection().AddSensoaFlags().BuildServiceProvider();
        var result = provider.GetRequiredService<IFlagAssessor>().AssessJson("{"u8);
        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.InvalidJson);
    }

    [Fact]
    public void AddSensoaFlags_NullServices_Throws()
    {
        var act = () => SensoaFlagsServiceCollectionExtensions.AddSensoaFlags(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    private static Microsoft.Extensions.Time.Testing.FakeTimeProvider Saturday() =>
        new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(1)));

    private static AssessmentOptions Dutch() => new() { Culture = CultureInfo.GetCultureInfo("nl") };

    private static string EnglishMessage() =>
        FlagAssessor.Create().AssessJson(Encoding.UTF8.GetBytes(Samples.Minimal)).Assessment!.Behaviours[0].FiredRules[0].Message;
}
