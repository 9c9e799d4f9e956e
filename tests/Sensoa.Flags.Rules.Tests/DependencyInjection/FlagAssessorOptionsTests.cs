using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NRules.Fluent.Dsl;
using Sensoa.Flags.Rules.Organisation;
using Sensoa.Flags.Json;
using Sensoa.Flags.Tests.Json;

namespace Sensoa.Flags.Rules.Tests.DependencyInjection;

/// <summary>One options type: <see cref="FlagAssessor.Create(Action{FlagAssessorOptions})"/> and <c>AddSensoaFlags</c> read the same settings the same way.</summary>
public sealed class FlagAssessorOptionsTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    [Fact]
    public void Create_CultureAndTimeProvider_AreTheDefaultsOfEveryCall()
    {
        var clock = Saturday();
        var bytes = Samples.Read("two-person-sexting.json");

        var configured = FlagAssessor.Create(o => (o.Culture, o.TimeProvider) = (Dutch, clock)).AssessJson(bytes);

        Serialize(configured).Should().Be(Serialize(FlagAssessor.Create().AssessJson(bytes, new AssessmentOptions { Culture = Dutch, TimeProvider = clock })));
        configured.Assessment!.Referrals.Should().OnlyContain(r => r.Availability != null);
    }

    [Fact]
    public void Create_CallSetsTimeProviderToNull_KeepsTheConfiguredLanguageWithoutOpenNow()
    {
        var bytes = Samples.Read("two-person-sexting.json");

        var result = FlagAssessor.Create(o => (o.Culture, o.TimeProvider) = (Dutch, Saturday())).AssessJson(bytes, new AssessmentOptions { TimeProvider = null });

        Serialize(result).Should().Be(Serialize(FlagAssessor.Create().AssessJson(bytes, new AssessmentOptions { Culture = Dutch })));
    }

    [Fact]
    public void Create_NothingConfigured_AssessesAsThePlainAssessor()
    {
        var bytes = Samples.Read("two-person-sexting.json");

        var result = FlagAssessor.Create(_ => { }).AssessJson(bytes);

        Serialize(result).Should().Be(Serialize(FlagAssessor.Create().AssessJson(bytes)));
        result.Assessment!.Referrals.Should().OnlyContain(r => r.Availability == null);
    }

    [Fact]
    public void CreateAndAddSensoaFlags_SameOptions_SameAnswers()
    {
        var clock = Saturday();
        var bytes = Samples.Read("two-person-sexting.json");
        void Configure(FlagAssessorOptions o) => (o.Culture, o.TimeProvider) = (Dutch, clock);
        using var provider = new ServiceCollection().AddSensoaFlags(Configure).BuildServiceProvider();

        var registered = provider.GetRequiredService<IFlagAssessor>().AssessJson(bytes);

        Serialize(registered).Should().Be(Serialize(FlagAssessor.Create(Configure).AssessJson(bytes)));
    }

    [Fact]
    public void AddSensoaFlags_OptionsChangedAfterRegistration_KeepsThemAsConfigured()
    {
        FlagAssessorOptions? kept = null;
        using var provider = new ServiceCollection().AddSensoaFlags(o => kept = o).BuildServiceProvider();
        kept!.Culture = Dutch;

        var result = provider.GetRequiredService<IFlagAssessor>().AssessJson(Samples.Read("two-person-sexting.json"), new AssessmentOptions { TimeProvider = null });

        Serialize(result).Should().Be(Serialize(FlagAssessor.Create().AssessJson(Samples.Read("two-person-sexting.json"))));
    }

    [Fact]
    public void Culture_SetToNull_Throws()
    {
        var act = () => FlagAssessor.Create(o => o.Culture = null!);

        act.Should().Throw<ArgumentNullException>().WithMessage("*Culture*");
    }

    [Fact]
    public void Describe_ConfiguredAssessor_ListsItsOrganisationRules()
    {
        var assessor = FlagAssessor.Create(o => o.AddRules(typeof(LateEveningRule)).Culture = Dutch);

        FlagAssessor.Describe(assessor).OrganisationRules.Should().ContainSingle();
    }

    /// <summary>An organisation's house rule, to see that the configured defaults keep the organisation's rules.</summary>
    [Name("club.lateEvening")]
    public sealed class LateEveningRule : Rule
    {
        /// <inheritdoc/>
        public override void Define()
        {
            BehaviourView behaviour = null!;
            When().Match(() => behaviour, b => b.Labels.Contains("late-evening"));
            Then().Do(ctx => ctx.RaiseConcern(behaviour, "late in the evening", Flag.Yellow));
        }
    }

    private static string Serialize(AssessmentResult result) => SensoaJson.Serialize(result.Assessment!);

    private static FakeTimeProvider Saturday() => new(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(1)));
}
