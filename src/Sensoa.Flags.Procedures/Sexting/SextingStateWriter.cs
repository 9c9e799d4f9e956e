using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>Writes a state as JSON: every field, in a fixed order, two-space indent, <c>\n</c> line ends.</summary>
internal static class SextingStateWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(SextingIncidentState state)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            // The form written is always the current one, whatever version the state was read from.
            json.WriteNumber("schemaVersion", SextingIncidentState.CurrentSchemaVersion);
            Enum(json, "jurisdiction", state.Jurisdiction);
            json.WriteString("caseId", state.CaseId);
            Enum(json, "step", state.Step);
            json.WriteStartArray("participants");
            foreach (var participant in state.Participants)
            {
                json.WriteStartObject();
                json.WriteString("id", participant.Id);
                json.WriteNumber("ageYears", participant.AgeYears);
                EnumList(json, "roles", participant.Roles);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            EnumList(json, "consulted", state.Consulted);
            json.WriteStartArray("conversations");
            foreach (var conversation in state.Conversations)
            {
                json.WriteStartObject();
                json.WriteString("personId", conversation.PersonId);
                json.WriteBoolean("alone", conversation.Alone);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Strings(json, "parentContacts", state.ParentContacts);
            Incident(json, state.Incident);
            json.WriteString("ruleSetVersion", state.RuleSetVersion);
            json.WriteStartArray("weighed");
            foreach (var weighed in state.Weighed)
            {
                json.WriteStartObject();
                json.WriteString("behaviourId", weighed.BehaviourId);
                json.WriteString("actorId", weighed.ActorId);
                json.WriteString("flag", weighed.Flag is { } flag ? EnumNames<Flag>.Name(flag) : null);
                Enum(json, "status", weighed.Status);
                Enum(json, "registration", weighed.Registration);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (state.CriminalCasePossible is { } possible)
            {
                json.WriteBoolean("criminalCasePossible", possible);
            }
            else
            {
                json.WriteNull("criminalCasePossible");
            }

            json.WriteString("policeAdvice", state.PoliceAdvice is { } advice ? EnumNames<PoliceAdvice>.Name(advice) : null);
            json.WriteBoolean("imagesDeleted", state.ImagesDeleted);
            Decision(json, state.Decision);
            Strings(json, "checkedIn", state.CheckedIn);
            if (state.SkippedAdvice.Count > 0)
            {
                // Written only when something was skipped, so that every state saved before it existed stays byte-identical.
                Strings(json, "skippedAdvice", state.SkippedAdvice);
            }

            json.WriteStartArray("history");
            foreach (var entry in state.History)
            {
                json.WriteStartObject();
                json.WriteString("at", JsonTimestamps.Write(entry.At));
                Enum(json, "trigger", entry.Trigger);
                Enum(json, "from", entry.From);
                Enum(json, "to", entry.To);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Incident(Utf8JsonWriter json, Incident? incident)
    {
        if (incident is null)
        {
            json.WriteNull("incident");
            return;
        }

        // The contract's own serialiser, re-indented to match: the nested incident reads back with the contract's reader.
        using var document = JsonDocument.Parse(SensoaJson.Serialize(incident));
        json.WritePropertyName("incident");
        document.RootElement.WriteTo(json);
    }

    private static void Decision(Utf8JsonWriter json, Decision? decision)
    {
        if (decision is null)
        {
            json.WriteNull("decision");
            return;
        }

        json.WriteStartObject("decision");
        Enum(json, "route", decision.Route);
        json.WriteStartArray("measures");
        foreach (var measure in decision.Measures)
        {
            json.WriteStartObject();
            Enum(json, "kind", measure.Kind);
            json.WriteString("personId", measure.PersonId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Enum<TEnum>(Utf8JsonWriter json, string name, TEnum value)
        where TEnum : struct, System.Enum =>
        json.WriteString(name, EnumNames<TEnum>.Name(value));

    private static void EnumList<TEnum>(Utf8JsonWriter json, string name, IEnumerable<TEnum> values)
        where TEnum : struct, System.Enum =>
        Strings(json, name, values.Select(EnumNames<TEnum>.Name));

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
