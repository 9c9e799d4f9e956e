using System.Buffers;
using System.Globalization;
using System.Text;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Validation;

/// <summary>
/// The rules of the contract that go beyond the JSON shape: ids unique and resolvable, ages and years in range,
/// sizes within <see cref="Limits"/>, enum values defined. Runs on incidents from JSON and from code alike.
/// </summary>
internal static class IncidentValidator
{
    public static void Validate(Incident? incident, ErrorCollector errors)
    {
        if (incident is null)
        {
            errors.Add(JsonPaths.Root, ValidationCodes.Required, "required: an incident");
            return;
        }

        Defined(incident.Jurisdiction, "$.jurisdiction", errors);
        Defined(incident.Setting, "$.setting", errors);
        Years(incident.OccurredYearsAgo, "$.occurredYearsAgo", errors);

        var people = ValidatePeople(incident.People, errors);
        ValidateBehaviours(incident.Behaviours, people, errors);
    }

    private static Dictionary<string, int>? ValidatePeople(IReadOnlyList<Person>? people, ErrorCollector errors)
    {
        const string at = "$.people";
        if (!Count(people, at, Limits.MaxPeople, "person", errors))
        {
            return null;
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < people!.Count; i++)
        {
            var path = JsonPaths.Index(at, i);
            var person = people[i];
            if (person is null)
            {
                errors.Add(path, ValidationCodes.Required, "expected a person, found null");
                continue;
            }

            var idPath = path + ".id";
            if (Id(person.Id, idPath, errors) && !ids.TryAdd(person.Id, i))
            {
                errors.Add(idPath, ValidationCodes.DuplicateId, $"the id of $.people[{ids[person.Id]}] is used again");
            }

            Years(person.AgeYears, path + ".ageYears", errors);
        }

        return ids;
    }

    private static void ValidateBehaviours(IReadOnlyList<Behaviour>? behaviours, Dictionary<string, int>? people, ErrorCollector errors)
    {
        const string at = "$.behaviours";
        if (!Count(behaviours, at, Limits.MaxBehaviours, "behaviour", errors))
        {
            return;
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < behaviours!.Count; i++)
        {
            var path = JsonPaths.Index(at, i);
            var behaviour = behaviours[i];
            if (behaviour is null)
            {
                errors.Add(path, ValidationCodes.Required, "expected a behaviour, found null");
                continue;
            }

            var idPath = path + ".id";
            if (Id(behaviour.Id, idPath, errors) && !ids.TryAdd(behaviour.Id, i))
            {
                errors.Add(idPath, ValidationCodes.DuplicateId, $"the id of $.behaviours[{ids[behaviour.Id]}] is used again");
            }

            var actorPath = path + ".actorId";
            if (Id(behaviour.ActorId, actorPath, errors))
            {
                PersonExists(behaviour.ActorId, actorPath, people, errors);
            }

            ValidateAffected(behaviour, path + ".affectedIds", people, errors);
            ValidateCriteria(behaviour.Criteria, path + ".criteria", errors);
            if (behaviour.Description is { Length: > Limits.MaxDescriptionLength })
            {
                TooLong(behaviour.Description.Length, Limits.MaxDescriptionLength, path + ".description", errors);
            }

            if (behaviour.Intimacy is { } intimacy)
            {
                Defined(intimacy, path + ".intimacy", errors);
            }

            if (behaviour.Override is { } request)
            {
                ValidateOverride(request, path + ".override", errors);
            }
        }
    }

    private static void ValidateAffected(Behaviour behaviour, string at, Dictionary<string, int>? people, ErrorCollector errors)
    {
        if (behaviour.AffectedIds is null)
        {
            errors.Add(at, ValidationCodes.Required, "expected a list of ids (it may be empty), found null");
            return;
        }

        if (behaviour.AffectedIds.Count > Limits.MaxPeople)
        {
            errors.Add(at, ValidationCodes.TooLarge, string.Create(
                CultureInfo.InvariantCulture, $"{behaviour.AffectedIds.Count} items; the limit is {Limits.MaxPeople}"));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < behaviour.AffectedIds.Count; j++)
        {
            var path = JsonPaths.Index(at, j);
            var id = behaviour.AffectedIds[j];
            if (!Id(id, path, errors))
            {
                continue;
            }

            if (!seen.Add(id))
            {
                errors.Add(path, ValidationCodes.DuplicateId, "this person is already listed as affected");
            }
            else if (string.Equals(id, behaviour.ActorId, StringComparison.Ordinal))
            {
                errors.Add(path, ValidationCodes.Invalid, "the actor cannot be listed as affected by their own behaviour; rate harm to self under the impact criterion");
            }
            else
            {
                PersonExists(id, path, people, errors);
            }
        }
    }

    private static void ValidateCriteria(Criteria? criteria, string at, ErrorCollector errors)
    {
        if (criteria is null)
        {
            errors.Add(at, ValidationCodes.Required, "required");
            return;
        }

        foreach (var criterion in Enum.GetValues<Criterion>())
        {
            Defined(criteria[criterion], at + "." + EnumNames<Criterion>.Name(criterion), errors);
        }
    }

    private static void ValidateOverride(OverrideRequest request, string at, ErrorCollector errors)
    {
        Defined(request.Flag, at + ".flag", errors);
        Defined(request.Basis, at + ".basis", errors);
        var reasonPath = at + ".reason";
        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            errors.Add(reasonPath, ValidationCodes.Required, "required: say why the final flag differs");
        }
        else if (request.Reason.Length > Limits.MaxReasonLength)
        {
            TooLong(request.Reason.Length, Limits.MaxReasonLength, reasonPath, errors);
        }
    }

    private static bool Count<T>(IReadOnlyList<T>? items, string at, int max, string what, ErrorCollector errors)
    {
        if (items is null)
        {
            errors.Add(at, ValidationCodes.Required, "required");
            return false;
        }

        if (items.Count == 0)
        {
            errors.Add(at, ValidationCodes.Required, $"at least one {what} is required");
            return false;
        }

        if (items.Count > max)
        {
            errors.Add(at, ValidationCodes.TooLarge, string.Create(CultureInfo.InvariantCulture, $"{items.Count} items; the limit is {max}"));
            return false;
        }

        return true;
    }

    private static bool Id(string? id, string at, ErrorCollector errors)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add(at, ValidationCodes.Required, "required: a non-empty id");
            return false;
        }

        if (id.Length > Limits.MaxIdLength)
        {
            TooLong(id.Length, Limits.MaxIdLength, at, errors);
            return false;
        }

        // Rune enumeration sees a surrogate pair (an emoji, say) as one valid character and only a lone surrogate as invalid.
        for (var rest = id.AsSpan(); !rest.IsEmpty;)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) != OperationStatus.Done || Rune.IsControl(rune))
            {
                errors.Add(at, ValidationCodes.Invalid, "an id may not hold control characters or unpaired surrogates");
                return false;
            }

            rest = rest[used..];
        }

        return true;
    }

    private static void PersonExists(string id, string at, Dictionary<string, int>? people, ErrorCollector errors)
    {
        if (people is not null && !people.ContainsKey(id))
        {
            errors.Add(at, ValidationCodes.DanglingId, "names no person of this incident");
        }
    }

    private static void Years(double value, string at, ErrorCollector errors)
    {
        if (!double.IsFinite(value) || value < 0 || value > Limits.MaxYears)
        {
            errors.Add(at, ValidationCodes.OutOfRange, string.Create(
                CultureInfo.InvariantCulture, $"must be a number from 0 to {Limits.MaxYears}"));
        }
    }

    private static void Defined<TEnum>(TEnum value, string at, ErrorCollector errors)
        where TEnum : struct, Enum
    {
        if (!EnumNames<TEnum>.IsDefined(value))
        {
            errors.Add(at, ValidationCodes.UnknownValue, $"not an allowed value; expected one of {EnumNames<TEnum>.Allowed}");
        }
    }

    private static void TooLong(int length, int max, string at, ErrorCollector errors) =>
        errors.Add(at, ValidationCodes.TooLarge, string.Create(CultureInfo.InvariantCulture, $"{length} characters; the limit is {max}"));
}
