using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Sensoa.Flags.Validation;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Json;

/// <summary>
/// The properties of one JSON object, checked against the names its kind allows: an unknown or duplicate property, a
/// wrong type, a missing value, an unknown enum name, a string too long or holding an unpaired surrogate, a number out of
/// range: each becomes an error with its JSON path, and the walk goes on with a placeholder. Names are matched as UTF-8
/// and values kept in slots on the stack, so a valid object costs no dictionary and no name strings; a property's path
/// is built only for an error or as the base path of a nested object or array. Being large, it is passed by <c>in</c>.
/// </summary>
/// <remarks>
/// The errors carry the library's codes (<see cref="ValidationCodes"/>) and messages, which
/// <see cref="ValidationError.Localize"/> writes again in Dutch: reading an integrator's own document with it gives the
/// same error contract as reading an incident.
/// </remarks>
public struct JsonFields
{
    /// <summary>The most names an object may allow.</summary>
    public const int MaxNames = 32;

    /// <summary>The length of a date written yyyy-mm-dd.</summary>
    private const int DateLength = 10;

    private readonly JsonFieldSet set;
    private readonly string path;
    private readonly ErrorCollector errors;
    private Slots values;
    private uint present;

    /// <summary>Reads the properties of an object; an element that is no object gets an error at its path.</summary>
    /// <param name="element">The object.</param>
    /// <param name="path">Its path (<see cref="JsonPaths"/>), for errors.</param>
    /// <param name="set">The names its kind allows.</param>
    /// <param name="errors">Where problems go.</param>
    public JsonFields(JsonElement element, string path, JsonFieldSet set, ErrorCollector errors)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(errors);
        this.set = set;
        this.path = path;
        this.errors = errors;
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, ValidationCodes.WrongType, new ErrorMessage("error.expectedObject", ErrorMessage.Kind(element.ValueKind)));
            return;
        }

        IsObject = true;
        foreach (var property in element.EnumerateObject())
        {
            var index = IndexOf(property, set);
            if (index < 0 && set.IgnoresOthers)
            {
                continue;
            }

            if (index < 0)
            {
                var name = SafeName(property);
                errors.Add(JsonPaths.Property(path, name), ValidationCodes.UnknownProperty, UnknownProperty(name, set));
            }
            else if ((present & (1u << index)) != 0)
            {
                errors.Add(JsonPaths.Property(path, set[index]), ValidationCodes.DuplicateProperty, new ErrorMessage("error.givenMoreThanOnce"));
            }
            else
            {
                present |= 1u << index;
                values[index] = property.Value;
            }
        }
    }

    /// <summary>Gets whether the element was an object (when not, its error is reported and every getter gives a placeholder).</summary>
    public readonly bool IsObject { get; }

    /// <summary>Gets where this object's errors go, for a check that spans two of its properties.</summary>
    public readonly ErrorCollector Errors => errors;

    /// <summary>Gets the object's own path.</summary>
    public readonly string Path => path;

    /// <summary>
    /// The message for an unknown property: the closest allowed name when the name looks misspelt, then every allowed
    /// name. Only allowed names are quoted, never the unknown one (it is in the path already).
    /// </summary>
    internal static ErrorMessage UnknownProperty(string name, JsonFieldSet set) =>
        ClosestName.Find(name, set.Names) is { } closest
            ? new("error.unknownPropertyDidYouMean", closest, set.Allowed)
            : new("error.unknownProperty", set.Allowed);

    /// <summary>Reads a string value; on a problem returns null with the error's code and message, for the caller to add with its path.</summary>
    internal static string? StringValue(JsonElement element, int maxLength, out string? code, out ErrorMessage? message)
    {
        code = null;
        message = null;
        if (element.ValueKind != JsonValueKind.String)
        {
            (code, message) = (ValidationCodes.WrongType, new ErrorMessage("error.expectedString", ErrorMessage.Kind(element.ValueKind)));
            return null;
        }

        string value;
        try
        {
            value = element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            (code, message) = (ValidationCodes.Invalid, new ErrorMessage("error.invalidEscape"));
            return null;
        }

        if (value.Length > maxLength)
        {
            (code, message) = (ValidationCodes.TooLarge, new ErrorMessage("error.tooManyCharacters", value.Length, maxLength));
            return null;
        }

        return value;
    }

    /// <summary>Reads a string value at a path, reporting a problem there (not a string, an invalid escape, too long).</summary>
    /// <param name="element">The value.</param>
    /// <param name="at">Its path.</param>
    /// <param name="maxLength">The most characters allowed.</param>
    /// <param name="errors">Where a problem goes.</param>
    /// <returns>The string, or null with an error.</returns>
    public static string? StringValue(JsonElement element, string at, int maxLength, ErrorCollector errors)
    {
        var value = StringValue(element, maxLength, out var code, out var message);
        if (code is not null)
        {
            errors.Add(at, code, message!);
        }

        return value;
    }

    /// <summary>Reads an enum value by its contract name (<see cref="EnumNames{TEnum}"/>) at a path, reporting a problem there.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="element">The value.</param>
    /// <param name="at">Its path.</param>
    /// <param name="errors">Where a problem goes.</param>
    /// <returns>The value, or null with an error.</returns>
    public static TEnum? EnumValue<TEnum>(JsonElement element, string at, ErrorCollector errors)
        where TEnum : struct, Enum
    {
        var value = EnumValue<TEnum>(element, out var code, out var message);
        if (code is not null)
        {
            errors.Add(at, code, message!);
        }

        return value;
    }

    /// <summary>Reads an enum value by its contract name; on a problem returns null with the error's code and message.</summary>
    internal static TEnum? EnumValue<TEnum>(JsonElement element, out string? code, out ErrorMessage? message)
        where TEnum : struct, Enum
    {
        code = null;
        message = null;
        if (element.ValueKind != JsonValueKind.String)
        {
            (code, message) = (ValidationCodes.WrongType, new ErrorMessage("error.expectedOneOfFound", EnumNames<TEnum>.Allowed, ErrorMessage.Kind(element.ValueKind)));
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

        (code, message) = (ValidationCodes.UnknownValue, new ErrorMessage("error.notAllowed", EnumNames<TEnum>.Allowed));
        return null;
    }

    /// <summary>
    /// Finds a property of an object without reading the rest (say, a version number that decides how the rest is read).
    /// A name holding an invalid escape matches nothing; the first of duplicates wins.
    /// </summary>
    /// <param name="element">The object (anything else has no properties).</param>
    /// <param name="utf8Name">The property's name as UTF-8.</param>
    /// <param name="value">The property's value when found.</param>
    /// <returns>Whether the property is there.</returns>
    public static bool TryPeek(JsonElement element, ReadOnlySpan<byte> utf8Name, out JsonElement value)
    {
        value = default;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (NameEquals(property, utf8Name))
            {
                value = property.Value;
                return true;
            }
        }

        return false;
    }

    /// <summary>The path of one of this object's properties, for an error or a nested reader.</summary>
    /// <param name="name">The property's name.</param>
    /// <returns>Its path.</returns>
    public readonly string At(string name) => JsonPaths.Property(path, name);

    /// <summary>Whether the property is given, and not as null.</summary>
    /// <param name="name">An allowed name.</param>
    /// <returns>Whether it has a value.</returns>
    public readonly bool Has(string name) => Found(name, out _);

    /// <summary>The property's value when it is given and not null.</summary>
    /// <param name="name">An allowed name.</param>
    /// <param name="element">Its value.</param>
    /// <returns>Whether it has a value.</returns>
    public readonly bool TryGet(string name, out JsonElement element) => Found(name, out element);

    /// <summary>The property's value; when it is missing or null, a "required" error (on an object) and false.</summary>
    /// <param name="name">An allowed name.</param>
    /// <param name="element">Its value.</param>
    /// <returns>Whether it has a value.</returns>
    public readonly bool Required(string name, out JsonElement element)
    {
        if (Found(name, out element))
        {
            return true;
        }

        if (IsObject)
        {
            errors.Add(At(name), ValidationCodes.Required, new ErrorMessage("error.required"));
        }

        return false;
    }

    /// <summary>A required string of at most <paramref name="maxLength"/> characters; empty with an error otherwise.</summary>
    /// <param name="name">An allowed name.</param>
    /// <param name="maxLength">The most characters allowed.</param>
    /// <returns>The string, or empty.</returns>
    public readonly string RequiredString(string name, int maxLength) =>
        Required(name, out var element) ? StringAt(element, name, maxLength) ?? string.Empty : string.Empty;

    /// <summary>An optional string of at most <paramref name="maxLength"/> characters; null when absent (or bad, with an error).</summary>
    /// <param name="name">An allowed name.</param>
    /// <param name="maxLength">The most characters allowed.</param>
    /// <returns>The string, or null.</returns>
    public readonly string? OptionalString(string name, int maxLength) =>
        Found(name, out var element) ? StringAt(element, name, maxLength) : null;

    /// <summary>A required finite number; 0 with an error otherwise.</summary>
    /// <param name="name">An allowed name.</param>
    /// <returns>The number, or 0.</returns>
    public readonly double RequiredNumber(string name) =>
        Required(name, out var element) ? Number(element, name) : 0;

    /// <summary>An optional finite number; 0 when absent (or bad, with an error).</summary>
    /// <param name="name">An allowed name.</param>
    /// <returns>The number, or 0.</returns>
    public readonly double OptionalNumber(string name) =>
        Found(name, out var element) ? Number(element, name) : 0;

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; 0 with an error otherwise.</summary>
    /// <param name="name">An allowed name.</param>
    /// <param name="min">The smallest allowed.</param>
    /// <param name="max">The largest allowed.</param>
    /// <returns>The number, or 0.</returns>
    public readonly long RequiredInteger(string name, long min, long max)
    {
        if (!Required(name, out var element))
        {
            return 0;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out var value))
        {
            errors.Add(At(name), ValidationCodes.WrongType, new ErrorMessage("error.expectedWholeNumber", ErrorMessage.Kind(element.ValueKind)));
            return 0;
        }

        if (value < min || value > max)
        {
            errors.Add(At(name), ValidationCodes.OutOfRange, new ErrorMessage("error.range", min, max));
            return 0;
        }

        return value;
    }

    /// <summary>
    /// A required calendar date written <c>yyyy-mm-dd</c> (ISO 8601, the form JSON dates take); a day that does not exist
    /// (2026-02-30) is refused. A placeholder with an error otherwise.
    /// </summary>
    /// <param name="name">An allowed name.</param>
    /// <returns>The date, or the default one.</returns>
    public readonly DateOnly RequiredDate(string name)
    {
        if (!Required(name, out var element))
        {
            return default;
        }

        var text = StringAt(element, name, Limits.MaxIdLength);
        if (text is null)
        {
            return default;
        }

        if (text.Length != DateLength
            || !DateOnly.TryParseExact(text, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(At(name), ValidationCodes.Invalid, new ErrorMessage("error.date"));
            return default;
        }

        return date;
    }

    /// <summary>An absent optional boolean and one given as null mean the same: false.</summary>
    /// <param name="name">An allowed name.</param>
    /// <returns>The boolean, or false.</returns>
    public readonly bool OptionalBool(string name) => OptionalNullableBool(name) ?? false;

    /// <summary>A boolean whose absence means "not known yet": null when absent or null.</summary>
    /// <param name="name">An allowed name.</param>
    /// <returns>The boolean, or null.</returns>
    public readonly bool? OptionalNullableBool(string name) =>
        Found(name, out var element) ? Bool(element, name) : null;

    /// <summary>A required boolean; null with an error otherwise.</summary>
    /// <param name="name">An allowed name.</param>
    /// <returns>The boolean, or null.</returns>
    public readonly bool? RequiredBool(string name) =>
        Required(name, out var element) ? Bool(element, name) : null;

    /// <summary>A required enum value by its contract name; the default value with an error otherwise.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="name">An allowed name.</param>
    /// <returns>The value, or the default one.</returns>
    public readonly TEnum RequiredEnum<TEnum>(string name)
        where TEnum : struct, Enum =>
        Required(name, out var element) ? EnumAt<TEnum>(element, name) ?? default : default;

    /// <summary>An optional enum value by its contract name; null when absent (or bad, with an error).</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="name">An allowed name.</param>
    /// <returns>The value, or null.</returns>
    public readonly TEnum? OptionalEnum<TEnum>(string name)
        where TEnum : struct, Enum =>
        Found(name, out var element) ? EnumAt<TEnum>(element, name) : null;

    /// <summary>A required nested value, read by <paramref name="read"/> at the property's path; null with an error when missing.</summary>
    /// <typeparam name="T">What the value becomes.</typeparam>
    /// <param name="name">An allowed name.</param>
    /// <param name="read">Reads the value, given its path and where errors go.</param>
    /// <returns>What <paramref name="read"/> gave, or null.</returns>
    public readonly T? RequiredObject<T>(string name, Func<JsonElement, string, ErrorCollector, T> read)
        where T : class =>
        Required(name, out var element) ? read(element, At(name), errors) : null;

    /// <summary>An optional nested value, read by <paramref name="read"/> at the property's path; null when absent.</summary>
    /// <typeparam name="T">What the value becomes.</typeparam>
    /// <param name="name">An allowed name.</param>
    /// <param name="read">Reads the value, given its path and where errors go.</param>
    /// <returns>What <paramref name="read"/> gave, or null.</returns>
    public readonly T? OptionalObject<T>(string name, Func<JsonElement, string, ErrorCollector, T> read)
        where T : class =>
        Found(name, out var element) ? read(element, At(name), errors) : null;

    /// <summary>Reads a required array; null when it is missing, not an array, or too long.</summary>
    /// <typeparam name="T">What an item becomes.</typeparam>
    /// <param name="name">An allowed name.</param>
    /// <param name="maxItems">The most items allowed.</param>
    /// <param name="read">Reads one item, given its path and where errors go.</param>
    /// <returns>The items, or null.</returns>
    public readonly IReadOnlyList<T>? RequiredArray<T>(string name, int maxItems, Func<JsonElement, string, ErrorCollector, T> read) =>
        Required(name, out var element) ? Array(element, At(name), maxItems, read, errors) : null;

    /// <summary>Reads an optional array; empty when it is absent or null (or bad, with an error).</summary>
    /// <typeparam name="T">What an item becomes.</typeparam>
    /// <param name="name">An allowed name.</param>
    /// <param name="maxItems">The most items allowed.</param>
    /// <param name="read">Reads one item, given its path and where errors go.</param>
    /// <returns>The items, or none.</returns>
    public readonly IReadOnlyList<T> OptionalArray<T>(string name, int maxItems, Func<JsonElement, string, ErrorCollector, T> read) =>
        Found(name, out var element) ? Array(element, At(name), maxItems, read, errors) ?? [] : [];

    /// <summary>Reads an array at a path; null, with an error, when it is not an array or too long.</summary>
    /// <typeparam name="T">What an item becomes.</typeparam>
    /// <param name="element">The array.</param>
    /// <param name="at">Its path.</param>
    /// <param name="maxItems">The most items allowed.</param>
    /// <param name="read">Reads one item, given its path and where errors go.</param>
    /// <param name="errors">Where problems go.</param>
    /// <returns>The items, or null.</returns>
    public static T[]? Array<T>(JsonElement element, string at, int maxItems, Func<JsonElement, string, ErrorCollector, T> read, ErrorCollector errors)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(at, ValidationCodes.WrongType, new ErrorMessage("error.expectedArray", ErrorMessage.Kind(element.ValueKind)));
            return null;
        }

        var count = element.GetArrayLength();
        if (count > maxItems)
        {
            errors.Add(at, ValidationCodes.TooLarge, new ErrorMessage("error.tooManyItems", count, maxItems));
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

    private static int IndexOf(JsonProperty property, JsonFieldSet set)
    {
        var utf8 = set.Utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (NameEquals(property, utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool NameEquals(JsonProperty property, ReadOnlySpan<byte> utf8Name)
    {
        try
        {
            return property.NameEquals(utf8Name);
        }
        catch (InvalidOperationException)
        {
            // A name with an invalid escape (an unpaired surrogate) equals no allowed name.
            return false;
        }
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

    private readonly bool Found(string name, out JsonElement element)
    {
        var index = set.IndexOf(name);
        if (index >= 0 && (present & (1u << index)) != 0)
        {
            element = values[index];
            return element.ValueKind != JsonValueKind.Null;
        }

        element = default;
        return false;
    }

    /// <summary>A string property's value; its path is built only for an error (most values are fine).</summary>
    private readonly string? StringAt(JsonElement element, string name, int maxLength)
    {
        var value = StringValue(element, maxLength, out var code, out var message);
        if (code is not null)
        {
            errors.Add(At(name), code, message!);
        }

        return value;
    }

    /// <summary>An enum property's value; its path is built only for an error.</summary>
    private readonly TEnum? EnumAt<TEnum>(JsonElement element, string name)
        where TEnum : struct, Enum
    {
        var value = EnumValue<TEnum>(element, out var code, out var message);
        if (code is not null)
        {
            errors.Add(At(name), code, message!);
        }

        return value;
    }

    private readonly bool? Bool(JsonElement element, string name)
    {
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        errors.Add(At(name), ValidationCodes.WrongType, new ErrorMessage("error.expectedBoolean", ErrorMessage.Kind(element.ValueKind)));
        return null;
    }

    private readonly double Number(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            errors.Add(At(name), ValidationCodes.WrongType, new ErrorMessage("error.expectedNumber", ErrorMessage.Kind(element.ValueKind)));
            return 0;
        }

        if (!element.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            errors.Add(At(name), ValidationCodes.OutOfRange, new ErrorMessage("error.numberOutOfRange"));
            return 0;
        }

        return value;
    }

    /// <summary>The values of one object's properties in the slots of its allowed names (the first of duplicates).</summary>
    [InlineArray(MaxNames)]
    private struct Slots
    {
        private JsonElement first;
    }
}
