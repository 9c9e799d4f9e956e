using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Json;

/// <summary>
/// The JSON contract: reads incidents with full validation and writes assessments deterministically
/// (camelCase, enums as strings, two-space indent, <c>\n</c> line ends, properties in contract order).
/// </summary>
public static class SensoaJson
{
    private static readonly SensoaJsonContext Context = new(new JsonSerializerOptions(SensoaJsonContext.Default.Options)
    {
        // Dutch text (é, ë) stays readable; the output is JSON for machines and case files, not HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Gets the JSON Schema (draft 2020-12) of the input, one incident; the package ships it as <c>schemas/incident.schema.json</c>.</summary>
    public static string IncidentSchema => ContractSchemas.IncidentSchema;

    /// <summary>Gets the JSON Schema (draft 2020-12) of the output, one assessment; the package ships it as <c>schemas/assessment.schema.json</c>.</summary>
    public static string AssessmentSchema => ContractSchemas.AssessmentSchema;

    /// <summary>Gets the options the contract is read and written with, for the schema exporter.</summary>
    internal static JsonSerializerOptions SchemaOptions => Context.Options;

    /// <summary>Reads and validates one incident. Never throws for bad input: every problem becomes an error with its JSON path.</summary>
    /// <param name="utf8Json">The UTF-8 JSON text (a leading byte-order mark is allowed).</param>
    /// <returns>The incident, or the errors.</returns>
    public static IncidentParseResult ParseIncident(ReadOnlySpan<byte> utf8Json)
    {
        var errors = new ErrorCollector();
        var incident = IncidentReader.Read(utf8Json, errors);
        if (incident is not null)
        {
            IncidentValidator.Validate(incident, errors);
        }

        return errors.HasErrors
            ? new IncidentParseResult(null, errors.ToList())
            : new IncidentParseResult(incident, []);
    }

    /// <summary>Reads and validates one incident from a string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The incident, or the errors.</returns>
    public static IncidentParseResult ParseIncident(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ParseIncident(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Writes an assessment as contract JSON; the same assessment always gives the same bytes.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return Encoding.UTF8.GetString(AssessmentWriter.Write(assessment).WrittenSpan);
    }

    /// <summary>Writes an assessment as UTF-8 contract JSON.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] SerializeToUtf8Bytes(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return AssessmentWriter.Write(assessment).WrittenSpan.ToArray();
    }

    /// <summary>
    /// Writes an assessment as UTF-8 contract JSON straight into <paramref name="destination"/>, for example an
    /// <c>ArrayBufferWriter&lt;byte&gt;</c> you reuse or an ASP.NET Core response's <c>PipeWriter</c> (flush it after).
    /// The bytes are those of <see cref="SerializeToUtf8Bytes"/>, without the array.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="destination">Where the bytes go.</param>
    public static void Write(Assessment assessment, IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(destination);
        AssessmentWriter.Write(assessment, destination);
    }

    /// <summary>
    /// Writes an assessment as UTF-8 contract JSON to a stream, in one write (the bytes of <see cref="SerializeToUtf8Bytes"/>).
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="destination">The stream, for example a file or standard output.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the bytes are written.</returns>
    public static Task WriteAsync(Assessment assessment, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(destination);
        return destination.WriteAsync(AssessmentWriter.Write(assessment).WrittenMemory, cancellationToken).AsTask();
    }

    /// <summary>Writes an assessment to a writer whose options decide the layout (the batch writes one per line, unindented).</summary>
    internal static void Write(Utf8JsonWriter writer, Assessment assessment) =>
        JsonSerializer.Serialize(writer, assessment, Context.Assessment);

    /// <summary>Writes an incident as contract JSON, for example to send it to another system.</summary>
    /// <param name="incident">The incident.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return JsonSerializer.Serialize(incident, Context.Incident);
    }

    /// <summary>Reads an assessment written by <see cref="Serialize(Assessment)"/>, for example from a case file.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="JsonException">The text is not a stored assessment.</exception>
    public static Assessment DeserializeAssessment(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, Context.Assessment)
            ?? throw new JsonException("The JSON text is null, not an assessment.");
    }
}
