using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sensoa.Flags.Guidance;

/// <summary>Writes the guidance results as JSON (camelCase, enums as strings, <c>\n</c> line ends), deterministically.</summary>
public static class GuidanceJson
{
    private static readonly GuidanceJsonContext Context = new(new JsonSerializerOptions(GuidanceJsonContext.Default.Options)
    {
        // Dutch text stays readable, as in the assessment output.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Writes a consent-to-consult explanation.</summary>
    /// <param name="advice">The explanation.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(ConsultationAdvice advice)
    {
        ArgumentNullException.ThrowIfNull(advice);
        return JsonSerializer.Serialize(advice, Context.ConsultationAdvice);
    }

    /// <summary>Writes the closest worked examples.</summary>
    /// <param name="matches">The examples with their distance.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(IReadOnlyList<ExampleMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        return JsonSerializer.Serialize(matches, Context.IReadOnlyListExampleMatch);
    }

    /// <summary>Writes the criteria described at each flag level (the <c>criteria</c> command and <c>GET /criteria</c>).</summary>
    /// <param name="guide">The guide.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(CriteriaGuide guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        return JsonSerializer.Serialize(guide, Context.CriteriaGuide);
    }

    /// <summary>Writes the pitfalls of giving a flag (the <c>pitfalls</c> command and <c>GET /pitfalls</c>).</summary>
    /// <param name="guide">The guide.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(PitfallGuide guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        return JsonSerializer.Serialize(guide, Context.PitfallGuide);
    }
}
