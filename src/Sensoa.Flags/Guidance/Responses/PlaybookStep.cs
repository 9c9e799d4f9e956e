namespace Sensoa.Flags.Guidance.Responses;

/// <summary>One step of the playbook: the resource key of its text, what kind of step it is, and its source (null: the library's own).</summary>
internal readonly record struct PlaybookStep(string Key, ResponseStepKind Kind, SourceReference? Source)
{
    public ResponseStep Detail => new(Kind, Source is null, Source);
}
