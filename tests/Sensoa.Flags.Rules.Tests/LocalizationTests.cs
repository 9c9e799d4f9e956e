using Sensoa.Flags.Rules.Localization;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Rules.Tests;

public sealed class LocalizationTests
{
    [Theory]
    [MemberData(nameof(ResourcePairs.Translations), MemberType = typeof(ResourcePairs))]
    public void RuleTexts_EveryKey_HasATextInEveryLanguage(string language) => ResourcePairs.ShouldBeComplete(RuleTexts.Resources, language);

    [Theory]
    [MemberData(nameof(ResourcePairs.Translations), MemberType = typeof(ResourcePairs))]
    public void RuleTexts_FormatPlaceholders_SameInEveryLanguage(string language) => ResourcePairs.ShouldHaveTheSamePlaceholders(RuleTexts.Resources, language);

    [Fact]
    public void RuleTexts_OnePerTranslation() => ResourcePairs.ShouldHaveATablePerTranslation(typeof(RuleTexts).Assembly);
}
