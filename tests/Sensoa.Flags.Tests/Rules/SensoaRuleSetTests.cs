using Sensoa.Flags.Localization;
using Sensoa.Flags.Rules.FlagRules;

namespace Sensoa.Flags.Tests.Rules;

public sealed class SensoaRuleSetTests
{
    [Fact]
    public void Create_LoadsEveryRuleOfTheLibrary_InternalOnesIncluded()
    {
        var rules = SensoaRuleSet.Create().Rules;

        rules.Should().HaveCount(SensoaRuleSet.RuleCount);
        var ruleTypes = typeof(SensoaRuleSet).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(NRules.Fluent.Dsl.Rule)) && !t.IsAbstract)
            .ToArray();
        ruleTypes.Should().HaveCount(SensoaRuleSet.RuleCount, "every rule class of the assembly is loaded, none silently skipped");
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
            rule.Description.Should().Be(Texts.Get($"rule.{rule.Name}.description", english), rule.Name);
        }
    }
}
