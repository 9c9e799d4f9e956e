namespace Sensoa.Flags.Guidance;

/// <summary>The library's explanation of consent to consult (docs/method.md, Where to get advice): it explains, the professional decides.</summary>
public sealed record ConsultationAdvice
{
    /// <summary>Gets whether the consultation asked about is anonymous.</summary>
    public required bool Anonymous { get; init; }

    /// <summary>Gets the duty of confidentiality asked about.</summary>
    public required ConfidentialityDuty Duty { get; init; }

    /// <summary>Gets the answer: not needed (anonymous), or it depends on the duty.</summary>
    public required ConsentAnswer Consent { get; init; }

    /// <summary>Gets the answer in one sentence, in the chosen language.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets the explanation, in order, in the chosen language.</summary>
    public required IReadOnlyList<string> Explanation { get; init; }
}
