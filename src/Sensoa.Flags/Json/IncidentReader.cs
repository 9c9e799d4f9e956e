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
    private static readonly string[] IncidentFields =
        ["jurisdiction", "setting", "occurredYearsAgo", "involvesSexting", "unsafeContext", "people", "behaviours"];

    private static readonly string[] PersonFields = ["id", "ageYears", "hasDisability", "lowFunctioning"];

    private static readonly string[] BehaviourFields =
    [
        "id", "actorId", "affectedIds", "description", "criteria", "intimacy",
        "repeatedAfterCorrection", "priorSeriousAddressed", "awareAtTheTime", "override",
    ];

    private static readonly string[] CriteriaFields =
        ["consent", "voluntariness", "equality", "development", "context", "impact"];

    private static readonly string[] OverrideFields = ["flag", "basis", "reason"];

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

    private static string ReadId(JsonElement element, string path, ErrorCollector errors) =>
        Fields.StringValue(element, path, Limits.MaxIdLength, errors) ?? string.Empty;

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

    /// <summary>The properties of one JSON object, checked against the names the contract allows.</summary>
    private sealed class Fields
    {
        private readonly Dictionary<string, JsonElement> found = new(StringComparer.Ordinal);
        private readonly string path;
        private readonly ErrorCollector errors;

        public Fields(JsonElement element, string path, string[] allowed, ErrorCollector errors)
        {
            this.path = path;
            this.errors = errors;
            if (element.ValueKind != JsonValueKind.Object)
            {
                errors.Add(path, ValidationCodes.WrongType, $"expected an object, found {Describe(element.ValueKind)}");
                return;
            }

            foreach (var property in element.EnumerateObject())
            {
                var name = SafeName(property);
                var propertyPath = JsonPaths.Property(path, name);
                if (System.Array.IndexOf(allowed, name) < 0)
                {
                    errors.Add(propertyPath, ValidationCodes.UnknownProperty, $"unknown property; allowed here: {string.Join(", ", allowed)}");
                }
                else if (!found.TryAdd(name, property.Value))
                {
                    errors.Add(propertyPath, ValidationCodes.DuplicateProperty, "given more than once");
                }
            }
        }

        public static string? StringValue(JsonElement element, string path, int maxLength, ErrorCollector errors)
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                errors.Add(path, ValidationCodes.WrongType, $"expected a string, found {Describe(element.ValueKind)}");
                return null;
            }

            string value;
            try
            {
                value = element.GetString()!;
            }
            catch (InvalidOperationException)
            {
                errors.Add(path, ValidationCodes.Invalid, "the string holds an invalid escape (an unpaired surrogate)");
                return null;
            }

            if (value.Length > maxLength)
            {
                errors.Add(path, ValidationCodes.TooLarge, string.Create(
                    CultureInfo.InvariantCulture, $"{value.Length} characters; the limit is {maxLength}"));
                return null;
            }

            return value;
        }

        public string RequiredString(string name, int maxLength) =>
            Required(name, out var element, out var at) ? StringValue(element, at, maxLength, errors) ?? string.Empty : string.Empty;

        public string? OptionalString(string name, int maxLength) =>
            Optional(name, out var element, out var at) ? StringValue(element, at, maxLength, errors) : null;

        public double RequiredNumber(string name) =>
            Required(name, out var element, out var at) ? Number(element, at) : 0;

        public double OptionalNumber(string name) =>
            Optional(name, out var element, out var at) ? Number(element, at) : 0;

        public bool OptionalBool(string name)
        {
            if (!Optional(name, out var element, out var at))
            {
                return false;
            }

            if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return element.GetBoolean();
            }

            errors.Add(at, ValidationCodes.WrongType, $"expected true or false, found {Describe(element.ValueKind)}");
            return false;
        }

        public TEnum RequiredEnum<TEnum>(string name)
            where TEnum : struct, Enum =>
            Required(name, out var element, out var at) ? Enum<TEnum>(element, at) ?? default : default;

        public TEnum? OptionalEnum<TEnum>(string name)
            where TEnum : struct, Enum =>
            Optional(name, out var element, out var at) ? Enum<TEnum>(element, at) : null;

        public T? RequiredObject<T>(string name, Func<JsonElement, string, ErrorCollector, T> read)
            where T : class =>
            Required(name, out var element, out var at) ? read(element, at, errors) : null;

        public T? OptionalObject<T>(string name, Func<JsonElement, string, ErrorCollector, T> read)
            where T : class =>
            Optional(name, out var element, out var at) ? read(element, at, errors) : null;

        /// <summary>Reads a required array; null when it is missing, not an array, or too long.</summary>
        public IReadOnlyList<T>? RequiredArray<T>(string name, int maxItems, Func<JsonElement, string, ErrorCollector, T> read) =>
            Required(name, out var element, out var at) ? ReadArray(element, at, maxItems, read) : null;

        public IReadOnlyList<T> OptionalArray<T>(string name, int maxItems, Func<JsonElement, string, ErrorCollector, T> read) =>
            Optional(name, out var element, out var at) ? ReadArray(element, at, maxItems, read) ?? [] : [];

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

        private bool Required(string name, out JsonElement element, out string at)
        {
            at = JsonPaths.Property(path, name);
            if (found.TryGetValue(name, out element) && element.ValueKind != JsonValueKind.Null)
            {
                return true;
            }

            errors.Add(at, ValidationCodes.Required, "required");
            return false;
        }

        /// <summary>An absent optional property and one given as null mean the same: the default.</summary>
        private bool Optional(string name, out JsonElement element, out string at)
        {
            at = JsonPaths.Property(path, name);
            return found.TryGetValue(name, out element) && element.ValueKind != JsonValueKind.Null;
        }

        private double Number(JsonElement element, string at)
        {
            if (element.ValueKind != JsonValueKind.Number)
            {
                errors.Add(at, ValidationCodes.WrongType, $"expected a number, found {Describe(element.ValueKind)}");
                return 0;
            }

            if (!element.TryGetDouble(out var value) || !double.IsFinite(value))
            {
                errors.Add(at, ValidationCodes.OutOfRange, "the number is out of range");
                return 0;
            }

            return value;
        }

        private TEnum? Enum<TEnum>(JsonElement element, string at)
            where TEnum : struct, Enum
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                errors.Add(at, ValidationCodes.WrongType, $"expected one of {EnumNames<TEnum>.Allowed}, found {Describe(element.ValueKind)}");
                return null;
            }

            string? name;
            try
            {
                name = element.GetString();
            }
            catch (InvalidOperationException)
            {
                name = null;
            }

            if (name is not null && EnumNames<TEnum>.TryParse(name, out var value))
            {
                return value;
            }

            errors.Add(at, ValidationCodes.UnknownValue, $"not an allowed value; expected one of {EnumNames<TEnum>.Allowed}");
            return null;
        }

        private IReadOnlyList<T>? ReadArray<T>(JsonElement element, string at, int maxItems, Func<JsonElement, string, ErrorCollector, T> read)
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
