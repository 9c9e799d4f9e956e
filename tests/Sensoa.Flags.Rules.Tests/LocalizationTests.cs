using Sensoa.Flags.Rules.Localization;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Rules.Tests;

public sealed class LocalizationTests
{
    [Fact]
    public void RuleTexts_EveryKey_HasEnglishAndDutch() => ResourcePairs.ShouldBeComplete(RuleTexts.Resources);

    [Fact]
    public void RuleTexts_FormatPlaceholders_SameInBothLanguages() => ResourcePairs.ShouldHaveTheSamePlaceholders(RuleTexts.Resources);
}
