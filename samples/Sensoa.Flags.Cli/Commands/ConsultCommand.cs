using System.CommandLine;
using System.Text;
using Sensoa.Flags.Cli.Localization;
using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Cli.Commands;

/// <summary>
/// <c>consult [--anonymous] [--duty ...] [--lang nl] [--format text|json]</c>: may I ask outside advice without consent?
/// Text to read by default; <c>--format json</c> gives the explanation as JSON for a program.
/// </summary>
internal static class ConsultCommand
{
    public static Command Create(TextWriter stdout)
    {
        var anonymous = new Option<bool>("--anonymous") { Description = "The consultation is anonymous: nothing identifies those involved." };
        var duty = new Option<string>("--duty")
        {
            Description = "Your duty of confidentiality: professionalSecrecy, dutyOfDiscretion, neither or unknown (default).",
            DefaultValueFactory = _ => "unknown",
        };
        duty.AcceptOnlyFromAmong("professionalSecrecy", "dutyOfDiscretion", "neither", "unknown");
        var lang = LanguageOption.Create();
        var format = GuideFormat.Create();
        var command = new Command("consult", "May I consult outside without the consent of those involved? Explains; does not decide.") { anonymous, duty, lang, format };
        command.SetAction(result =>
        {
            var question = new ConsultationQuestion
            {
                Anonymous = result.GetValue(anonymous),
                Duty = Enum.Parse<ConfidentialityDuty>(result.GetValue(duty) ?? "unknown", ignoreCase: true),
            };
            var advice = ConsentToConsult.Explain(question, LanguageOption.Culture(result, lang));
            stdout.Write(result.GetValue(format) == GuideFormat.Json ? GuidanceJson.Serialize(advice) + "\n" : Text(advice));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The summary, then each step of the explanation as a paragraph.</summary>
    internal static string Text(ConsultationAdvice advice)
    {
        var text = new StringBuilder(advice.Summary).Append('\n');
        foreach (var paragraph in advice.Explanation)
        {
            text.Append('\n').Append(paragraph).Append('\n');
        }

        return text.ToString();
    }
}
