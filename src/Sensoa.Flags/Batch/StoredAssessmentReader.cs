using System.Text.Json;
using Sensoa.Flags.Json;
using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Batch;

/// <summary>
/// Reads a stored assessment for the diff, with the library's one JSON toolkit (<see cref="JsonFields"/>: typed getters,
/// paths, duplicate properties, unpaired surrogates, limits). Unlike the incident reader it is tolerant: properties it
/// does not need are passed over, because the assessment may come from another rule-set version with other fields. What
/// it needs must be there and of the right kind, else an error names the path under <c>$.assessment</c>.
/// </summary>
internal static class StoredAssessmentReader
{
    /// <summary>The longest id or name read; room for any id the contract allows, and for other versions' ids.</summary>
    private const int MaxText = 256;

    /// <summary>The longest message read (a warning is a sentence for people, longer than an id).</summary>
    private const int MaxMessage = 16 * 1024;

    /// <summary>The most items in one list; far more than any assessment holds.</summary>
    private const int MaxItems = 1000;

    private const string Root = "$.assessment";

    /// <summary>The path of the stored rule-set version.</summary>
    public const string RuleSetVersionPath = Root + ".ruleSetVersion";

    private static readonly JsonFieldSet AssessmentFields = new(["ruleSetVersion", "behaviours", "referrals"], ignoreOthers: true);
    private static readonly JsonFieldSet BehaviourFields = new(
        ["behaviourId", "flag", "computedFlag", "status", "registration", "firedRules", "considerations", "override"],
        ignoreOthers: true);

    private static readonly JsonFieldSet IdFields = new(["id"], ignoreOthers: true);
    private static readonly JsonFieldSet OverrideFields = new(["accepted", "warning"], ignoreOthers: true);

    public static StoredAssessment? Read(JsonElement element, ErrorCollector errors)
    {
        var fields = new JsonFields(element, Root, AssessmentFields, errors);
        var version = fields.RequiredString("ruleSetVersion", MaxText);
        var behaviours = fields.RequiredArray("behaviours", MaxItems, ReadBehaviour);
        var referrals = fields.RequiredArray("referrals", MaxItems, Id);
        return !fields.IsObject || errors.HasErrors || behaviours is null || referrals is null
            ? null
            : new StoredAssessment(version, [.. behaviours.OfType<StoredBehaviour>()], [.. referrals.OfType<string>()]);
    }

    private static StoredBehaviour? ReadBehaviour(JsonElement item, string path, ErrorCollector errors)
    {
        var fields = new JsonFields(item, path, BehaviourFields, errors);
        var behaviour = new StoredBehaviour(
            fields.RequiredString("behaviourId", MaxText),
            fields.OptionalString("flag", MaxText),
            fields.OptionalString("computedFlag", MaxText),
            fields.OptionalString("status", MaxText),
            fields.OptionalString("registration", MaxText),
            fields.OptionalObject("override", Override),
            [.. fields.OptionalArray("firedRules", MaxItems, Id).OfType<string>()],
            [.. fields.OptionalArray("considerations", MaxItems, Id).OfType<string>()]);
        return fields.IsObject ? behaviour : null;
    }

    /// <summary>
    /// An override as the diff names its outcome: accepted, accepted with a warning (version 3), or refused (empty, with
    /// the error, when unreadable). A version without warnings stored none, so its accepted overrides read as accepted.
    /// </summary>
    private static string Override(JsonElement element, string path, ErrorCollector errors)
    {
        var fields = new JsonFields(element, path, OverrideFields, errors);
        var warned = fields.OptionalString("warning", MaxMessage) is not null;
        return fields.RequiredBool("accepted") switch
        {
            true => warned ? "acceptedWithWarning" : "accepted",
            false => "refused",
            null => string.Empty,
        };
    }

    /// <summary>An object with an <c>id</c> (a fired rule, a consideration, a referral): its id.</summary>
    private static string? Id(JsonElement element, string path, ErrorCollector errors)
    {
        var fields = new JsonFields(element, path, IdFields, errors);
        var id = fields.RequiredString("id", MaxText);
        return fields.IsObject ? id : null;
    }
}
