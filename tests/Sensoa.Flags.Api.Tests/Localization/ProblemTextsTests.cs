using Sensoa.Flags.Api.Localization;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Api.Tests.Localization;

/// <summary>The API's own texts in its problem documents: every key in every language, with the same placeholders.</summary>
public sealed class ProblemTextsTests() : LanguageTableTests(ProblemTexts.Resources, typeof(ProblemTexts).Assembly)
{
    [Fact]
    public void EveryKey_DutchDiffersFromEnglish()
    {
        var english = ResourcePairs.Entries(ProblemTexts.Resources, "");
        var dutch = ResourcePairs.Entries(ProblemTexts.Resources, "nl");

        english.Where(e => dutch[e.Key] == e.Value).Select(e => e.Key).Should().BeEmpty("every text is translated");
    }
}
