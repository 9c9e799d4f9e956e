namespace Sensoa.Flags.Guidance;

/// <summary>The question "may I ask outside advice without the consent of those involved?".</summary>
public sealed record ConsultationQuestion
{
    /// <summary>Gets whether the consultation is anonymous: nothing identifies those involved.</summary>
    public required bool Anonymous { get; init; }

    /// <summary>Gets the professional's duty of confidentiality, when known.</summary>
    public ConfidentialityDuty Duty { get; init; } = ConfidentialityDuty.Unknown;
}
