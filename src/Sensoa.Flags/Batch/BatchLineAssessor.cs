using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json;
using Sensoa.Flags.Json;
using Sensoa.Flags.Validation;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Batch;

/// <summary>
/// Assesses one input line: either an incident, or an <c>{ "incident": ..., "assessment": ... }</c> pair whose stored
/// assessment is compared with today's. Every problem becomes errors with JSON paths in the line (a pair's incident
/// errors start with <c>$.incident</c>); nothing throws for bad input.
/// </summary>
internal static class BatchLineAssessor
{
    private const string IncidentPath = "$.incident";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = Limits.MaxDepth + 2,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    public static BatchResult Assess(IFlagAssessor assessor, LineSpan line, ReadOnlyMemory<byte> utf8, AssessmentOptions? options)
    {
        if (line.IsTooLong)
        {
            return Refused(line.Number, false, options, new ValidationError(JsonPaths.Root, ValidationCodes.TooLarge, new ErrorMessage("error.lineTooLarge", line.TooLongBytes, JsonLinesReader.MaxLineBytes)));
        }

        if (!IsPair(utf8.Span))
        {
            return new BatchResult { LineNumber = line.Number, Result = assessor.AssessJson(utf8.Span, options), HasStoredAssessment = false, Change = null };
        }

        return AssessPair(assessor, line.Number, utf8, options);
    }

    /// <summary>Whether the line holds only whitespace; such lines are skipped (a file may end with a blank line).</summary>
    public static bool IsBlank(ReadOnlySpan<byte> utf8) => utf8.Trim(" \t\r\n"u8).IsEmpty;

    /// <summary>A pair starts with the property <c>incident</c> or <c>assessment</c>; an incident never has either.</summary>
    private static bool IsPair(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8, new JsonReaderOptions { MaxDepth = Limits.MaxDepth + 2 });
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject && reader.Read()
                && reader.TokenType == JsonTokenType.PropertyName
                && (reader.ValueTextEquals("incident"u8) || reader.ValueTextEquals("assessment"u8));
        }
        catch (JsonException)
        {
            // Broken from the start: the incident reader reports it with its path.
            return false;
        }
    }

    private static BatchResult AssessPair(IFlagAssessor assessor, long number, ReadOnlyMemory<byte> utf8, AssessmentOptions? options)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.Span.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8, DocumentOptions);
        }
        catch (JsonException)
        {
            return Refused(number, true, options, JsonErrorLocator.Locate(utf8.Span));
        }

        using (document)
        {
            var errors = new ErrorCollector();
            JsonElement? incident = null;
            JsonElement? stored = null;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var path = JsonPaths.Property(JsonPaths.Root, property.Name);
                if (property.NameEquals("incident"u8) && incident is null)
                {
                    incident = property.Value;
                }
                else if (property.NameEquals("assessment"u8) && stored is null)
                {
                    stored = property.Value;
                }
                else if (property.NameEquals("incident"u8) || property.NameEquals("assessment"u8))
                {
                    errors.Add(path, ValidationCodes.DuplicateProperty, new ErrorMessage("error.givenTwice"));
                }
                else
                {
                    errors.Add(path, ValidationCodes.UnknownProperty, new ErrorMessage("error.unknownLineProperty"));
                }
            }

            if (incident is null)
            {
                errors.Add(IncidentPath, ValidationCodes.Required, new ErrorMessage("error.required"));
            }

            var storedAssessment = stored is { } given ? StoredAssessmentReader.Read(given, errors) : null;
            if (storedAssessment is not null && IsNewer(storedAssessment.RuleSetVersion, assessor.RuleSetVersion))
            {
                // Compared with older rules, its flags would read as changes that no rule made: refused, saying why.
                errors.Add(StoredAssessmentReader.RuleSetVersionPath, ValidationCodes.OutOfRange, new ErrorMessage("error.newerRuleSet", storedAssessment.RuleSetVersion, assessor.RuleSetVersion));
            }

            if (errors.HasErrors)
            {
                return Refused(number, true, options, [.. errors.ToList()]);
            }

            // The incident's own bytes: the library's reader then gives the same errors and result as for a lone incident.
            var result = assessor.AssessJson(JsonMarshal.GetRawUtf8Value(incident!.Value), options);
            if (!result.IsValid)
            {
                return new BatchResult { LineNumber = number, Result = AssessmentResult.Invalid(Under(result.Errors)), HasStoredAssessment = stored is not null, Change = null };
            }

            var change = storedAssessment is null ? null : AssessmentDiff.Compare(storedAssessment, result.Assessment);
            return new BatchResult { LineNumber = number, Result = result, HasStoredAssessment = storedAssessment is not null, Change = change };
        }
    }

    /// <summary>Whether a stored rule-set version is a later version than today's; versions that are not numbers (major.minor[.patch]) are not compared.</summary>
    internal static bool IsNewer(string stored, string today) =>
        stored.All(c => char.IsAsciiDigit(c) || c == '.') && Version.TryParse(stored, out var then) && Version.TryParse(today, out var now) && then > now;

    private static ValidationError[] Under(IReadOnlyList<ValidationError> errors) =>
        [.. errors.Select(e => e with { Path = e.Path.Length == 1 ? IncidentPath : string.Concat(IncidentPath, e.Path.AsSpan(1)) })];

    /// <summary>A refused line, its messages in the options' language (the assessor already gives an incident's errors in it).</summary>
    private static BatchResult Refused(long number, bool pair, AssessmentOptions? options, params ValidationError[] errors)
    {
        if (options is not null)
        {
            errors = [.. errors.Select(e => e.Localize(options.Culture))];
        }

        return new() { LineNumber = number, Result = AssessmentResult.Invalid(errors), HasStoredAssessment = pair, Change = null };
    }
}
