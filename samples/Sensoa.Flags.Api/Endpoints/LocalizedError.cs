using System.Globalization;
using Sensoa.Flags.Api.Localization;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>
/// One entry of a problem document's <c>errors</c>, written in the request's language when the answer is sent: the API's
/// own (a key of <see cref="ProblemTexts"/> and the values that fill it) or the library's (which writes itself in a language).
/// </summary>
internal sealed class LocalizedError
{
    private readonly Func<CultureInfo, ProblemError> write;

    private LocalizedError(Func<CultureInfo, ProblemError> write) => this.write = write;

    /// <summary>An error of the API's own (a query parameter, the body), its message from the API's table.</summary>
    public static LocalizedError Api(string path, string code, string key, params object?[] args) =>
        new(culture => new ProblemError(path, code, ProblemTexts.Format(key, culture, args)));

    /// <summary>An error of the library's; one made with a message of its own (English) stays as it is.</summary>
    public static LocalizedError Library(ValidationError error) =>
        new(culture =>
        {
            var localized = error.Localize(culture);
            return new ProblemError(localized.Path, localized.Code, localized.Message);
        });

    /// <summary>Gets the error as written in <paramref name="culture"/>.</summary>
    public ProblemError In(CultureInfo culture) => write(culture);
}
