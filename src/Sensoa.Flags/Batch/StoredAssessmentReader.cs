using System.Text.Json;
using Sensoa.Flags.Json;
using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Batch;

/// <summary>
/// Reads a stored assessment for the diff. Unlike the incident reader it is tolerant: properties it does not need or
/// know are ignored, because the assessment may come from another rule-set version with other fields. What it needs
/// must be there and of the right kind, else an error names the path under <c>$.assessment</c>.
/// </summary>
internal static class StoredAssessmentReader
{
    private const string Root = "$.assessment";

    public static StoredAssessment? Read(JsonElement element, ErrorCollector errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(Root, ValidationCodes.WrongType, $"expected an object (a stored assessment), found {Kind(element)}");
            return null;
        }

        var version = RequiredString(element, Root, "ruleSetVersion", errors);
        var behaviours = new List<StoredBehaviour>();
        foreach (var (item, path) in RequiredArray(element, Root, "behaviours", errors))
        {
            if (ReadBehaviour(item, path, errors) is { } behaviour)
            {
                behaviours.Add(behaviour);
            }
        }

        var referrals = new List<string>();
        foreach (var (item, path) in RequiredArray(element, Root, "referrals", errors))
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                errors.Add(path, ValidationCodes.WrongType, $"expected an object (a referral), found {Kind(item)}");
            }
            else if (RequiredString(item, path, "id", errors) is { } id)
            {
                referrals.Add(id);
            }
        }

        return version is null || errors.HasErrors ? null : new StoredAssessment(version, behaviours, referrals);
    }

    private static StoredBehaviour? ReadBehaviour(JsonElement item, string path, ErrorCollector errors)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, ValidationCodes.WrongType, $"expected an object (a behaviour's assessment), found {Kind(item)}");
            return null;
        }

        var id = RequiredString(item, path, "behaviourId", errors);
        var flag = NullableString(item, path, "flag", errors);
        var computed = NullableString(item, path, "computedFlag", errors);
        var status = NullableString(item, path, "status", errors);
        var registration = NullableString(item, path, "registration", errors);
        var rules = Ids(item, path, "firedRules", errors);
        var considerations = Ids(item, path, "considerations", errors);
        string? outcome = null;
        if (item.TryGetProperty("override", out var given) && given.ValueKind != JsonValueKind.Null)
        {
            var overridePath = JsonPaths.Property(path, "override");
            outcome = given.ValueKind == JsonValueKind.Object && given.TryGetProperty("accepted", out var accepted)
                && accepted.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? (accepted.ValueKind == JsonValueKind.True ? "accepted" : "refused")
                : Error(errors, JsonPaths.Property(overridePath, "accepted"), "expected true or false");
        }

        return id is null ? null : new StoredBehaviour(id, flag, computed, status, registration, outcome, rules, considerations);
    }

    private static string[] Ids(JsonElement item, string path, string name, ErrorCollector errors)
    {
        var ids = new List<string>();
        if (!item.TryGetProperty(name, out _))
        {
            return [];
        }

        foreach (var (entry, entryPath) in RequiredArray(item, path, name, errors))
        {
            if (entry.ValueKind != JsonValueKind.Object)
            {
                errors.Add(entryPath, ValidationCodes.WrongType, $"expected an object, found {Kind(entry)}");
            }
            else if (RequiredString(entry, entryPath, "id", errors) is { } id)
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    private static IEnumerable<(JsonElement Item, string Path)> RequiredArray(JsonElement parent, string path, string name, ErrorCollector errors)
    {
        var arrayPath = JsonPaths.Property(path, name);
        if (!parent.TryGetProperty(name, out var array))
        {
            errors.Add(arrayPath, ValidationCodes.Required, "required");
            yield break;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            errors.Add(arrayPath, ValidationCodes.WrongType, $"expected an array, found {Kind(array)}");
            yield break;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            yield return (item, JsonPaths.Index(arrayPath, index++));
        }
    }

    private static string? RequiredString(JsonElement parent, string path, string name, ErrorCollector errors)
    {
        var valuePath = JsonPaths.Property(path, name);
        if (!parent.TryGetProperty(name, out var value))
        {
            errors.Add(valuePath, ValidationCodes.Required, "required");
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : Error(errors, valuePath, $"expected a string, found {Kind(value)}");
    }

    private static string? NullableString(JsonElement parent, string path, string name, ErrorCollector errors)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : Error(errors, JsonPaths.Property(path, name), $"expected a string or null, found {Kind(value)}");
    }

    private static string? Error(ErrorCollector errors, string path, string message)
    {
        errors.Add(path, ValidationCodes.WrongType, message);
        return null;
    }

    private static string Kind(JsonElement element) => JsonFields.Describe(element.ValueKind);
}
