using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sensoa.Flags.Json;

/// <summary>
/// Writes an assessment as contract JSON straight to UTF-8 with a <see cref="Utf8JsonWriter"/>: the same bytes as the
/// source-generated serializer (tests compare the two on random assessments and every shipped case).
/// </summary>
/// <remarks>
/// It exists for the command line's start: the serializer builds its metadata and compiles a converter per enum on
/// first use, code no precompilation covers, and that was more than the start-up target allows (benchmarks/README.md).
/// Null checks follow the serializer's, which respects nullable annotations: a null where the model says non-null is a
/// <see cref="JsonException"/>, a null item in a list is written as <c>null</c>.
/// </remarks>
internal static class AssessmentWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",

        // As the serializer's options: Dutch text (é, ë) stays readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

        // Every start is matched by its end in the code below; the tests hold the bytes to the serializer's.
        SkipValidation = true,
    };

    /// <summary>Writes the assessment to <paramref name="destination"/> (a <c>PipeWriter</c> is one); does not flush it.</summary>
    public static void Write(Assessment assessment, IBufferWriter<byte> destination)
    {
        using var writer = new Utf8JsonWriter(destination, Options);
        WriteAssessment(writer, assessment);
    }

    /// <summary>Writes the assessment into a new buffer.</summary>
    public static ArrayBufferWriter<byte> Write(Assessment assessment)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        Write(assessment, buffer);
        return buffer;
    }

    private static void WriteAssessment(Utf8JsonWriter w, Assessment assessment)
    {
        w.WriteStartObject();
        w.WriteString(Names.RuleSetVersion, Required(assessment.RuleSetVersion, nameof(Assessment.RuleSetVersion)));
        WriteArray(w, Names.Behaviours, Required(assessment.Behaviours, nameof(Assessment.Behaviours)), WriteBehaviour);
        WriteArray(w, Names.Referrals, Required(assessment.Referrals, nameof(Assessment.Referrals)), WriteReferral);
        w.WriteEndObject();
    }

    private static void WriteBehaviour(Utf8JsonWriter w, BehaviourAssessment? behaviour)
    {
        if (behaviour is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString(Names.BehaviourId, Required(behaviour.BehaviourId, nameof(BehaviourAssessment.BehaviourId)));
        w.WriteString(Names.ActorId, Required(behaviour.ActorId, nameof(BehaviourAssessment.ActorId)));
        WriteEnum(w, Names.CriteriaFlag, behaviour.CriteriaFlag);
        WriteEnum(w, Names.ComputedFlag, behaviour.ComputedFlag);
        WriteEnum(w, Names.Flag, behaviour.Flag);
        w.WriteString(Names.Status, EnumText<AssessmentStatus>.Of(behaviour.Status));

        WriteArray(w, Names.UnknownCriteria, Required(behaviour.UnknownCriteria, nameof(BehaviourAssessment.UnknownCriteria)),
            static (w, criterion) => w.WriteStringValue(EnumText<Criterion>.Of(criterion)));

        WriteArray(w, Names.FiredRules, Required(behaviour.FiredRules, nameof(BehaviourAssessment.FiredRules)), WriteFiredRule);

        WriteOverride(w, behaviour.Override);

        WriteArray(w, Names.Considerations, Required(behaviour.Considerations, nameof(BehaviourAssessment.Considerations)), WriteConsideration);

        w.WriteString(Names.Registration, EnumText<Registration>.Of(behaviour.Registration));

        WriteArray(w, Names.Responses, Required(behaviour.Responses, nameof(BehaviourAssessment.Responses)), WriteResponse);
        w.WriteEndObject();
    }

    private static void WriteFiredRule(Utf8JsonWriter w, FiredRule? rule)
    {
        if (rule is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString(Names.Id, Required(rule.Id, nameof(FiredRule.Id)));
        WriteEnum(w, Names.From, rule.From);
        WriteEnum(w, Names.To, rule.To);
        w.WriteString(Names.Message, Required(rule.Message, nameof(FiredRule.Message)));
        w.WriteEndObject();
    }

    private static void WriteOverride(Utf8JsonWriter w, OverrideOutcome? outcome)
    {
        if (outcome is null)
        {
            w.WriteNull(Names.Override);
            return;
        }

        w.WriteStartObject(Names.Override);
        w.WriteString(Names.Flag, EnumText<Flag>.Of(outcome.Flag));
        w.WriteString(Names.Basis, EnumText<OverrideBasis>.Of(outcome.Basis));
        w.WriteBoolean(Names.Accepted, outcome.Accepted);
        WriteNullable(w, Names.Refusal, outcome.Refusal);
        WriteNullable(w, Names.Warning, outcome.Warning);
        w.WriteEndObject();
    }

    private static void WriteConsideration(Utf8JsonWriter w, Consideration? consideration)
    {
        if (consideration is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString(Names.Id, Required(consideration.Id, nameof(Consideration.Id)));
        w.WriteString(Names.Message, Required(consideration.Message, nameof(Consideration.Message)));
        w.WriteEndObject();
    }

    private static void WriteResponse(Utf8JsonWriter w, Response? response)
    {
        if (response is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString(Names.Role, EnumText<ResponseRole>.Of(response.Role));
        w.WriteStartArray(Names.Steps);
        var steps = Required(response.Steps, nameof(Response.Steps));
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is { } step)
            {
                w.WriteStringValue(step);
            }
            else
            {
                w.WriteNullValue();
            }
        }

        w.WriteEndArray();
        WriteArray(w, Names.StepDetails, Required(response.StepDetails, nameof(Response.StepDetails)), WriteStepDetail);
        w.WriteEndObject();
    }

    private static void WriteStepDetail(Utf8JsonWriter w, ResponseStep? step)
    {
        if (step is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString(Names.Kind, EnumText<ResponseStepKind>.Of(step.Kind));
        WriteProvenance(w, Names.Source, step.Source);
        WriteProvenance(w, Names.KindSource, step.KindSource);
        w.WriteEndObject();
    }

    /// <summary>A provenance in the same shape as every other the library prints (rules, considerations, referral conditions), or null.</summary>
    private static void WriteProvenance(Utf8JsonWriter w, JsonEncodedText name, Provenance? source)
    {
        if (source is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString(Names.Document, Required(source.Document, nameof(source.Document)));
        w.WriteString(Names.Part, Required(source.Part, nameof(source.Part)));
        w.WriteBoolean(Names.IsLibrary, source.IsLibrary);
        w.WriteEndObject();
    }

    private static void WriteReferral(Utf8JsonWriter w, Referral? referral)
    {
        if (referral is null)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString(Names.Id, Required(referral.Id, nameof(Referral.Id)));
        w.WriteString(Names.Name, Required(referral.Name, nameof(Referral.Name)));
        WriteNullable(w, Names.Phone, referral.Phone);
        WriteNullable(w, Names.Hours, referral.Hours);
        w.WriteString(Names.Why, Required(referral.Why, nameof(Referral.Why)));
        WriteNullable(w, Names.WhatTheyDo, referral.WhatTheyDo);
        WriteNullable(w, Names.Contact, referral.Contact);
        WriteNullable(w, Names.Mail, referral.Mail);
        WriteNullable(w, Names.Website, referral.Website);

        // Absent, not null, when no time was asked (as the model's JsonIgnore(WhenWritingNull) says).
        if (referral.Availability is { } availability)
        {
            w.WriteString(Names.Availability, EnumText<Availability>.Of(availability));
        }

        if (referral.OpensAt is { } opensAt)
        {
            w.WriteString(Names.OpensAt, opensAt);
        }

        if (referral.ClosesAt is { } closesAt)
        {
            w.WriteString(Names.ClosesAt, closesAt);
        }

        if (referral.AvailabilityNote is { } note)
        {
            w.WriteString(Names.AvailabilityNote, note);
        }

        w.WriteEndObject();
    }

    private static void WriteEnum<TEnum>(Utf8JsonWriter w, JsonEncodedText name, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } known)
        {
            w.WriteString(name, EnumText<TEnum>.Of(known));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>One array property: every item in order, each written by <paramref name="writeItem"/>.</summary>
    private static void WriteArray<T>(Utf8JsonWriter w, JsonEncodedText name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        w.WriteStartArray(name);
        for (var i = 0; i < items.Count; i++)
        {
            writeItem(w, items[i]);
        }

        w.WriteEndArray();
    }

    private static T Required<T>(T? value, string property)
        where T : class =>
        value ?? throw new JsonException($"The property '{property}' is null, which the contract does not allow.");

    /// <summary>An enum's contract names as JSON, from the shared name table (<see cref="EnumNames{TEnum}"/>).</summary>
    private static class EnumText<TEnum>
        where TEnum : struct, Enum
    {
        public static JsonEncodedText Of(TEnum value) =>
            EnumNames<TEnum>.Encoded(value)
            ?? throw new JsonException($"The value {value:D} is not a defined {typeof(TEnum).Name}.");
    }

    /// <summary>The contract's property names, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText RuleSetVersion = JsonEncodedText.Encode("ruleSetVersion");
        public static readonly JsonEncodedText Behaviours = JsonEncodedText.Encode("behaviours");
        public static readonly JsonEncodedText Referrals = JsonEncodedText.Encode("referrals");
        public static readonly JsonEncodedText BehaviourId = JsonEncodedText.Encode("behaviourId");
        public static readonly JsonEncodedText ActorId = JsonEncodedText.Encode("actorId");
        public static readonly JsonEncodedText CriteriaFlag = JsonEncodedText.Encode("criteriaFlag");
        public static readonly JsonEncodedText ComputedFlag = JsonEncodedText.Encode("computedFlag");
        public static readonly JsonEncodedText Flag = JsonEncodedText.Encode("flag");
        public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
        public static readonly JsonEncodedText UnknownCriteria = JsonEncodedText.Encode("unknownCriteria");
        public static readonly JsonEncodedText FiredRules = JsonEncodedText.Encode("firedRules");
        public static readonly JsonEncodedText Override = JsonEncodedText.Encode("override");
        public static readonly JsonEncodedText Considerations = JsonEncodedText.Encode("considerations");
        public static readonly JsonEncodedText Registration = JsonEncodedText.Encode("registration");
        public static readonly JsonEncodedText Responses = JsonEncodedText.Encode("responses");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText From = JsonEncodedText.Encode("from");
        public static readonly JsonEncodedText To = JsonEncodedText.Encode("to");
        public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
        public static readonly JsonEncodedText Basis = JsonEncodedText.Encode("basis");
        public static readonly JsonEncodedText Accepted = JsonEncodedText.Encode("accepted");
        public static readonly JsonEncodedText Refusal = JsonEncodedText.Encode("refusal");
        public static readonly JsonEncodedText Warning = JsonEncodedText.Encode("warning");
        public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");
        public static readonly JsonEncodedText Steps = JsonEncodedText.Encode("steps");
        public static readonly JsonEncodedText StepDetails = JsonEncodedText.Encode("stepDetails");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText KindSource = JsonEncodedText.Encode("kindSource");
        public static readonly JsonEncodedText Document = JsonEncodedText.Encode("document");
        public static readonly JsonEncodedText Part = JsonEncodedText.Encode("part");
        public static readonly JsonEncodedText IsLibrary = JsonEncodedText.Encode("isLibrary");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Phone = JsonEncodedText.Encode("phone");
        public static readonly JsonEncodedText Hours = JsonEncodedText.Encode("hours");
        public static readonly JsonEncodedText Why = JsonEncodedText.Encode("why");
        public static readonly JsonEncodedText WhatTheyDo = JsonEncodedText.Encode("whatTheyDo");
        public static readonly JsonEncodedText Contact = JsonEncodedText.Encode("contact");
        public static readonly JsonEncodedText Mail = JsonEncodedText.Encode("mail");
        public static readonly JsonEncodedText Website = JsonEncodedText.Encode("website");
        public static readonly JsonEncodedText Availability = JsonEncodedText.Encode("availability");
        public static readonly JsonEncodedText OpensAt = JsonEncodedText.Encode("opensAt");
        public static readonly JsonEncodedText ClosesAt = JsonEncodedText.Encode("closesAt");
        public static readonly JsonEncodedText AvailabilityNote = JsonEncodedText.Encode("availabilityNote");
    }
}
