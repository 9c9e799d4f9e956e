using System.Reflection;
using System.Resources;
using Xunit;

namespace Sensoa.Flags.Testing;

/// <summary>
/// The checks of one table of texts (an assembly's <c>Localization</c> resources) for every language of the library's
/// list: every key in each, the same placeholders, and a table per listed language and no other. A test class of a
/// table derives from this and adds what is particular to its texts.
/// </summary>
/// <param name="resources">The table.</param>
/// <param name="assembly">The assembly whose satellite assemblies hold its translations.</param>
public abstract class LanguageTableTests(ResourceManager resources, Assembly assembly)
{
    [Theory]
    [MemberData(nameof(ResourcePairs.Translations), MemberType = typeof(ResourcePairs))]
    public void EveryKey_HasATextInEveryLanguage(string language) => ResourcePairs.ShouldBeComplete(resources, language);

    [Theory]
    [MemberData(nameof(ResourcePairs.Translations), MemberType = typeof(ResourcePairs))]
    public void FormatPlaceholders_SameInEveryLanguage(string language) => ResourcePairs.ShouldHaveTheSamePlaceholders(resources, language);

    [Fact]
    public void Table_OnePerTranslation() => ResourcePairs.ShouldHaveATablePerTranslation(assembly);
}
