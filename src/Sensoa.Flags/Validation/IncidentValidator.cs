using System.Buffers;
using System.Diagnostics.CodeAnalysis;
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

    private const string BehavioursPath = "$.behaviours";

    private static readonly string[] CriterionMembers = [.. AllCriteria.Select(c => "." + EnumNames<Criterion>.Name(c))];

    public static void Validate(Incident? incident, ErrorCollector errors)
    {
        var lists = IncidentLists.Rent();
        try
        {
            Validate(incident, lists, errors);
        }
        finally
        {
            lists.Return();
        }
    }

    /// <summary>Validates an incident, copying its people and behaviours into <paramref name="lists"/> on the way (where their counts are within the limits).</summary>
    public static void Validate(Incident? incident, IncidentLists lists, ErrorCollector errors)
    {
        if (incident is null)
        {
            errors.Add(JsonPaths.Root, ValidationCodes.Required, "required: an incident");
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

        var people = ValidatePeople(incident.People, lists, errors);
        ValidateBehaviours(incident.Behaviours, lists, people, errors);
        if (incident.History is not { Count: 0 })
        {
            ValidateHistory(incident.History, people, errors);
        }
    }

    // The checks below run on every assessment. A JSON path is a small value built in pieces (ValidationPath) and written
    // out only for an error, so each field goes straight to its one check (Id, Years, Defined), which also reports.
    private static PeopleIndex ValidatePeople(IReadOnlyList<Person>? list, IncidentLists lists, ErrorCollector errors)
    {
        const string at = "$.people";
        if (!Count(list, at, Limits.MaxPeople, "person", errors))
        {
            return default;
        }

        lists.SetPeople(list!);
        var people = lists.People;
        var index = lists.Index;
        for (var i = 0; i < people.Length; i++)
        {
            var person = people[i];
            if (person is null)
            {
                errors.Add(ValidationPath.Of(at).Item(i), ValidationCodes.Required, "expected a person, found null");
                continue;
            }

            var id = person.Id;
            if (Id(id, ValidationPath.Of(at).Item(i).Then(".id"), errors) && index.Add(id, i) is var first and >= 0)
            {
                errors.Add(ValidationPath.Of(at).Item(i).Then(".id"), ValidationCodes.DuplicateId, $"the id of $.people[{first}] is used again");
            }

            if (!Within(person.AgeYears))
            {
                Years(person.AgeYears, ValidationPath.Of(at).Item(i).Then(".ageYears"), errors);
            }
        }

        return index;
    }

    private static void ValidateBehaviours(IReadOnlyList<Behaviour>? list, IncidentLists lists, in PeopleIndex people, ErrorCollector errors)
    {
        if (!Count(list, BehavioursPath, Limits.MaxBehaviours, "behaviour", errors))
        {
            return;
        }

        lists.SetBehaviours(list!);
        var behaviours = lists.Behaviours;
        var ids = behaviours.Length > LinearScanLimit ? new Dictionary<string, int>(behaviours.Length, StringComparer.Ordinal) : null;
        for (var i = 0; i < behaviours.Length; i++)
        {
            var behaviour = behaviours[i];
            if (behaviour is null)
            {
                errors.Add(ValidationPath.Of(BehavioursPath).Item(i), ValidationCodes.Required, "expected a behaviour, found null");
                continue;
            }

            var id = behaviour.Id;
            if (Id(id, Member(i, ".id"), errors) && FirstBehaviour(behaviours, ids, id, i) is var first and >= 0)
            {
                errors.Add(Member(i, ".id"), ValidationCodes.DuplicateId, $"the id of $.behaviours[{first}] is used again");
            }

            var actor = behaviour.ActorId;
            if (Id(actor, Member(i, ".actorId"), errors) && !people.Contains(actor))
            {
                errors.Add(Member(i, ".actorId"), ValidationCodes.DanglingId, "names no person of this incident");
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
            errors.Add(at, ValidationCodes.Required, "expected a list of labels (it may be empty), found null");
            return;
        }

        if (labels.Count > Limits.MaxLabels)
        {
            errors.Add(at, ValidationCodes.TooLarge, string.Create(
                CultureInfo.InvariantCulture, $"{labels.Count} items; the limit is {Limits.MaxLabels}"));
            return;
        }

        for (var j = 0; j < labels.Count; j++)
        {
            if (labels[j] is null)
            {
                errors.Add(at.Item(j), ValidationCodes.Required, "expected a label, found null");
            }
            else if (labels[j].Length > Limits.MaxLabelLength)
            {
                errors.Add(at.Item(j), ValidationCodes.TooLarge, string.Create(
                    CultureInfo.InvariantCulture, $"{labels[j].Length} characters; the limit is {Limits.MaxLabelLength}"));
            }
        }
    }

    /// <summary>
    /// The case file's earlier behaviours: a list of at most <see cref="Limits.MaxHistoryEntries"/>, ids unique among the
    /// entries, each of a person of this incident, with a defined flag and labels within their limits. A date from code is
    /// a real date by its type; from JSON the reader checks it.
    /// </summary>
    private static void ValidateHistory(IReadOnlyList<HistoryEntry>? history, in PeopleIndex people, ErrorCollector errors)
    {
        const string at = "$.history";
        if (history is null)
        {
            errors.Add(at, ValidationCodes.Required, "expected a list of earlier behaviours (it may be empty), found null");
            return;
        }

        if (history.Count > Limits.MaxHistoryEntries)
        {
            errors.Add(at, ValidationCodes.TooLarge, string.Create(
                CultureInfo.InvariantCulture, $"{history.Count} items; the limit is {Limits.MaxHistoryEntries}"));
            return;
        }

        var ids = new Dictionary<string, int>(history.Count, StringComparer.Ordinal);
        for (var i = 0; i < history.Count; i++)
        {
            var entry = history[i];
            var item = ValidationPath.Of(at).Item(i);
            if (entry is null)
            {
                errors.Add(item, ValidationCodes.Required, "expected an earlier behaviour, found null");
                continue;
            }

            if (Id(entry.Id, item.Then(".id"), errors) && !ids.TryAdd(entry.Id, i))
            {
                errors.Add(item.Then(".id"), ValidationCodes.DuplicateId, string.Create(
                    CultureInfo.InvariantCulture, $"the id of $.history[{ids[entry.Id]}] is used again"));
            }

            if (Id(entry.PersonId, item.Then(".personId"), errors) && !people.Contains(entry.PersonId))
            {
                errors.Add(item.Then(".personId"), ValidationCodes.DanglingId, "names no person of this incident");
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

    /// <summary>
    /// The index of the first behaviour before <paramref name="before"/> with this id, or -1. Small incidents (the usual
    /// case) are scanned, which is faster than hashing and allocates nothing; large ones use the dictionary.
    /// An earlier behaviour with an invalid id cannot match: the same text would be invalid here too.
    /// </summary>
    private static int FirstBehaviour(ReadOnlySpan<Behaviour?> behaviours, Dictionary<string, int>? ids, string id, int before)
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

    private static void ValidateAffected(Behaviour behaviour, int index, in PeopleIndex people, ErrorCollector errors)
    {
        var affected = behaviour.AffectedIds;
        if (affected is null)
        {
            errors.Add(Member(index, ".affectedIds"), ValidationCodes.Required, "expected a list of ids (it may be empty), found null");
            return;
        }

        var count = affected.Count;
        if (count > Limits.MaxPeople)
        {
            errors.Add(Member(index, ".affectedIds"), ValidationCodes.TooLarge, string.Create(
                CultureInfo.InvariantCulture, $"{count} items; the limit is {Limits.MaxPeople}"));
            return;
        }

        var seen = count > LinearScanLimit ? new HashSet<string>(StringComparer.Ordinal) : null;
        for (var j = 0; j < count; j++)
        {
            var id = affected[j];
            if (!Id(id, Member(index, ".affectedIds").Item(j), errors))
            {
                continue;
            }

            if (seen is null ? ListedBefore(affected, id, j) : !seen.Add(id))
            {
                errors.Add(Member(index, ".affectedIds").Item(j), ValidationCodes.DuplicateId, "this person is already listed as affected");
            }
            else if (string.Equals(id, behaviour.ActorId, StringComparison.Ordinal))
            {
                errors.Add(Member(index, ".affectedIds").Item(j), ValidationCodes.Invalid, "the actor cannot be listed as affected by their own behaviour; rate harm to self under the impact criterion");
            }
            else if (!people.Contains(id))
            {
                errors.Add(Member(index, ".affectedIds").Item(j), ValidationCodes.DanglingId, "names no person of this incident");
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

    private static void ValidateCriteria(Criteria? criteria, int index, ErrorCollector errors)
    {
        if (criteria is null)
        {
            errors.Add(Member(index, ".criteria"), ValidationCodes.Required, "required");
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

    /// <summary>Checks an id and reports what is wrong with it.</summary>
    internal static bool Id([NotNullWhen(true)] string? id, in ValidationPath at, ErrorCollector errors)
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

    /// <summary>Whether a number of years is within 0 to <see cref="Limits.MaxYears"/> (false for NaN and the infinities).</summary>
    private static bool Within(double value) => value is >= 0 and <= Limits.MaxYears;

    private static void Years(double value, in ValidationPath at, ErrorCollector errors)
    {
        if (!Within(value))
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
