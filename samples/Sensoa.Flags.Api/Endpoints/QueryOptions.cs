using System.Globalization;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>The query options shared by the endpoints: <c>lang=en|nl</c> and <c>at=&lt;ISO 8601 time&gt;|now</c> (the forms of the CLI's <c>--at</c>).</summary>
internal static class QueryOptions
{
    public static bool TryParse(string? lang, string? at, TimeProvider clock, out AssessmentOptions options, out IResult problem)
    {
        options = AssessmentOptions.Default;
        problem = Results.Empty;
        var errors = new List<LocalizedError>();

        var culture = lang is null ? Languages.Culture(Languages.English) : Languages.IsSupported(lang) ? Languages.Culture(lang) : null;
        if (culture is null)
        {
            errors.Add(LocalizedError.Api("?lang", ValidationCodes.UnknownValue, "error.notAllowed", string.Join(", ", Languages.Supported)));
        }

        TimeProvider? moment = null;
        if (at == "now")
        {
            moment = clock;
        }
        else if (at is not null)
        {
            // The command line's forms, read by the same code: without an offset it is Brussels (Amsterdam) time.
            if (Guidance.LocalMoment.TryParse(at, out var value, out var why))
            {
                moment = new Guidance.FixedTimeProvider(value);
            }
            else
            {
                errors.Add(LocalizedError.Library(new ValidationError("?at", ValidationCodes.Invalid, "expected now or " + why)));
            }
        }

        if (errors.Count > 0)
        {
            problem = Problems.InvalidQuery(errors);
            return false;
        }

        options = new AssessmentOptions { Culture = culture!, TimeProvider = moment };
        return true;
    }
}
