using Sensoa.Flags.Reporting;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>
/// <c>format=json|md|html</c>, <c>case=</c> and <c>author=</c> of <c>POST /assessments</c>: the same choices and checks as the
/// command line's <c>--format</c>, <c>--case</c> and <c>--author</c>; case and author only with a report.
/// </summary>
internal static class ReportQuery
{
    public static bool TryParse(string? format, string? caseReference, string? author, out ReportFormat? report, out IResult problem)
    {
        report = null;
        problem = Results.Empty;
        var errors = new List<LocalizedError>();
        switch (format)
        {
            case null or "json":
                break;
            case "md":
                report = ReportFormat.Markdown;
                break;
            case "html":
                report = ReportFormat.Html;
                break;
            default:
                errors.Add(LocalizedError.Api("?format", ValidationCodes.UnknownValue, "error.notAllowed", "json, md, html"));
                break;
        }

        Check(errors, "?case", caseReference, report);
        Check(errors, "?author", author, report);
        if (errors.Count == 0)
        {
            return true;
        }

        problem = Problems.InvalidQuery(errors);
        return false;
    }

    private static void Check(List<LocalizedError> errors, string name, string? value, ReportFormat? report)
    {
        if (value is null)
        {
            return;
        }

        if (report is null)
        {
            errors.Add(LocalizedError.Api(name, ValidationCodes.Invalid, "error.reportOnly"));
        }
        else if (ReportDetails.Problem(value) is { } problem)
        {
            errors.Add(LocalizedError.Library(new ValidationError(name, ValidationCodes.Invalid, problem)));
        }
    }
}
