using System.Globalization;
using Sensoa.Flags.Json;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Guidance;

/// <summary>
/// May a professional consult outside without the consent of those involved? Anonymously: yes, no consent is needed.
/// Otherwise it depends on professional secrecy, a duty of discretion, or neither; the library explains each and does
/// not decide.
/// </summary>
public static class ConsentToConsult
{
    /// <summary>Explains whether consent is needed for the consultation asked about.</summary>
    /// <param name="question">Anonymous or not, and the professional's duty.</param>
    /// <param name="culture">The language of the texts; null for English.</param>
    /// <returns>The explanation.</returns>
    public static ConsultationAdvice Explain(ConsultationQuestion question, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (!Enum.IsDefined(question.Duty))
        {
            throw new ArgumentOutOfRangeException(nameof(question), question.Duty, "Not a known confidentiality duty.");
        }

        culture ??= AssessmentOptions.Default.Culture;
        string[] keys = question.Anonymous
            ? ["consult.anonymous.1", "consult.anonymous.2"]
            : ["consult.named.1", "consult.duty." + EnumNames<ConfidentialityDuty>.Name(question.Duty)];
        return new ConsultationAdvice
        {
            Anonymous = question.Anonymous,
            Duty = question.Duty,
            Consent = question.Anonymous ? ConsentAnswer.NotNeeded : ConsentAnswer.DependsOnYourDuty,
            Summary = Texts.Get(question.Anonymous ? "consult.anonymous.summary" : "consult.named.summary", culture),
            Explanation = [.. keys.Select(key => Texts.Get(key, culture))],
        };
    }
}
