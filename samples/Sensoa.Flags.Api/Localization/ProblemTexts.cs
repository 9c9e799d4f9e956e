using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

namespace Sensoa.Flags.Api.Localization;

/// <summary>The API's own texts in its problem documents (titles, details, query errors), in English (neutral) and Dutch (<c>nl</c>).</summary>
internal static class ProblemTexts
{
    public static readonly ResourceManager Resources = new("Sensoa.Flags.Api.Localization.ProblemTexts", typeof(ProblemTexts).Assembly);

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static string Get(string key, CultureInfo culture) => Resources.GetString(key, culture) ?? key;

    public static string Format(string key, CultureInfo culture, params object?[] args) => string.Format(CultureInfo.InvariantCulture, Get(key, culture), args);

    // The key and arguments of each error made by Error, so that the problem document can write it in the request's language.
    private static readonly ConditionalWeakTable<ValidationError, Message> Messages = [];

    /// <summary>An error of the API's own (a query parameter, the body), its message in English until the answer is written.</summary>
    public static ValidationError Error(string path, string code, string key, params object?[] args)
    {
        var error = new ValidationError(path, code, Format(key, English, args));
        Messages.Add(error, new Message(key, args));
        return error;
    }

    /// <summary>The error with its message in a language: the library's through <see cref="ValidationError.Localize"/>, the API's own from this table.</summary>
    public static ValidationError Localize(ValidationError error, CultureInfo culture) =>
        Messages.TryGetValue(error, out var message)
            ? error with { Message = Format(message.Key, culture, message.Args) }
            : error.Localize(culture);

    private sealed record Message(string Key, object?[] Args);
}
