using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Batch;

/// <summary>
/// Writes the records of a re-assessment as JSON Lines, one unindented object per line: <c>changed</c> for a pair whose
/// outcome or explanation differs, <c>error</c> for a refused line, <c>assessed</c> for a lone incident (there is nothing
/// to compare it with, so the record carries today's assessment). Unchanged pairs and blank lines give no record.
/// </summary>
internal static class BatchRecordWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the record of a result, if it has one, with its line end.</summary>
    public static void Write(BatchResult result, IBufferWriter<byte> output)
    {
        if (result.Result.IsValid && result.Change is null && result.HasStoredAssessment)
        {
            return;
        }

        using (var writer = new Utf8JsonWriter(output, Options))
        {
            writer.WriteStartObject();
            writer.WriteNumber("line", result.LineNumber);
            if (!result.Result.IsValid)
            {
                WriteErrors(writer, result.Result.Errors);
            }
            else if (result.Change is { } change)
            {
                WriteChange(writer, change);
            }
            else
            {
                writer.WriteString("kind", "assessed");
                writer.WritePropertyName("assessment");
                SensoaJson.Write(writer, result.Result.Assessment);
            }

            writer.WriteEndObject();
        }

        output.Write("\n"u8);
    }

    private static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<ValidationError> errors)
    {
        writer.WriteString("kind", "error");
        writer.WriteStartArray("errors");
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("path", error.Path);
            writer.WriteString("code", error.Code);
            writer.WriteString("message", error.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteChange(Utf8JsonWriter writer, AssessmentChange change)
    {
        writer.WriteString("kind", "changed");
        writer.WriteString("oldRuleSetVersion", change.OldRuleSetVersion);
        writer.WriteString("newRuleSetVersion", change.NewRuleSetVersion);
        writer.WriteBoolean("outcomeChanged", change.OutcomeChanged);
        writer.WriteStartArray("behaviours");
        foreach (var behaviour in change.Behaviours)
        {
            writer.WriteStartObject();
            writer.WriteString("behaviourId", behaviour.BehaviourId);
            Pair(writer, "flag", behaviour.OldFlag, behaviour.NewFlag);
            Pair(writer, "computedFlag", behaviour.OldComputedFlag, behaviour.NewComputedFlag);
            Pair(writer, "status", behaviour.OldStatus, behaviour.NewStatus);
            Pair(writer, "registration", behaviour.OldRegistration, behaviour.NewRegistration);
            Pair(writer, "override", behaviour.OldOverride, behaviour.NewOverride);
            Ids(writer, "rulesNoLongerFired", behaviour.RulesNoLongerFired);
            Ids(writer, "rulesNewlyFired", behaviour.RulesNewlyFired);
            Ids(writer, "considerationsGone", behaviour.ConsiderationsGone);
            Ids(writer, "considerationsNew", behaviour.ConsiderationsNew);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("referrals");
        Ids(writer, "old", change.OldReferrals);
        Ids(writer, "new", change.NewReferrals);
        writer.WriteEndObject();
        Ids(writer, "changes", change.Kinds);
    }

    private static void Pair(Utf8JsonWriter writer, string name, string? old, string? now)
    {
        writer.WriteStartObject(name);
        writer.WriteString("old", old);
        writer.WriteString("new", now);
        writer.WriteEndObject();
    }

    private static void Ids(Utf8JsonWriter writer, string name, IReadOnlyList<string> ids)
    {
        writer.WriteStartArray(name);
        foreach (var id in ids)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
    }
}
