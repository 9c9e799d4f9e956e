using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Rules.FlagRules;
using Sensoa.Flags.Rules.Localization;

namespace Sensoa.Flags.Rules.Tests.FlagRules;

public sealed class SensoaRuleSetTests
{
    [Fact]
    public void Create_LoadsEveryRuleClassOfTheAssembly_InternalOnesIncluded()
    {
        var loaded = SensoaRuleSet.Create().Rules.Concat(SensoaRuleSet.Inferences).Select(rule => rule.Properties[RuleProperties.ClrType]);

        loaded.Should().BeEquivalentTo(typeof(SensoaRuleSet).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Rule)) && !t.IsAbstract));
    }

    [Fact]
    public void Inferences_RecordNothingAndAreNeverListed()
    {
        SensoaRuleSet.Inferences.Select(rule => rule.Name).Should().Equal(HistoryJoinRule.Id);
        SensoaRuleSet.Inferences.Should().OnlyContain(rule => !rule.Tags.Contains(RuleTags.Sensoa));
        SensoaRuleSet.Create().Rules.Should().NotContain(rule => rule.Tags.Contains(RuleTags.Inference));
    }

    [Fact]
    public void WithHistory_CompilesTheRulesThatNeedACaseFile_TheSetWithoutLeavesThemOut()
    {
        var needing = SensoaRuleSet.Create().Rules.Count(rule => rule.Properties[RuleProperties.ClrType] is Type type && type.IsDefined(typeof(NeedsHistoryAttribute), false));
        var set = SensoaRuleSet.Create();

        needing.Should().Be(3);
        set.Compiled.Should().Be(set.Rules.Count - 1 - needing);
        set.WithHistory.Compiled.Should().Be(set.Rules.Count - 1);
        set.WithHistory.Rules.Should().Equal(set.Rules);
        set.WithHistory.WithHistory.Should().BeSameAs(set.WithHistory);
    }

    [Fact]
    public void CheckLoaded_ARuleTheScanSkipped_ThrowsNamingIt()
    {
        // NRules' default scan skips nested and non-public rule classes without a word: the check must not.
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(typeof(SkippedRule).Assembly));

        var act = () => SensoaRuleSet.CheckLoaded(typeof(SkippedRule).Assembly, [.. repository.GetRules()]);

        act.Should().Throw<RuleSetException>().WithMessage($"*{typeof(SkippedRule).FullName}*");
    }

    [Fact]
    public void CheckLoaded_TwoRulesWithOneId_ThrowsNamingIt()
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.PrivateTypes().NestedTypes().From(typeof(SkippedRule), typeof(SameIdRule)));

        var act = () => SensoaRuleSet.CheckLoaded(typeof(SkippedRule).Assembly, [.. repository.GetRules()]);

        act.Should().Throw<RuleSetException>().Where(e => e.RuleId == "test.skipped");
    }

    [Fact]
    public void FiringLimit_FollowsFromTheCompiledRules()
    {
        var withoutConcerns = SensoaRuleSet.Create(withConcerns: false);
        var withConcerns = SensoaRuleSet.Create(withConcerns: true);

        withoutConcerns.FiringLimit(behaviours: 3, concerns: 0).Should().Be(3 * withoutConcerns.Compiled);
        withoutConcerns.WithHistory.FiringLimit(behaviours: 3, concerns: 0).Should().Be(3 * (withoutConcerns.Rules.Count - 1));
        withConcerns.WithHistory.FiringLimit(behaviours: 3, concerns: 2).Should().Be((3 * withConcerns.Rules.Count) + 2);
    }

    [Fact]
    public void LoadDefinitions_WithoutCompiling_TheCompiledRuleSetsRulesInItsOrder()
    {
        // Describing the rules loads them without compiling; it must list what an assessor runs, in the same order.
        SensoaRuleSet.LoadDefinitions().Select(rule => (rule.Name, rule.Priority)).Should().Equal(
            SensoaRuleSet.Create().Rules.Select(rule => (rule.Name, rule.Priority)));
    }

    [Fact]
    public void Rules_InAgendaOrder_HighestPriorityFirst()
    {
        var rules = SensoaRuleSet.Instance.Rules;
        rules[0].Name.Should().Be("criteria.mostSevere");
        rules.Select(r => r.Priority).Should().BeInDescendingOrder();
        rules.Select(r => r.Priority).Should().OnlyHaveUniqueItems("the order of firing within one behaviour never depends on NRules' tie-breaking");
    }

    [Fact]
    public void Rules_EveryRuleNonRepeatable_FiresAtMostOncePerBehaviour()
    {
        SensoaRuleSet.Instance.Rules.Should().OnlyContain(r => r.Repeatability == NRules.RuleModel.RuleRepeatability.NonRepeatable);
    }

    [Fact]
    public void Rules_DescriptionMetadata_IsTheEnglishText()
    {
        var english = System.Globalization.CultureInfo.GetCultureInfo("en");
        foreach (var rule in SensoaRuleSet.Instance.Rules)
        {
            rule.Description.Should().Be(RuleTexts.Description(rule.Name, english), rule.Name);
        }
    }

    /// <summary>A rule NRules' default scan never sees: nested and private.</summary>
    [Name("test.skipped")]
    private sealed class SkippedRule : Rule
    {
        public override void Define()
        {
            When().Match<Incident>();
            Then().Do(ctx => ctx.Halt());
        }
    }

    /// <summary>A second rule with the id of <see cref="SkippedRule"/>.</summary>
    [Name("test.skipped")]
    private sealed class SameIdRule : Rule
    {
        public override void Define()
        {
            When().Match<Incident>();
            Then().Do(ctx => ctx.Halt());
        }
    }
}
