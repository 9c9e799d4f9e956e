using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Json;

/// <summary>
/// Reads an incident from JSON by walking the document, so that every structural problem
/// (wrong type, unknown or duplicate property, missing value, unknown enum name) is reported with its path,
/// not only the first one as a serializer would. Where a value is bad, a placeholder keeps the walk going;
/// the caller must not use the incident when errors were collected.
/// </summary>
internal static class IncidentReader
{
    private static readonly FieldSet IncidentFields =
        new(["jurisdiction", "setting", "occurredYearsAgo", "involvesSexting", "unsafeContext", "people", "behaviours"]);

    private static readonly FieldSet PersonFields = new(["id", "ageYears", "hasDisability", "lowFunctioning"]);

    private static readonly FieldSet BehaviourFields = new(
    [
        "id", "actorId", "affectedIds", "description", "criteria", "intimacy",
        "repeatedAfterCorrection", "priorSeriousAddressed", "awareAtTheTime", "override",
    ]);

    private static readonly FieldSet CriteriaFields =
        new(["consent", "voluntariness", "equality", "development", "context", "impact"]);

    private static readonly FieldSet OverrideFields = new(["flag", "basis", "reason"]);

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = Limits.MaxDepth,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    public static Incident? Read(ReadOnlySpan<byte> utf8, ErrorCollector errors)
    {
        if (utf8.Length > Limits.MaxInputBytes)
        {
            errors.Add(JsonPaths.Root, ValidationCodes.TooLarge, string.Create(
                CultureInfo.InvariantCulture,
                $"the input is {utf8.Length} bytes; the limit is {Limits.MaxInputBytes}"));
            return null;
        }

        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            errors.Add(JsonPaths.Root, ValidationCodes.InvalidJson, string.Create(
                CultureInfo.InvariantCulture, $"not valid UTF-8 (first bad byte at offset {FirstInvalidByte(utf8)})"));
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(utf8.Length, 1));
        try
        {
            utf8.CopyTo(buffer);
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(buffer.AsMemory(0, utf8.Length), DocumentOptions);
            }
            catch (JsonException)
            {
                var error = JsonErrorLocator.Locate(utf8);
                errors.Add(error.Path, error.Code, error.Message);
                return null;
            }

            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(JsonPaths.Root, ValidationCodes.WrongType, $"expected an object (one incident), found {Describe(root.ValueKind)}");
                    return null;
                }

                return ReadIncident(root, errors);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads the incident; null when the people could not be read, since every id check depends on them.</summary>
    private static Incident? ReadIncident(JsonElement element, ErrorCollector errors)
    {
        var fields = new Fields(element, JsonPaths.Root, IncidentFields, errors);
        var jurisdiction = fields.RequiredEnum<Jurisdiction>("jurisdiction");
        var setting = fields.RequiredEnum<Setting>("setting");
        var occurredYearsAgo = fields.OptionalNumber("occurredYearsAgo");
        var involvesSexting = fields.OptionalBool("involvesSexting");
        var unsafeContext = fields.OptionalBool("unsafeContext");
        var people = fields.RequiredArray("people", Limits.MaxPeople, ReadPerson);
        var behaviours = fields.RequiredArray("behaviours", Limits.MaxBehaviours, ReadBehaviour);
        if (people is null || behaviours is null)
        {
            return null;
        }

        return new Incident
        {
            Jurisdiction = jurisdiction,
            Setting = setting,
            OccurredYearsAgo = occurredYearsAgo,
            InvolvesSexting = involvesSexting,
            UnsafeContext = unsafeContext,
            People = people,
            Behaviours = behaviours,
        };
    }

    private static Person ReadPerson(JsonElement element, string path, ErrorCollector errors)
    {
        var fields = new Fields(element, path, PersonFields, errors);
        return new Person
        {
            Id = fields.RequiredString("id", Limits.MaxIdLength),
            AgeYears = fields.RequiredNumber("ageYears"),
            HasDisability = fields.OptionalBool("hasDisability"),
            LowFunctioning = fields.OptionalBool("lowFunctioning"),
        };
    }

    private static Behaviour ReadBehaviour(JsonElement element, string path, ErrorCollector errors)
    {
        var fields = new Fields(element, path, BehaviourFields, errors);
        return new Behaviour
        {
            Id = fields.RequiredString("id", Limits.MaxIdLength),
            ActorId = fields.RequiredString("actorId", Limits.MaxIdLength),
            AffectedIds = fields.OptionalArray("affectedIds", Limits.MaxPeople, ReadId),
            Description = fields.OptionalString("description", Limits.MaxDescriptionLength),
            Criteria = fields.RequiredObject("criteria", ReadCriteria) ?? Criteria.AllAt(CriterionRating.Unknown),
            Intimacy = fields.OptionalEnum<Intimacy>("intimacy"),
            RepeatedAfterCorrection = fields.OptionalBool("repeatedAfterCorrection"),
            PriorSeriousAddressed = fields.OptionalBool("priorSeriousAddressed"),
            AwareAtTheTime = fields.OptionalBool("awareAtTheTime"),
            Override = fields.OptionalObject("override", ReadOverride),
        };
    }

    private static string ReadId(JsonElement element, string path, ErrorCollector errors)
    {
        var value = Fields.StringValue(element, Limits.MaxIdLength, out var code, out var message);
        if (code is not null)
        {
            errors.Add(path, code, message!);
        }

        return value ?? string.Empty;
    }

    private static Criteria ReadCriteria(JsonElement element, string path, ErrorCollector errors)
    {
        var fields = new Fields(element, path, CriteriaFields, errors);
        return new Criteria
        {
            Consent = fields.RequiredEnum<CriterionRating>("consent"),
            Voluntariness = fields.RequiredEnum<CriterionRating>("voluntariness"),
            Equality = fields.RequiredEnum<CriterionRating>("equality"),
            Development = fields.RequiredEnum<CriterionRating>("development"),
            Context = fields.RequiredEnum<CriterionRating>("context"),
            Impact = fields.RequiredEnum<CriterionRating>("impact"),
        };
    }

    private static OverrideRequest ReadOverride(JsonElement element, string path, ErrorCollector errors)
    {
        var fields = new Fields(element, path, OverrideFields, errors);
        return new OverrideRequest
        {
            Flag = fields.RequiredEnum<Flag>("flag"),
            Basis = fields.RequiredEnum<OverrideBasis>("basis"),
            Reason = fields.RequiredString("reason", Limits.MaxReasonLength),
        };
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        Span<char> scratch = stackalloc char[256];
        var offset = 0;
        while (offset < utf8.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(utf8[offset..], scratch, out var read, out _, replaceInvalidSequences: false);
            offset += read;
            if (status == System.Buffers.OperationStatus.InvalidData || status == System.Buffers.OperationStatus.NeedMoreData)
            {
                return offset;
            }

            if (status == System.Buffers.OperationStatus.Done)
            {
                break;
            }
        }

        return offset;
    }

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>The property names one kind of object allows, as text and as UTF-8 (to match names without allocating).</summary>
    private sealed class FieldSet
    {
        public FieldSet(string[] names)
        {
            if (names.Length > Fields.MaxNames)
            {
                throw new ArgumentException($"At most {Fields.MaxNames} names.", nameof(names));
            }

            Names = names;
            Utf8 = [.. names.Select(System.Text.Encoding.UTF8.GetBytes)];
            Allowed = string.Join(", ", names);
        }

        public string[] Names { get; }

        public byte[][] Utf8 { get; }

        /// <summary>Gets the names for the unknown-property message.</summary>
        public string Allowed { get; }
    }

    /// <summary>The values of one JSON object's properties in the slots of its allowed names (the first of duplicates).</summary>
    [System.Runtime.CompilerServices.InlineArray(Fields.MaxNames)]
    private struct Slots
    {
        private JsonElement first;
    }

    /// <summary>
    /// The properties of one JSON object, checked against the names the contract allows. Names are matched as UTF-8 and
    /// values kept in slots on the stack, so a valid object costs no dictionary and no name strings; a property's JSON
    /// path is built only for an error or as the base path of a nested object or array.
    /// </summary>
    private struct Fields
    {
        /// <summary>The most names an object may allow.</summary>
        public const int MaxNames = 12;

        private readonly FieldSet set;
        private readonly string path;
        private readonly ErrorCollector errors;
        private Slots values;
        private int present;

        public Fields(JsonElement element, string path, FieldSet set, ErrorCollector errors)
        {
            this.set = set;
            this.path = path;
            this.errors = errors;
            if (element.ValueKind != JsonValueKind.Object)
            {
                errors.Add(path, ValidationCodes.WrongType, $"expected an object, found {Describe(element.ValueKind)}");
                return;
            }

            foreach (var property in element.EnumerateObject())
            {
                var index = IndexOf(property, set);
                if (index < 0)
                {
                    errors.Add(JsonPaths.Property(path, SafeName(property)), ValidationCodes.UnknownProperty, $"unknown property; allowed here: {set.Allowed}");
                }
                else if ((present & (1 << index)) != 0)
                {
                    errors.Add(JsonPaths.Property(path, set.Names[index]), ValidationCodes.DuplicateProperty, "given more than once");
                }
                else
                {
                    present |= 1 << index;
                    values[index] = property.Value;
                }
            }
        }

        /// <summary>Reads a string value; on a problem returns null with the error's code and message, for the caller to add with its path.</summary>
        public static string? StringValue(JsonElement element, int maxLength, out string? code, out string? message)
        {
            code = null;
            message = null;
            if (element.ValueKind != JsonValueKind.String)
            {
                (code, message) = (ValidationCodes.WrongType, $"expected a string, found {Describe(element.ValueKind)}");
                return null;
            }

            string value;
            try
            {
                value = element.GetString()!;
            }
            catch (InvalidOperationException)
            {
                (code, message) = (ValidationCodes.Invalid, "the string holds an invalid escape (an unpaired surrogate)");
                return null;
            }

            if (value.Length > maxLength)
            {
                (code, message) = (ValidationCodes.TooLarge, string.Create(
                    CultureInfo.InvariantCulture, $"{value.Length} characters; the limit is {maxLength}"));
                return null;
            }

            return value;
        }

        public readonly string RequiredString(string name, int maxLength) =>
            Required(name, out var element) ? String(element, name, maxLength) ?? string.Empty : string.Empty;

        public readonly string? OptionalString(string name, int maxLength) =>
            Optional(name, out var element) ? String(element, name, maxLength) : null;

        public readonly double RequiredNumber(string name) =>
            Required(name, out var element) ? Number(element, name) : 0;

        public readonly double OptionalNumber(string name) =>
            Optional(name, out var element) ? Number(element, name) : 0;

        public readonly bool OptionalBool(string name)
        {
            if (!Optional(name, out var element))
            {
                return false;
            }

            if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return element.GetBoolean();
            }

            errors.Add(At(name), ValidationCodes.WrongType, $"expected true or false, found {Describe(element.ValueKind)}");
            return false;
        }

        public readonly TEnum RequiredEnum<TEnum>(string name)
            where TEnum : struct, Enum =>
            Required(name, out var element) ? Enum<TEnum>(element, name) ?? default : default;

        public readonly TEnum? OptionalEnum<TEnum>(string name)
            where TEnum : struct, Enum =>
            Optional(name, out var element) ? Enum<TEnum>(element, name) : null;

        public readonly T? RequiredObject<T>(string name, Func<JsonElement, string, ErrorCollector, T> read)
            where T : class =>
            Required(name, out var element) ? read(element, At(name), errors) : null;

        public readonly T? OptionalObject<T>(string name, Func<JsonElement, string, ErrorCollector, T> read)
            where T : class =>
            Optional(name, out var element) ? read(element, At(name), errors) : null;

        /// <summary>Reads a required array; null when it is missing, not an array, or too long.</summary>
        public readonly IReadOnlyList<T>? RequiredArray<T>(string name, int maxItems, Func<JsonElement, string, ErrorCollector, T> read) =>
            Required(name, out var element) ? ReadArray(element, At(name), maxItems, read) : null;

        public readonly IReadOnlyList<T> OptionalArray<T>(string name, int maxItems, Func<JsonElement, string, ErrorCollector, T> read) =>
            Optional(name, out var element) ? ReadArray(element, At(name), maxItems, read) ?? [] : [];

        private static int IndexOf(JsonProperty property, FieldSet set)
        {
            var utf8 = set.Utf8;
            for (var i = 0; i < utf8.Length; i++)
            {
                try
                {
                    if (property.NameEquals(utf8[i]))
                    {
                        return i;
                    }
                }
                catch (InvalidOperationException)
                {
                    // A name with an invalid escape equals no allowed name.
                    return -1;
                }
            }

            return -1;
        }

        private static string SafeName(JsonProperty property)
        {
            try
            {
                return property.Name;
            }
            catch (InvalidOperationException)
            {
                return "\uFFFD";
            }
        }

        /// <summary>The path of one of this object's properties, for an error or a nested reader.</summary>
        private readonly string At(string name) => JsonPaths.Property(path, name);

        private readonly bool Found(string name, out JsonElement element)
        {
            var index = System.Array.IndexOf(set.Names, name);
            if (index >= 0 && (present & (1 << index)) != 0)
            {
                element = values[index];
                return element.ValueKind != JsonValueKind.Null;
            }

            element = default;
            return false;
        }

        private readonly bool Required(string name, out JsonElement element)
        {
            if (Found(name, out element))
            {
                return true;
            }

            errors.Add(At(name), ValidationCodes.Required, "required");
            return false;
        }

        /// <summary>An absent optional property and one given as null mean the same: the default.</summary>
        private readonly bool Optional(string name, out JsonElement element) => Found(name, out element);

        private readonly string? String(JsonElement element, string name, int maxLength)
        {
            var value = StringValue(element, maxLength, out var code, out var message);
            if (code is not null)
            {
                errors.Add(At(name), code, message!);
            }

            return value;
        }

        private readonly double Number(JsonElement element, string name)
        {
            if (element.ValueKind != JsonValueKind.Number)
            {
                errors.Add(At(name), ValidationCodes.WrongType, $"expected a number, found {Describe(element.ValueKind)}");
                return 0;
            }

            if (!element.TryGetDouble(out var value) || !double.IsFinite(value))
            {
                errors.Add(At(name), ValidationCodes.OutOfRange, "the number is out of range");
                return 0;
            }

            return value;
        }

        private readonly TEnum? Enum<TEnum>(JsonElement element, string name)
            where TEnum : struct, Enum
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                errors.Add(At(name), ValidationCodes.WrongType, $"expected one of {EnumNames<TEnum>.Allowed}, found {Describe(element.ValueKind)}");
                return null;
            }

            string? text;
            try
            {
                text = element.GetString();
            }
            catch (InvalidOperationException)
            {
                text = null;
            }

            if (text is not null && EnumNames<TEnum>.TryParse(text, out var value))
            {
                return value;
            }

            errors.Add(At(name), ValidationCodes.UnknownValue, $"not an allowed value; expected one of {EnumNames<TEnum>.Allowed}");
            return null;
        }

        private readonly IReadOnlyList<T>? ReadArray<T>(JsonElement element, string at, int maxItems, Func<JsonElement, string, ErrorCollector, T> read)
        {
            if (element.ValueKind != JsonValueKind.Array)
            {
                errors.Add(at, ValidationCodes.WrongType, $"expected an array, found {Describe(element.ValueKind)}");
                return null;
            }

            var count = element.GetArrayLength();
            if (count > maxItems)
            {
                errors.Add(at, ValidationCodes.TooLarge, string.Create(
                    CultureInfo.InvariantCulture, $"{count} items; the limit is {maxItems}"));
                return null;
            }

            var items = new T[count];
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                items[index] = read(item, JsonPaths.Index(at, index), errors);
                index++;
            }

            return items;
        }
    }
}
