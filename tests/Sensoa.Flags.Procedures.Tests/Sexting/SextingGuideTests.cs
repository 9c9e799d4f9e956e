using System.Globalization;
using Sensoa.Flags.Procedures.Localization;
using Sensoa.Flags.Procedures.Sexting;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Procedures.Tests.Sexting;

/// <summary>What each route's steps ask, as the sources put it.</summary>
public sealed class SextingGuideTests
{
    private static readonly ISextingWorkflow Workflow = SextingFixture.Workflow;
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static string All(StepGuide guide) => string.Join("\n", guide.Checklist.Concat(guide.Dos).Concat(guide.Donts));

    [Theory]
    [InlineData(Jurisdiction.Flanders)]
    [InlineData(Jurisdiction.Netherlands)]
    public void Guide_EveryStepOfTheRoute_HasATitleAndAChecklistInBothLanguages(Jurisdiction jurisdiction)
    {
        foreach (var step in Workflow.Route(jurisdiction))
        {
            foreach (var culture in new[] { English, Dutch })
            {
                var guide = Workflow.Guide(step, jurisdiction, culture);
                guide.Title.Should().NotBeNullOrWhiteSpace();
                guide.Checklist.Should().NotBeEmpty($"{step} on the {jurisdiction} route has something to do");
                guide.Checklist.Concat(guide.Dos).Concat(guide.Donts).Prepend(guide.Title)
                    .Should().NotContain(t => t.StartsWith("fl.", StringComparison.Ordinal) || t.StartsWith("check.", StringComparison.Ordinal), "a text that is a key means the key is missing");
            }
        }
    }

    [Fact]
    public void Guide_StepOfTheOtherRoute_TitleAndNothingToDo()
    {
        var guide = Workflow.Guide(SextingStep.TalkToParents, Jurisdiction.Flanders, English);
        guide.Title.Should().Be(Workflow.Guide(SextingStep.TalkToParents, English).Title);
        guide.Checklist.Should().BeEmpty();
        Workflow.Guide(SextingStep.Evaluate, English).Checklist.Should().BeEmpty();
    }

    [Fact]
    public void Guide_FlandersFirstStep_ContactPersonTeacherOrClbAndTheStepPlanOnSextingBe()
    {
        var text = All(Workflow.Guide(SextingStep.InvolveContactPerson, Jurisdiction.Flanders, Dutch));
        text.Should().Contain("aanspreekpersoon").And.Contain("leerkracht").And.Contain("CLB-medewerker").And.Contain("sexting.be");
    }

    [Fact]
    public void Guide_FlandersConsult_ClbAndChildFocusWith116000AndImagesOffline()
    {
        var text = All(Workflow.Guide(SextingStep.Consult, Jurisdiction.Flanders, Dutch));
        text.Should().Contain("CLB").And.Contain("Child Focus").And.Contain("116 000").And.Contain("offline");
    }

    [Fact]
    public void Guide_FlandersSteps_NeedToKnowFirmRespectfulHelpAgreementsDossierEvaluation()
    {
        string Of(SextingStep step) => All(Workflow.Guide(step, Jurisdiction.Flanders, Dutch));
        Of(SextingStep.InvolveContactPerson).Should().Contain("enkel met wie ze nodig heeft");
        Of(SextingStep.TalkToYoungPeople).Should().Contain("kordaat maar respectvol");
        Of(SextingStep.Decide).Should().Contain("hulp aan").And.Contain("media").And.Contain("ouders").And.Contain("externen");
        Of(SextingStep.Evaluate).Should().Contain("dossier").And.Contain("Blik terug");
        Of(SextingStep.Closed).Should().Contain("aanspreekpersoon houdt het dossier bij");
    }

    [Fact]
    public void Guide_NetherlandsConsult_NamesEveryOrganisationOfStepTwo()
    {
        var text = All(Workflow.Guide(SextingStep.Consult, Jurisdiction.Netherlands, Dutch));
        foreach (var name in new[] { "IB-er", "SMW", "ZAT", "Kompaan en De Bocht", "Steunpunt Huiselijk Geweld", "zedenpolitie", "Zorg- en Veiligheidshuis", "Veilig Thuis", "AMK", "WE CAN Young Tilburg" })
        {
            text.Should().Contain(name);
        }
    }

    [Fact]
    public void Guide_NetherlandsDecide_StepFiveSaysMeldingAangifteDoen()
    {
        All(Workflow.Guide(SextingStep.Decide, Jurisdiction.Netherlands, Dutch)).Should().Contain("melding/aangifte doen");
        All(Workflow.Guide(SextingStep.Decide, Jurisdiction.Netherlands, English)).Should().Contain("melding/aangifte doen");
    }

    [Fact]
    public void Guide_NetherlandsSchoolWideConversation_FromTheFirstStepOn()
    {
        var schoolWide = ProcedureTexts.Get("do.discussSchoolWide", Dutch);
        foreach (var step in Workflow.Route(Jurisdiction.Netherlands).Where(s => s != SextingStep.Closed))
        {
            Workflow.Guide(step, Jurisdiction.Netherlands, Dutch).Dos.Should().Contain(schoolWide, $"step {step}");
        }
    }

    [Fact]
    public void Guide_Flanders_NoNetherlandsOnlyTexts()
    {
        foreach (var step in Workflow.Route(Jurisdiction.Flanders))
        {
            All(Workflow.Guide(step, Jurisdiction.Flanders, Dutch)).Should().NotContain("zorgadviesteam").And.NotContain("meldcode").And.NotContain("zedenpolitie");
        }
    }

    [Fact]
    public void Keys_EveryGuideAndRefusalKey_InBothLanguages()
    {
        var english = ResourcePairs.Entries(ProcedureTexts.Resources, "");
        var dutch = ResourcePairs.Entries(ProcedureTexts.Resources, "nl");
        var keys = SextingGuides.Keys().Concat(SextingRules.All.Select(r => "refusal." + r.Id))
            .Concat(Enum.GetValues<Jurisdiction>().Select(j => "guide.route." + j.ToString().ToLowerInvariant())).ToArray();
        english.Keys.Should().Contain(keys);
        dutch.Keys.Should().Contain(keys);
    }

    [Fact]
    public void Describe_DutchAfterWeighing_FlagsStatusesAndStepsInDutch()
    {
        var state = FlemishFixture.At(SextingStep.Consult);

        var text = Workflow.Describe(state, Dutch);

        state.Weighed.Should().NotBeEmpty();
        text.Should().Contain("volledig").And.Contain("2. Schat de ernst in -> 3.").And.Contain("contactPersonInvolved (aanspreekpersoon betrokken)");
        text.Should().NotContainAny(", complete", ", insufficientInformation", "green,", "yellow,", "red,", "black,", "-> consult", "involveContactPerson ->");
    }

    [Fact]
    public void Describe_EnglishAfterWeighing_TriggerNamedWithItsDescription() =>
        Workflow.Describe(FlemishFixture.At(SextingStep.Consult), English).Should().Contain("weighed (behaviour weighed)").And.Contain("complete");

    [Fact]
    public void Describe_FlemishState_SaysItsRoute()
    {
        Workflow.Describe(FlemishFixture.Started, Dutch).Should().Contain("Route: Vlaanderen").And.Contain("1. Betrek de aanspreekpersoon");
        Workflow.Describe(SextingFixture.Started, English).Should().Contain("Route: the Netherlands");
    }
}
