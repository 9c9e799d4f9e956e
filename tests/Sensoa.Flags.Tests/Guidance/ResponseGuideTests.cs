using System.Globalization;
using Sensoa.Flags.Guidance.Responses;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Tests.Guidance;

public sealed class ResponseGuideTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static IReadOnlyList<Response> Responses(IncidentBuilder builder, CultureInfo? culture = null) =>
        Assess.Incident(builder.Build(), culture is null ? null : new AssessmentOptions { Culture = culture }).Behaviours[0].Responses;

    private static string Text(string key) => Texts.Get(key, English);

    private static Response Role(IReadOnlyList<Response> responses, ResponseRole role) => responses.Single(r => r.Role == role);

    private static IncidentBuilder Teens(CriterionRating worst, bool sexting = false) =>
        IncidentBuilder.Flanders().Sexting(sexting).Person("p1", 14).Person("p2", 14).Behaviour(IncidentBuilder.Criteria(worst), affected: ["p2"]);

    public static TheoryData<CriterionRating> Flags() => [CriterionRating.Green, CriterionRating.Yellow, CriterionRating.Red, CriterionRating.Black];

    public static TheoryData<CriterionRating> BoundaryCrossing() => [CriterionRating.Yellow, CriterionRating.Red, CriterionRating.Black];

    [Theory]
    [MemberData(nameof(Flags))]
    public void For_MinorsWithSomeoneAffected_FourRolesInContractOrder(CriterionRating worst)
    {
        Responses(Teens(worst)).Select(r => r.Role).Should().Equal(ResponseRole.Actor, ResponseRole.Affected, ResponseRole.Bystanders, ResponseRole.Parents);
        Responses(Teens(worst)).Should().OnlyContain(r => r.Steps.Count > 0);
    }

    [Theory]
    [MemberData(nameof(Flags))]
    public void For_EveryFlag_EveryStepHasItsDetailAtTheSameIndex(CriterionRating worst)
    {
        foreach (var response in Responses(Teens(worst, sexting: true)))
        {
            response.StepDetails.Should().HaveCount(response.Steps.Count);
            response.StepDetails.Should().OnlyContain(d => d.Source != null && d.Source.Document.Length > 0 && d.Source.Part.Length > 0);
        }
    }

    [Theory]
    [InlineData(CriterionRating.Yellow)]
    [InlineData(CriterionRating.Red)]
    public void For_YellowOrRed_ActorStepsFollowTheReactionGuideInItsOrder(CriterionRating worst)
    {
        var kinds = Responses(Teens(worst))[0].StepDetails.Select(d => d.Kind).ToList();
        ResponseStepKind[] guide = [ResponseStepKind.GatherInformation, ResponseStepKind.Name, ResponseStepKind.Ask, ResponseStepKind.Affirm, ResponseStepKind.SetLimit, ResponseStepKind.Agree, ResponseStepKind.Consequences];
        kinds.Where(guide.Contains).Distinct().Should().Equal(guide);
    }

    [Theory]
    [MemberData(nameof(Flags))]
    public void For_EveryFlag_GuideStepsNameTheReactionGuideAndTheirPart(CriterionRating worst)
    {
        // Version 3: the kind of step is the guide's; its words for this flag are the library's (the guide gives no text per flag).
        var details = Responses(Teens(worst)).SelectMany(r => r.StepDetails).Where(d => d.KindSource?.Document == SourceDocuments.ReactionGuide).ToList();
        details.Should().NotBeEmpty();
        details.Should().OnlyContain(d => d.Source.IsLibrary && d.Source.Part.Contains("Sensoa.Flags' own"));
        details.Where(d => d.Kind is ResponseStepKind.Name or ResponseStepKind.Ask or ResponseStepKind.Aftercare)
            .Should().OnlyContain(d => d.KindSource!.Part.StartsWith("Gedrag benoemen:") || d.KindSource.Part.StartsWith("Gedrag bevragen:") || d.KindSource.Part.StartsWith("Nazorg:"));
        Responses(Teens(worst)).SelectMany(r => r.StepDetails).Should().NotContain(d => d.Source.Document == SourceDocuments.ReactionGuide, "no step's words are claimed for the reaction guide");
        SourceDocuments.ReactionGuide.Should().StartWith("Sensoa, \"");
    }

    [Theory]
    [InlineData(CriterionRating.Red)]
    [InlineData(CriterionRating.Black)]
    public void For_RedOrBlack_RecordingIsMarkedAsTheLibrarysOwnWithAReason(CriterionRating worst)
    {
        var record = Responses(Teens(worst))[0].StepDetails.Single(d => d.Kind == ResponseStepKind.Record);
        record.Source.IsLibrary.Should().BeTrue();
        record.Source.Part.Should().StartWith("not in the sources");
    }

    [Fact]
    public void For_EveryPlaybookStep_LibraryStepsSayWhyAndSourcedStepsNameAPart()
    {
        var dutch = CultureInfo.GetCultureInfo("nl");
        foreach (var step in ResponsePlaybook.All())
        {
            if (step.Source.IsLibrary)
            {
                Texts.Get(step.Source.Key, English).Should().StartWith("not in the sources", step.Key);
                Texts.Get(step.Source.Key, dutch).Should().StartWith("niet in de bronnen", step.Key);
            }
            else
            {
                step.Source.Document.Should().BeOneOf([SourceDocuments.ReactionGuide, SourceDocuments.Flags, SourceDocuments.SextingDosAndDonts], step.Key);
            }
        }
    }

    [Fact]
    public void For_EverySource_PartInBothLanguagesAndDifferent()
    {
        var dutch = CultureInfo.GetCultureInfo("nl");
        foreach (var source in ResponseSources.All)
        {
            var english = Texts.Resources.GetString(source.Key, English);
            english.Should().NotBeNullOrWhiteSpace(source.Key);
            Texts.Resources.GetString(source.Key, dutch).Should().NotBeNullOrWhiteSpace(source.Key).And.NotBe(english, source.Key);
        }
    }

    [Fact]
    public void For_Dutch_SourcesOfTheStepsInDutch()
    {
        var responses = Responses(Teens(CriterionRating.Red), CultureInfo.GetCultureInfo("nl-BE"));
        responses[0].StepDetails.Single(d => d.Kind == ResponseStepKind.Record).Source.Part.Should().StartWith("niet in de bronnen");
        responses[0].StepDetails.Single(d => d.Kind == ResponseStepKind.Name).KindSource!.Part.Should().StartWith("Gedrag benoemen: zeg wat je ziet");
        responses[0].StepDetails.Single(d => d.Kind == ResponseStepKind.Name).Source.Part.Should().StartWith("niet in de bronnen in deze woorden");
    }

    [Theory]
    [MemberData(nameof(Flags))]
    public void For_EveryFlagAndJurisdiction_PersonAffectedIsNeverGivenALimitAnAgreementOrConsequences(CriterionRating worst)
    {
        foreach (var jurisdiction in new[] { Jurisdiction.Flanders, Jurisdiction.Netherlands })
        {
            var affected = Role(Responses(Teens(worst, sexting: true).In(jurisdiction)), ResponseRole.Affected);
            affected.StepDetails.Select(d => d.Kind).Should().NotContain(
                [ResponseStepKind.Stop, ResponseStepKind.SetLimit, ResponseStepKind.Agree, ResponseStepKind.Consequences, ResponseStepKind.Record]);
            affected.Steps.Should().NotContain(s => s.Contains("change your", StringComparison.OrdinalIgnoreCase) || s.Contains("you should", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void For_EveryPlaybookStep_ThePersonAffectedIsNotAskedToChange()
    {
        // Any step for the person affected that speaks of having to change says that the other person has to.
        var demand = new System.Text.RegularExpressions.Regex(@"(?i)\b(has to|have to|must|should|needs? to) change\b");
        var affectedKeys = ResponsePlaybook.All().Where(s => s.Key.Contains(".affected", StringComparison.Ordinal)).Select(s => s.Key).ToList();
        affectedKeys.Should().NotBeEmpty();
        foreach (var key in affectedKeys)
        {
            var english = Text(key);
            if (demand.IsMatch(english))
            {
                english.Should().MatchRegex(@"the other person (is responsible and )?(has to|must) change", key);
            }
        }

        demand.IsMatch("You have to change how you dress.").Should().BeTrue("the check must be able to fail");
    }

    [Fact]
    public void For_NobodyAffected_NoAffectedRole()
    {
        Responses(IncidentBuilder.Flanders().Person("p1", 14).Behaviour(IncidentBuilder.Criteria(CriterionRating.Yellow)))
            .Select(r => r.Role).Should().NotContain(ResponseRole.Affected);
    }

    [Fact]
    public void For_AdultsOnly_NoParentsRole()
    {
        Responses(IncidentBuilder.Flanders().Person("p1", 30).Person("p2", 30).Behaviour(IncidentBuilder.Criteria(CriterionRating.Red), affected: ["p2"]))
            .Select(r => r.Role).Should().Equal(ResponseRole.Actor, ResponseRole.Affected, ResponseRole.Bystanders);
    }

    [Fact]
    public void For_AdultWithDisabilityAffected_ParentsOrGuardians()
    {
        Responses(IncidentBuilder.Flanders().Person("p1", 30).Person("p2", 30, disability: true).Behaviour(IncidentBuilder.Criteria(CriterionRating.Red), affected: ["p2"]))
            .Select(r => r.Role).Should().Contain(ResponseRole.Parents);
    }

    [Theory]
    [MemberData(nameof(BoundaryCrossing))]
    public void For_BoundaryCrossing_AffectedAlwaysHearsTheThreeMessagesFromThePitfall(CriterionRating worst)
    {
        var affected = Role(Responses(Teens(worst)), ResponseRole.Affected);
        affected.Steps.Should().Contain(ResponsePlaybook.AffectedMessages.Select(s => Text(s.Key)));
        affected.StepDetails.Where(d => d.Kind == ResponseStepKind.Reassure)
            .Should().HaveCount(3).And.OnlyContain(d => d.Source == ResponseSources.VictimPitfall.In(English));
    }

    [Fact]
    public void For_Green_AffectedNotToldItIsNotTheirFault()
    {
        Role(Responses(Teens(CriterionRating.Green)), ResponseRole.Affected).Steps
            .Should().NotContain(ResponsePlaybook.AffectedMessages.Select(s => Text(s.Key)));
    }

    [Fact]
    public void For_Green_DoNotStopIt()
    {
        var actor = Responses(Teens(CriterionRating.Green))[0];
        actor.Steps[0].Should().Be(Text("response.green.actor.letBe"));
        actor.StepDetails[0].Kind.Should().Be(ResponseStepKind.Stop);
        actor.StepDetails.Select(d => d.Kind).Should().NotContain([ResponseStepKind.SetLimit, ResponseStepKind.Consequences, ResponseStepKind.Record]);
    }

    [Fact]
    public void For_Red_RecordInternally()
    {
        Responses(Teens(CriterionRating.Red))[0].Steps.Should().Contain(Text("response.red.actor.record"));
    }

    [Fact]
    public void For_Black_SafetyFirstAndRecordInternallyAndExternally()
    {
        var actor = Responses(Teens(CriterionRating.Black))[0];
        actor.Steps[0].Should().Be(Text("response.black.actor.safety"));
        actor.StepDetails[0].Kind.Should().Be(ResponseStepKind.Safety);
        actor.Steps.Should().Contain(Text("response.black.actor.record"));
    }

    [Fact]
    public void For_FinalFlagFromOverride_StepsFollowTheFinalFlag()
    {
        var raise = new OverrideRequest { Flag = Flag.Red, Basis = OverrideBasis.Intimacy, Reason = "touching" };
        Responses(IncidentBuilder.Flanders().Behaviour(IncidentBuilder.Criteria(CriterionRating.Yellow), affected: ["p2"], overrideRequest: raise))[0]
            .Steps.Should().Contain(Text("response.red.actor.record"));
    }

    [Theory]
    [InlineData(CriterionRating.Yellow, "response.yellow.actor.repeat")]
    [InlineData(CriterionRating.Red, "response.red.actor.repeat")]
    public void For_ActorUnderSixOrWithADisability_SameStepsAsAnyone(CriterionRating worst, string warning)
    {
        // Rule set 2 has no repetition exceptions, so the responses have none either.
        var teens = Responses(Teens(worst))[0];
        foreach (var builder in new[]
        {
            IncidentBuilder.Flanders().Person("p1", 5).Person("p2", 14).Behaviour(IncidentBuilder.Criteria(worst), affected: ["p2"]),
            IncidentBuilder.Flanders().Person("p1", 14, disability: true).Person("p2", 14).Behaviour(IncidentBuilder.Criteria(worst), affected: ["p2"]),
            IncidentBuilder.Flanders().Person("p1", 14, lowFunctioning: true).Person("p2", 14).Behaviour(IncidentBuilder.Criteria(worst), affected: ["p2"]),
        })
        {
            var actor = Responses(builder)[0];
            actor.Steps.Should().Equal(teens.Steps).And.Contain(Text(warning));
            actor.StepDetails.Should().Equal(teens.StepDetails);
        }

        ResponsePlaybook.All().Should().NotContain(s => s.Key.Contains("exempt", StringComparison.Ordinal));
    }

    [Fact]
    public void For_UnknownCriteria_FirstStepNamesWhatIsMissing()
    {
        var criteria = IncidentBuilder.Criteria(CriterionRating.Yellow).With(Criterion.Impact, CriterionRating.Unknown);
        var actor = Responses(IncidentBuilder.Flanders().Behaviour(criteria, affected: ["p2"]))[0];
        actor.Steps[0].Should().Contain("impact");
        actor.StepDetails[0].Kind.Should().Be(ResponseStepKind.GatherInformation);
        actor.Steps[1].Should().Be(Text("response.yellow.actor.gather"));
    }

    [Fact]
    public void For_SameBehaviourInTurnInTwoLanguagesAndWithOtherUnknowns_EachGetsItsOwnSteps()
    {
        // Built responses are shared per combination of facts: asking in turn must never hand one language's, or one
        // set of unknown criteria's, steps to another.
        var dutch = CultureInfo.GetCultureInfo("nl-BE");
        var english = Responses(Teens(CriterionRating.Red)).SelectMany(r => r.Steps).ToList();
        Responses(Teens(CriterionRating.Red), dutch)[0].Steps[1].Should().Be("Stop het gedrag meteen en kordaat.");
        Responses(Teens(CriterionRating.Red)).SelectMany(r => r.Steps).Should().Equal(english).And.NotContain("Stop het gedrag meteen en kordaat.");

        Criteria Unknown(Criterion criterion) => IncidentBuilder.Criteria(CriterionRating.Yellow).With(criterion, CriterionRating.Unknown);
        var impact = Responses(IncidentBuilder.Flanders().Behaviour(Unknown(Criterion.Impact), affected: ["p2"]))[0].Steps[0];
        var context = Responses(IncidentBuilder.Flanders().Behaviour(Unknown(Criterion.Context), affected: ["p2"]))[0].Steps[0];
        impact.Should().Contain("impact").And.NotContain("context");
        context.Should().Contain("context").And.NotContain("impact");
    }

    [Fact]
    public void For_NoFlagYet_GatherInformationFirst()
    {
        var responses = Responses(IncidentBuilder.Flanders().Behaviour(Criteria.AllAt(CriterionRating.Unknown), affected: ["p2"]));
        responses[0].Steps.Should().Equal(Text("response.noFlag.actor"));
        responses.Should().OnlyContain(r => r.Steps.Count == 1 && r.StepDetails.Count == 1);
    }

    [Fact]
    public void For_SextingRed_ImagesStepsForActorAffectedAndBystanders()
    {
        var responses = Responses(Teens(CriterionRating.Red, sexting: true));
        Role(responses, ResponseRole.Actor).Steps.Should().Contain(Text("response.sexting.actor"));
        Role(responses, ResponseRole.Affected).Steps.Should().Contain(Text("response.sexting.affected"));
        Role(responses, ResponseRole.Bystanders).Steps.Should().Contain(Text("response.sexting.bystanders"));
        Role(responses, ResponseRole.Actor).StepDetails[^1].Source.Should().Be(ResponseSources.SextingDos.In(English));
        Responses(Teens(CriterionRating.Green, sexting: true)).SelectMany(r => r.StepDetails).Should().NotContain(d => d.Kind == ResponseStepKind.Images);
    }

    [Fact]
    public void For_Netherlands_ParentsStepsInNetherlandsDutchAndReportingAsStep5()
    {
        var dutch = CultureInfo.GetCultureInfo("nl-NL");
        var netherlands = Responses(Teens(CriterionRating.Black).In(Jurisdiction.Netherlands), dutch);
        Role(netherlands, ResponseRole.Parents).Steps.Should().OnlyContain(s => s.Contains("ouders/verzorgers", StringComparison.Ordinal));
        netherlands[0].StepDetails.Should().Contain(d => d.Source == ResponseSources.ReportingCodeStep5.In(dutch));

        var flanders = Responses(Teens(CriterionRating.Black), CultureInfo.GetCultureInfo("nl-BE"));
        Role(flanders, ResponseRole.Parents).Steps.Should().NotContain(s => s.Contains("verzorgers", StringComparison.Ordinal));
        flanders[0].StepDetails.Should().NotContain(d => d.Source.Part.Contains("meldcode"));
    }

    [Fact]
    public void For_Dutch_StepsInDutch()
    {
        var assessment = Assess.Incident(Teens(CriterionRating.Red).Build(), new AssessmentOptions { Culture = CultureInfo.GetCultureInfo("nl-BE") });
        assessment.Behaviours[0].Responses[0].Steps[1].Should().Be("Stop het gedrag meteen en kordaat.");
    }

    [Fact]
    public void For_EveryPlaybookStep_TextInBothLanguages()
    {
        foreach (var step in ResponsePlaybook.All())
        {
            Texts.Resources.GetString(step.Key, English).Should().NotBeNull(step.Key);
            Texts.Resources.GetString(step.Key, CultureInfo.GetCultureInfo("nl")).Should().NotBeNull(step.Key);
        }
    }

    [Fact]
    public void For_EveryResponseKeyInTheResources_UsedByThePlaybook()
    {
        var used = ResponsePlaybook.All().Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var set = Texts.Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)!;
        var keys = set.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).Where(k => k.StartsWith("response.", StringComparison.Ordinal));
        keys.Should().OnlyContain(k => used.Contains(k));
    }

    [Fact]
    public void For_SharedSteps_CannotBeChangedByACaller()
    {
        var actor = Responses(Teens(CriterionRating.Red))[0];
        actor.Steps.Should().NotBeAssignableTo<string[]>();
        ((ICollection<string>)actor.Steps).IsReadOnly.Should().BeTrue();
        ((ICollection<ResponseStep>)actor.StepDetails).IsReadOnly.Should().BeTrue();
    }
}
