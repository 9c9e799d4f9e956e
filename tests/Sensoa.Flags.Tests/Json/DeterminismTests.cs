using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsCheck;
using Sensoa.Flags.Json;
using Sensoa.Flags.Tests.Corpus;
using Sensoa.Flags.Tests.Properties;

namespace Sensoa.Flags.Tests.Json;

/// <summary>The same input gives byte-identical output whatever the current culture, and in another process.</summary>
public sealed class DeterminismTests
{
    private static readonly string[] Cultures = ["nl-BE", "en-US", "tr-TR", ""];

    private static readonly AssessmentOptions[] Languages =
        [AssessmentOptions.Default, new AssessmentOptions { Culture = CultureInfo.GetCultureInfo("nl-BE") }];

    [Fact]
    public void Serialize_RandomIncidents_ByteIdenticalUnderFourCultures()
    {
        var pcg = new PCG(11, 2026);
        var incidents = Enumerable.Range(0, 150).Select(_ => Generators.RichIncident.Generate(pcg, null, out Size _)).ToArray();
        var baseline = Under(string.Empty, () => Outputs(incidents));

        foreach (var culture in Cultures)
        {
            Under(culture, () => Outputs(incidents)).Should().Equal(baseline, "under culture '{0}'", culture);
        }

        baseline.Should().OnlyContain(json => !json.Contains('\r'));
    }

    [Fact]
    public void ParseIncident_BadInputs_SameErrorsUnderFourCultures()
    {
        var names = BadInputCorpus.ManifestFiles;
        var baseline = Under(string.Empty, () => names.Select(n => string.Join("\n", SensoaJson.ParseIncident(BadInputCorpus.Bytes(n)).Errors)).ToArray());
        foreach (var culture in Cultures)
        {
            Under(culture, () => names.Select(n => string.Join("\n", SensoaJson.ParseIncident(BadInputCorpus.Bytes(n)).Errors)).ToArray())
                .Should().Equal(baseline, "under culture '{0}'", culture);
        }
    }

    private static string[] Outputs(Incident[] incidents) =>
        [.. incidents.SelectMany(incident => Languages.Select(options => SensoaJson.Serialize(Assess.Incident(incident, options))))];

    private static T Under<T>(string culture, Func<T> action)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
