using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Sensoa.Flags.Rules.DependencyInjection;
using Sensoa.Flags.Tests.Json;

namespace Sensoa.Flags.Tests.DependencyInjection;

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
        ((ConfiguredFlagAssessor)provider.GetRequiredService<IFlagAssessor>()).Defaults.Clock.Should().BeSameAs(clock);
    }

    [Fact]
    public void AddSensoaFlags_NoTimeProvider_NoClockSoOutputDependsOnInputAlone()
    {
        using var provider = new ServiceCollection().AddSingleton<TimeProvider>(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))).AddSensoaFlags().BuildServiceProvider();
        var assessor = provider.GetRequiredService<IFlagAssessor>();
        ((ConfiguredFlagAssessor)assessor).Defaults.Clock.Should().BeNull();
        var bytes = Samples.Read("two-person-sexting.json");
        Sensoa.Flags.Json.SensoaJson.Serialize(assessor.AssessJson(bytes).Assessment!)
            .Should().Be(Sensoa.Flags.Json.SensoaJson.Serialize(FlagAssessor.Create().AssessJson(bytes).Assessment!));
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

    private static AssessmentOptions Dutch() => new() { Culture = CultureInfo.GetCultureInfo("nl") };

    private static string EnglishMessage() =>
        FlagAssessor.Create().AssessJson(Encoding.UTF8.GetBytes(Samples.Minimal)).Assessment!.Behaviours[0].FiredRules[0].Message;
}
