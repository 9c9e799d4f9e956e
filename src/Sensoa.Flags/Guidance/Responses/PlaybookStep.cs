using System.Globalization;

namespace Sensoa.Flags.Guidance.Responses;

/// <summary>One step of the playbook: the resource key of its text, what kind of step it is, and what it rests on.</summary>
internal sealed record PlaybookStep(string Key, ResponseStepKind Kind, StepSource Source)
{
    public ResponseStep Detail(CultureInfo culture) => new(Kind, Source.In(culture));
}
