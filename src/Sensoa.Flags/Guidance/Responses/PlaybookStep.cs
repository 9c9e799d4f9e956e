using System.Globalization;

namespace Sensoa.Flags.Guidance.Responses;

/// <summary>
/// One step of the playbook: the resource key of its text, what kind of step it is, what its words rest on, and, for a
/// step of the reaction guide, the guide's part for its kind (the words per flag are the library's).
/// </summary>
internal sealed record PlaybookStep(string Key, ResponseStepKind Kind, StepSource Source, StepSource? KindSource = null)
{
    public ResponseStep Detail(CultureInfo culture) => new(Kind, Source.In(culture)) { KindSource = KindSource?.In(culture) };
}
