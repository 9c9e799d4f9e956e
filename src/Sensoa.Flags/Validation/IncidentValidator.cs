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
    /// <summary>Up to this many ids, duplicates and references are found by scanning, which beats hashing and allocates nothing.</summary>
    internal const int LinearScanLimit = 16;

    private static readonly Criterion[] AllCriteria = Enum.GetValues<Criterion>();

    private static readonly string[] CriterionMembers = [.. AllCriteria.Select(c => "." + EnumNames<Criterion>.Name(c))];

    public static void Validate(Incident? incident, ErrorCollector errors)
    {
        if (incident is null)
        {
            errors.Add(JsonPaths.Root, ValidationCodes.Required, "required: an incident");
            return;
        }

        Defined(incident.Jurisdiction, ValidationPath.Of("$.jurisdiction"), errors);
        Defined(incident.Setting, ValidationPath.Of("$.setting"), errors);
        Years(incident.OccurredYearsAgo, ValidationPath.Of("$.occurredYearsAgo"), errors);

        var people = ValidatePeople(incident.People, errors);
        ValidateBehaviours(incident.Behaviours, people, errors);
    }

    private static PeopleIndex? ValidatePeople(IReadOnlyList<Person>? people, ErrorCollector errors)
    {
        const string at = "$.people";
        if (!Count(people, at, Limits.MaxPeople, "person", errors))
        {
            return null;
        }

        var index = new PeopleIndex(people!);
        var list = ValidationPath.Of(at);
        for (var i = 0; i < people!.Count; i++)
        {
            var path = list.Item(i);
            var person = people[i];
            if (person is null)
            {
                errors.Add(path, ValidationCodes.Required, "expected a person, found null");
                continue;
            }

            var idPath = path.Then(".id");
            if (Id(person.Id, idPath, errors) && index.Add(person.Id, i) is var first and >= 0)
            {
                errors.Add(idPath, ValidationCodes.DuplicateId, $"the id of $.people[{first}] is used again");
            }

            Years(person.AgeYears, path.Then(".ageYears"), errors);
        }

        return index;
    }

    private static void ValidateBehaviours(IReadOnlyList<Behaviour>? behaviours, PeopleIndex? people, ErrorCollector errors)
    {
        const string at = "$.behaviours";
        if (!Count(behaviours, at, Limits.MaxBehaviours, "behaviour", errors))
        {
            return;
        }

        var ids = behaviours!.Count > LinearScanLimit ? new Dictionary<string, int>(behaviours.Count, StringComparer.Ordinal) : null;
        var list = ValidationPath.Of(at);
        for (var i = 0; i < behaviours.Count; i++)
        {
            var path = list.Item(i);
            var behaviour = behaviours[i];
            if (behaviour is null)
            {
                errors.Add(path, ValidationCodes.Required, "expected a behaviour, found null");
                continue;
            }

            var idPath = path.Then(".id");
            if (Id(behaviour.Id, idPath, errors) && FirstBehaviour(behaviours, ids, behaviour.Id, i) is var first and >= 0)
            {
                errors.Add(idPath, ValidationCodes.DuplicateId, $"the id of $.behaviours[{first}] is used again");
            }

            var actorPath = path.Then(".actorId");
            if (Id(behaviour.ActorId, actorPath, errors))
            {
                PersonExists(behaviour.ActorId, actorPath, people, errors);
            }

            ValidateAffected(behaviour, path.Then(".affectedIds"), people, errors);
            ValidateCriteria(behaviour.Criteria, path.Then(".criteria"), errors);
            if (behaviour.Description is { Length: > Limits.MaxDescriptionLength })
            {
                TooLong(behaviour.Description.Length, Limits.MaxDescriptionLength, path.Then(".description"), errors);
            }

            if (behaviour.Intimacy is { } intimacy)
            {
                Defined(intimacy, path.Then(".intimacy"), errors);
            }

            if (behaviour.Override is { } request)
            {
                ValidateOverride(request, path.Then(".override"), errors);
            }
        }
    }

    /// <summary>
    /// The index of the first behaviour before <paramref name="before"/> with this id, or -1. Small incidents (the usual
    /// case) are scanned, which is faster than hashing and allocates nothing; large ones use the dictionary.
    /// An earlier behaviour with an invalid id cannot match: the same text would be invalid here too.
    /// </summary>
    private static int FirstBehaviour(IReadOnlyList<Behaviour> behaviours, Dictionary<string, int>? ids, string id, int before)
    {
        if (ids is not null)
        {
            return ids.TryAdd(id, before) ? -1 : ids[id];
        }

        for (var j = 0; j < before; j++)
        {
            if (string.Equals(behaviours[j]?.Id, id, StringComparison.Ordinal))
            {
                return j;
            }
        }

        return -1;
    }

    private static void ValidateAffected(Behaviour behaviour, in ValidationPath at, PeopleIndex? people, ErrorCollector errors)
    {
        var affected = behaviour.AffectedIds;
        if (affected is null)
        {
            errors.Add(at, ValidationCodes.Required, "expected a list of ids (it may be empty), found null");
            return;
        }

        if (affected.Count > Limits.MaxPeople)
        {
            errors.Add(at, ValidationCodes.TooLarge, string.Create(
                CultureInfo.InvariantCulture, $"{affected.Count} items; the limit is {Limits.MaxPeople}"));
            return;
        }

        var seen = affected.Count > LinearScanLimit ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (var j = 0; j < affected.Count; j++)
        {
            var path = at.Item(j);
            var id = affected[j];
            if (!Id(id, path, errors))
            {
                continue;
            }

            if (seen is null ? ListedBefore(affected, id, j) : !seen.Add(id))
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

    private static bool ListedBefore(IReadOnlyList<string> ids, string id, int before)
    {
        for (var j = 0; j < before; j++)
        {
            if (string.Equals(ids[j], id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void ValidateCriteria(Criteria? criteria, in ValidationPath at, ErrorCollector errors)
    {
        if (criteria is null)
        {
            errors.Add(at, ValidationCodes.Required, "required");
            return;
        }

        // The usual case, every rating defined, read by property; the paths are built only for a rating that is not.
        if (Rated(criteria.Consent) && Rated(criteria.Voluntariness) && Rated(criteria.Equality)
            && Rated(criteria.Development) && Rated(criteria.Context) && Rated(criteria.Impact))
        {
            return;
        }

        for (var c = 0; c < AllCriteria.Length; c++)
        {
            Defined(criteria[AllCriteria[c]], at.Then(CriterionMembers[c]), errors);
        }
    }

    private static bool Rated(CriterionRating rating) => (uint)rating <= (uint)CriterionRating.Unknown;

    private static void ValidateOverride(OverrideRequest request, in ValidationPath at, ErrorCollector errors)
    {
        Defined(request.Flag, at.Then(".flag"), errors);
        Defined(request.Basis, at.Then(".basis"), errors);
        var reasonPath = at.Then(".reason");
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

    private static bool Id(string? id, in ValidationPath at, ErrorCollector errors)
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

        // Printable ASCII (nearly every id) is checked in one vectorised pass; anything else is decoded rune by rune.
        if (!id.AsSpan().ContainsAnyExceptInRange(' ', '~'))
        {
            return true;
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

    private static void PersonExists(string id, in ValidationPath at, PeopleIndex? people, ErrorCollector errors)
    {
        if (people is { } index && !index.Contains(id))
        {
            errors.Add(at, ValidationCodes.DanglingId, "names no person of this incident");
        }
    }

    private static void Years(double value, in ValidationPath at, ErrorCollector errors)
    {
        if (!double.IsFinite(value) || value < 0 || value > Limits.MaxYears)
        {
            errors.Add(at, ValidationCodes.OutOfRange, string.Create(
                CultureInfo.InvariantCulture, $"must be a number from 0 to {Limits.MaxYears}"));
        }
    }

    private static void Defined<TEnum>(TEnum value, in ValidationPath at, ErrorCollector errors)
        where TEnum : struct, Enum
    {
        if (!EnumNames<TEnum>.IsDefined(value))
        {
            errors.Add(at, ValidationCodes.UnknownValue, $"not an allowed value; expected one of {EnumNames<TEnum>.Allowed}");
        }
    }

    private static void TooLong(int length, int max, in ValidationPath at, ErrorCollector errors) =>
        errors.Add(at, ValidationCodes.TooLarge, string.Create(CultureInfo.InvariantCulture, $"{length} characters; the limit is {max}"));
}
