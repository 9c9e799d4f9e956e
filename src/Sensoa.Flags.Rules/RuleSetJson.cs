using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sensoa.Flags.Rules;

/// <summary>Writes the rule set's description as JSON (camelCase, enums as strings, <c>\n</c> line ends), deterministically.</summary>
public static class RuleSetJson
{
    private static readonly RuleSetJsonContext Context = new(new JsonSerializerOptions(RuleSetJsonContext.Default.Options)
    {
        // Dutch text and the quotes around titles stay readable, as in the assessment output.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Writes the rule set's description (the <c>rules --format json</c> command and <c>GET /rules</c>).</summary>
    /// <param name="description">The description, from <see cref="FlagAssessor.Describe(IFlagAssessor, System.Globalization.CultureInfo?)"/>.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(RuleSetDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        return JsonSerializer.Serialize(description, Context.RuleSetDescription);
    }
}
