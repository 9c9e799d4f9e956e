using System.Globalization;
using System.Text.Json;

namespace Sensoa.Flags.Procedures.Json;

/// <summary>
/// The properties of one JSON object, checked against the names a procedure file allows: unknown and duplicate
/// properties, wrong types and missing values all become errors with their JSON path, and the walk goes on.
/// </summary>
internal sealed class JsonObjectReader
{
    private readonly Dictionary<string, JsonElement> found = new(StringComparer.Ordinal);
    private readonly List<ValidationError> errors;

    public JsonObjectReader(JsonElement element, string path, IReadOnlyCollection<string> allowed, List<ValidationError> errors)
    {
        Path = path;
        this.errors = errors;
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(path, ValidationCodes.WrongType, $"expected an object, found {Describe(element.ValueKind)}"));
            IsObject = false;
            return;
        }

        IsObject = true;
        foreach (var property in element.EnumerateObject())
        {
            var propertyPath = ProcedureJsonPaths.Property(path, property.Name);
            if (!allowed.Contains(property.Name))
            {
                errors.Add(new(propertyPath, ValidationCodes.UnknownProperty, $"unknown property; allowed here: {string.Join(", ", allowed)}"));
            }
            else if (!found.TryAdd(property.Name, property.Value))
            {
                errors.Add(new(propertyPath, ValidationCodes.DuplicateProperty, "given more than once"));
            }
        }
    }

    public string Path { get; }

    public bool IsObject { get; }

    public string At(string name) => ProcedureJsonPaths.Property(Path, name);

    public bool Has(string name) => found.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public JsonElement? Element(string name) => Has(name) ? found[name] : null;

    public string RequiredString(string name, int maxLength) =>
        Required(name) is { } element ? StringValue(element, At(name), maxLength, errors) ?? string.Empty : string.Empty;

    public string? OptionalString(string name, int maxLength) =>
        Element(name) is { } element ? StringValue(element, At(name), maxLength, errors) : null;

    public bool OptionalBool(string name) => OptionalNullableBool(name) ?? false;

    public bool? OptionalNullableBool(string name)
    {
        if (Element(name) is not { } element)
        {
            return null;
        }

        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        errors.Add(new(At(name), ValidationCodes.WrongType, $"expected true or false, found {Describe(element.ValueKind)}"));
        return null;
    }

    public double RequiredNumber(string name, double min, double max)
    {
        if (Required(name) is not { } element)
        {
            return 0;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var value))
        {
            errors.Add(new(At(name), ValidationCodes.WrongType, $"expected a number, found {Describe(element.ValueKind)}"));
            return 0;
        }

        if (value < min || value > max)
        {
            errors.Add(new(At(name), ValidationCodes.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"must be from {min} to {max}")));
        }

        return value;
    }

    public long RequiredInteger(string name, long min, long max)
    {
        if (Required(name) is not { } element)
        {
            return 0;
        }

        return IntegerValue(element, At(name), min, max, errors) ?? 0;
    }

    public TEnum RequiredEnum<TEnum>(string name, IReadOnlyDictionary<string, TEnum> names)
        where TEnum : struct, Enum =>
        Required(name) is { } element ? EnumValue(element, At(name), names, errors) ?? default : default;

    public TEnum? OptionalEnum<TEnum>(string name, IReadOnlyDictionary<string, TEnum> names)
        where TEnum : struct, Enum =>
        Element(name) is { } element ? EnumValue(element, At(name), names, errors) : null;

    public IReadOnlyList<T>? OptionalArray<T>(string name, int maxCount, Func<JsonElement, string, T?> read)
        where T : class =>
        Element(name) is { } element ? ArrayValue(element, At(name), maxCount, read) : null;

    public IReadOnlyList<T>? RequiredArray<T>(string name, int maxCount, Func<JsonElement, string, T?> read)
        where T : class =>
        Required(name) is { } element ? ArrayValue(element, At(name), maxCount, read) : null;

    public JsonElement? Required(string name)
    {
        if (Element(name) is { } element)
        {
            return element;
        }

        if (IsObject)
        {
            errors.Add(new(At(name), ValidationCodes.Required, "required"));
        }

        return null;
    }

    public static string? StringValue(JsonElement element, string path, int maxLength, List<ValidationError> errors)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            errors.Add(new(path, ValidationCodes.WrongType, $"expected a string, found {Describe(element.ValueKind)}"));
            return null;
        }

        var value = element.GetString()!;
        if (value.Length > maxLength)
        {
            errors.Add(new(path, ValidationCodes.TooLarge, string.Create(CultureInfo.InvariantCulture, $"{value.Length} characters; the limit is {maxLength}")));
            return null;
        }

        return value;
    }

    public static long? IntegerValue(JsonElement element, string path, long min, long max, List<ValidationError> errors)
    {
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out var value))
        {
            errors.Add(new(path, ValidationCodes.WrongType, $"expected a whole number, found {Describe(element.ValueKind)}"));
            return null;
        }

        if (value < min || value > max)
        {
            errors.Add(new(path, ValidationCodes.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"must be from {min} to {max}")));
            return null;
        }

        return value;
    }

    public static TEnum? EnumValue<TEnum>(JsonElement element, string path, IReadOnlyDictionary<string, TEnum> names, List<ValidationError> errors)
        where TEnum : struct, Enum
    {
        if (element.ValueKind == JsonValueKind.String && names.TryGetValue(element.GetString()!, out var value))
        {
            return value;
        }

        var allowed = string.Join(", ", names.Keys);
        errors.Add(element.ValueKind == JsonValueKind.String
            ? new(path, ValidationCodes.UnknownValue, $"not an allowed value; expected one of {allowed}")
            : new(path, ValidationCodes.WrongType, $"expected a string (one of {allowed}), found {Describe(element.ValueKind)}"));
        return null;
    }

    public IReadOnlyList<T>? ArrayValue<T>(JsonElement element, string path, int maxCount, Func<JsonElement, string, T?> read)
        where T : class
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new(path, ValidationCodes.WrongType, $"expected an array, found {Describe(element.ValueKind)}"));
            return null;
        }

        if (element.GetArrayLength() > maxCount)
        {
            errors.Add(new(path, ValidationCodes.TooLarge, string.Create(CultureInfo.InvariantCulture, $"{element.GetArrayLength()} items; the limit is {maxCount}")));
            return null;
        }

        var items = new List<T>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (read(item, ProcedureJsonPaths.Index(path, index)) is { } value)
            {
                items.Add(value);
            }

            index++;
        }

        return items;
    }

    /// <summary>Names a JSON kind in an error the way incident errors do ("an object", "null").</summary>
    public static string Describe(JsonValueKind kind) => Sensoa.Flags.Json.IncidentReader.Describe(kind);
}
