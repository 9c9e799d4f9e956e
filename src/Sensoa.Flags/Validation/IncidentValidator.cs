using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Sensoa.Flags.Json;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Validation;

/// <summary>
/// The rules of the contract that go beyond the JSON shape: ids unique and resolvable, ages and years in range,
/// sizes within <see cref="Limits"/>, enum values defined. Runs on incidents from JSON and from code alike.
/// </summary>
internal static class IncidentValidator
{
    private static readonly Criterion[] AllCriteria = Enum.GetValues<Criterion>();

    private const string BehavioursPath = "$.behaviours";

    private static readonly ErrorMessage Required = new("error.required");

    private static readonly string[] CriterionMembers = [.. AllCriteria.Select(c => "." + EnumNames<Criterion>.Name(c))];

    public static void Validate(Incident? incident, ErrorCollector errors)
    {
        if (incident is null)
        {
            errors.Add(JsonPaths.Root, ValidationCodes.Required, new ErrorMessage("error.requiredIncident"));
            return;
        }

        if (!EnumNames<Jurisdiction>.IsDefined(incident.Jurisdiction))
        {
            Defined(incident.Jurisdiction, ValidationPath.Of("$.jurisdiction"), errors);
        }

        if (!EnumNames<Setting>.IsDefined(incident.Setting))
        {
            Defined(incident.Setting, ValidationPath.Of("$.setting"), errors);
        }

        if (!Within(incident.OccurredYearsAgo))
        {
            Years(incident.OccurredYearsAgo, ValidationPath.Of("$.occurredYearsAgo"), errors);
        }

        var people = ValidatePeople(incident.People, errors);
        ValidateBehaviours(incident.Behaviours, people, errors);
        if (incident.History is not { Count: 0 })
        {
            ValidateHistory(incident.History, people, errors);
        }
    }

    // The checks below run on every assessment. A JSON path is a small value built in pieces (ValidationPath) and written
    // out only for an error, so each field goes straight to its one check (Id, Years, Defined), which also reports.
    /// <summary>Checks the people; returns the index of each valid id's first person, or null when the list itself was refused.</summary>
    private static Dictionary<string, int>? ValidatePeople(IReadOnlyList<Person>? list, ErrorCollector errors)
    {
        const string at = "$.people";
        if (!Count(list, at, Limits.MaxPeople, "error.atLeastOnePerson", errors))
        {
            return null;
        }

        var index = new Dictionary<string, int>(list!.Count, StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var person = list[i];
            if (person is null)
            {
                errors.Add(ValidationPath.Of(at).Item(i), ValidationCodes.Required, new ErrorMessage("error.expectedPerson"));
                continue;
            }

            var id = person.Id;
            if (Id(id, ValidationPath.Of(at).Item(i).Then(".id"), errors) && !index.TryAdd(id, i))
            {
                errors.Add(ValidationPath.Of(at).Item(i).Then(".id"), ValidationCodes.DuplicateId, new ErrorMessage("error.personIdUsedAgain", index[id]));
            }

            if (!Within(person.AgeYears))
            {
                Years(person.AgeYears, ValidationPath.Of(at).Item(i).Then(".ageYears"), errors);
            }
        }

        return index;
    }

    private static void ValidateBehaviours(IReadOnlyList<Behaviour>? list, Dictionary<string, int>? people, ErrorCollector errors)
    {
        if (!Count(list, BehavioursPath, Limits.MaxBehaviours, "error.atLeastOneBehaviour", errors))
        {
            return;
        }

        var ids = new Dictionary<string, int>(list!.Count, StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            var behaviour = list[i];
            if (behaviour is null)
            {
                errors.Add(ValidationPath.Of(BehavioursPath).Item(i), ValidationCodes.Required, new ErrorMessage("error.expectedBehaviour"));
                continue;
            }

            var id = behaviour.Id;
            if (Id(id, Member(i, ".id"), errors) && !ids.TryAdd(id, i))
            {
                errors.Add(Member(i, ".id"), ValidationCodes.DuplicateId, new ErrorMessage("error.behaviourIdUsedAgain", ids[id]));
            }

            var actor = behaviour.ActorId;
            if (Id(actor, Member(i, ".actorId"), errors) && !Known(people, actor))
            {
                errors.Add(Member(i, ".actorId"), ValidationCodes.DanglingId, new ErrorMessage("error.namesNoPerson"));
            }

            ValidateAffected(behaviour, i, people, errors);
            ValidateCriteria(behaviour.Criteria, i, errors);
            if (behaviour.Description is { Length: > Limits.MaxDescriptionLength })
            {
                TooLong(behaviour.Description.Length, Limits.MaxDescriptionLength, Member(i, ".description"), errors);
            }

            if (behaviour.Intimacy is { } intimacy && !EnumNames<Intimacy>.IsDefined(intimacy))
            {
                Defined(intimacy, Member(i, ".intimacy"), errors);
            }

            if (behaviour.Relation is { } relation && !EnumNames<Relation>.IsDefined(relation))
            {
                Defined(relation, Member(i, ".relation"), errors);
            }

            if (behaviour.Labels is not { Count: 0 })
            {
                ValidateLabels(behaviour.Labels, Member(i, ".labels"), errors);
            }

            if (behaviour.Override is { } request)
            {
                ValidateOverride(request, Member(i, ".override"), errors);
            }
        }
    }

    /// <summary>Labels from code get the checks the JSON reader makes: a list, at most <see cref="Limits.MaxLabels"/>, each a short non-null string.</summary>
    private static void ValidateLabels(IReadOnlyList<string>? labels, in ValidationPath at, ErrorCollector errors)
    {
        if (labels is null)
        {
            errors.Add(at, ValidationCodes.Required, new ErrorMessage("error.expectedLabels"));
            return;
        }

        if (labels.Count > Limits.MaxLabels)
        {
            errors.Add(at, ValidationCodes.TooLarge, new ErrorMessage("error.tooManyItems", labels.Count, Limits.MaxLabels));
            return;
        }

        for (var j = 0; j < labels.Count; j++)
        {
            if (labels[j] is null)
            {
                errors.Add(at.Item(j), ValidationCodes.Required, new ErrorMessage("error.expectedLabel"));
            }
            else if (labels[j].Length > Limits.MaxLabelLength)
            {
                errors.Add(at.Item(j), ValidationCodes.TooLarge, new ErrorMessage("error.tooManyCharacters", labels[j].Length, Limits.MaxLabelLength));
            }
        }
    }

    /// <summary>
    /// The case file's earlier behaviours: a list of at most <see cref="Limits.MaxHistoryEntries"/>, ids unique among the
    /// entries, each of a person of this incident, with a defined flag and labels within their limits. A date from code is
    /// a real date by its type; from JSON the reader checks it.
    /// </summary>
    private static void ValidateHistory(IReadOnlyList<HistoryEntry>? history, Dictionary<string, int>? people, ErrorCollector errors)
    {
        const string at = "$.history";
        if (history is null)
        {
            errors.Add(at, ValidationCodes.Required, new ErrorMessage("error.expectedHistory"));
            return;
        }

        if (history.Count > Limits.MaxHistoryEntries)
        {
            errors.Add(at, ValidationCodes.TooLarge, new ErrorMessage("error.tooManyItems", history.Count, Limits.MaxHistoryEntries));
            return;
        }

        var ids = new Dictionary<string, int>(history.Count, StringComparer.Ordinal);
        for (var i = 0; i < history.Count; i++)
        {
            var entry = history[i];
            var item = ValidationPath.Of(at).Item(i);
            if (entry is null)
            {
                errors.Add(item, ValidationCodes.Required, new ErrorMessage("error.expectedHistoryEntry"));
                continue;
            }

            if (Id(entry.Id, item.Then(".id"), errors) && !ids.TryAdd(entry.Id, i))
            {
                errors.Add(item.Then(".id"), ValidationCodes.DuplicateId, new ErrorMessage("error.historyIdUsedAgain", ids[entry.Id]));
            }

            if (Id(entry.PersonId, item.Then(".personId"), errors) && !Known(people, entry.PersonId))
            {
                errors.Add(item.Then(".personId"), ValidationCodes.DanglingId, new ErrorMessage("error.namesNoPerson"));
            }

            Defined(entry.Flag, item.Then(".flag"), errors);
            if (entry.Labels is not { Count: 0 })
            {
                ValidateLabels(entry.Labels, item.Then(".labels"), errors);
            }
        }
    }

    /// <summary>The path of a member of the behaviour at an index, built when an error needs it.</summary>
    private static ValidationPath Member(int behaviour, string dotName) =>
        ValidationPath.Of(BehavioursPath).Item(behaviour).Then(dotName);

    /// <summary>Gets whether a person has this id; true when the people could not be checked (their list was refused), so that no second error follows the first.</summary>
    private static bool Known(Dictionary<string, int>? people, string id) => people is null || people.ContainsKey(id);

    private static void ValidateAffected(Behaviour behaviour, int index, Dictionary<string, int>? people, ErrorCollector errors)
    {
        var affected = behaviour.AffectedIds;
        if (affected is null)
        {
            errors.Add(Member(index, ".affectedIds"), ValidationCodes.Required, new ErrorMessage("error.expectedIds"));
            return;
        }

        var count = affected.Count;
        if (count > Limits.MaxPeople)
        {
            errors.Add(Member(index, ".affectedIds"), ValidationCodes.TooLarge, new ErrorMessage("error.tooManyItems", count, Limits.MaxPeople));
            return;
        }

        var seen = new HashSet<string>(count, StringComparer.Ordinal);
        for (var j = 0; j < count; j++)
        {
            var id = affected[j];
            if (!Id(id, Member(index, ".affectedIds").Item(j), errors))
            {
                continue;
            }

            if (!seen.Add(id))
            {
                errors.Add(Member(index, ".affectedIds").Item(j), ValidationCodes.DuplicateId, new ErrorMessage("error.alreadyAffected"));
            }
            else if (string.Equals(id, behaviour.ActorId, StringComparison.Ordinal))
            {
                errors.Add(Member(index, ".affectedIds").Item(j), ValidationCodes.Invalid, new ErrorMessage("error.actorAffected"));
            }
            else if (!Known(people, id))
            {
                errors.Add(Member(index, ".affectedIds").Item(j), ValidationCodes.DanglingId, new ErrorMessage("error.namesNoPerson"));
            }
        }
    }

    private static void ValidateCriteria(Criteria? criteria, int index, ErrorCollector errors)
    {
        if (criteria is null)
        {
            errors.Add(Member(index, ".criteria"), ValidationCodes.Required, Required);
            return;
        }

        // The usual case, every rating defined, read by property; the paths are built only for a rating that is not.
        if (Rated(criteria.Consent) && Rated(criteria.Voluntariness) && Rated(criteria.Equality)
            && Rated(criteria.Development) && Rated(criteria.Context) && Rated(criteria.Impact))
        {
            return;
        }

        var at = Member(index, ".criteria");
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
            errors.Add(reasonPath, ValidationCodes.Required, new ErrorMessage("error.requiredReason"));
        }
        else if (request.Reason.Length > Limits.MaxReasonLength)
        {
            TooLong(request.Reason.Length, Limits.MaxReasonLength, reasonPath, errors);
        }
    }

    private static bool Count<T>(IReadOnlyList<T>? items, string at, int max, string emptyKey, ErrorCollector errors)
    {
        if (items is null)
        {
            errors.Add(at, ValidationCodes.Required, Required);
            return false;
        }

        if (items.Count == 0)
        {
            errors.Add(at, ValidationCodes.Required, new ErrorMessage(emptyKey));
            return false;
        }

        if (items.Count > max)
        {
            errors.Add(at, ValidationCodes.TooLarge, new ErrorMessage("error.tooManyItems", items.Count, max));
            return false;
        }

        return true;
    }

    /// <summary>Checks an id and reports what is wrong with it.</summary>
    internal static bool Id([NotNullWhen(true)] string? id, in ValidationPath at, ErrorCollector errors)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add(at, ValidationCodes.Required, new ErrorMessage("error.requiredId"));
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
                errors.Add(at, ValidationCodes.Invalid, new ErrorMessage("error.idCharacters"));
                return false;
            }

            rest = rest[used..];
        }

        return true;
    }

    /// <summary>Whether a number of years is within 0 to <see cref="Limits.MaxYears"/> (false for NaN and the infinities).</summary>
    private static bool Within(double value) => value is >= 0 and <= Limits.MaxYears;

    private static void Years(double value, in ValidationPath at, ErrorCollector errors)
    {
        if (!Within(value))
        {
            errors.Add(at, ValidationCodes.OutOfRange, new ErrorMessage("error.yearsRange", Limits.MaxYears));
        }
    }

    private static void Defined<TEnum>(TEnum value, in ValidationPath at, ErrorCollector errors)
        where TEnum : struct, Enum
    {
        if (!EnumNames<TEnum>.IsDefined(value))
        {
            errors.Add(at, ValidationCodes.UnknownValue, new ErrorMessage("error.notAllowed", EnumNames<TEnum>.Allowed));
        }
    }

    private static void TooLong(int length, int max, in ValidationPath at, ErrorCollector errors) =>
        errors.Add(at, ValidationCodes.TooLarge, new ErrorMessage("error.tooManyCharacters", length, max));
}
