namespace Sensoa.Flags.Guidance.Responses;

/// <summary>One step of the playbook: the resource key of its text, what kind of step it is, and what it rests on.</summary>
internal readonly record struct PlaybookStep(string Key, ResponseStepKind Kind, Provenance Source)
{
    public ResponseStep Detail => new(Kind, Source);
}
