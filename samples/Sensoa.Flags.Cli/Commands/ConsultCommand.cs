using System.CommandLine;
using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Cli.Commands;

/// <summary><c>consult [--anonymous] [--duty ...] [--lang nl]</c>: may I ask outside advice without consent? Prints the explanation as JSON.</summary>
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
        var lang = CliApp.LanguageOption();
        var command = new Command("consult", "May I consult outside without the consent of those involved? Explains; does not decide.") { anonymous, duty, lang };
        command.SetAction(result =>
        {
            var question = new ConsultationQuestion
            {
                Anonymous = result.GetValue(anonymous),
                Duty = Enum.Parse<ConfidentialityDuty>(result.GetValue(duty) ?? "unknown", ignoreCase: true),
            };
            stdout.Write(GuidanceJson.Serialize(ConsentToConsult.Explain(question, CliApp.Culture(result.GetValue(lang)))));
            stdout.Write('\n');
            return ExitCodes.Success;
        });
        return command;
    }
}
