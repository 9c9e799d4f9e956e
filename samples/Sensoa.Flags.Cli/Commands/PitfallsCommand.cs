using System.CommandLine;
using System.Globalization;
using System.Text;
using Sensoa.Flags.Cli.Localization;
using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Cli.Commands;

/// <summary><c>pitfalls [--lang nl] [--format text|json]</c>: the four pitfalls of giving a flag, and what to do instead.</summary>
internal static class PitfallsCommand
{
    public static Command Create(TextWriter stdout)
    {
        var lang = LanguageOption.Create();
        var format = GuideFormat.Create();
        var command = new Command("pitfalls", "List the four pitfalls of giving a flag, and what to do instead.") { lang, format };
        command.SetAction(result =>
        {
            var guide = SensoaPitfalls.Guide(LanguageOption.Culture(result, lang));
            stdout.Write(result.GetValue(format) == GuideFormat.Json ? GuidanceJson.Serialize(guide) + "\n" : Text(guide));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Text(PitfallGuide guide)
    {
        var culture = Languages.Culture(guide.Language);
        var text = new StringBuilder();
        text.Append(GuideFormat.SourceLine(guide.Source, culture)).Append('\n');
        var number = 0;
        foreach (var pitfall in guide.Pitfalls)
        {
            number++;
            text.Append(CultureInfo.InvariantCulture, $"\n{number}. \u2018{pitfall.Quote}\u2019 ({pitfall.Title})\n");
            text.Append("   ").Append(pitfall.Explanation).Append('\n');
            text.Append("   ").Append(pitfall.Advice).Append('\n');
            foreach (var saying in pitfall.SayToTheAffected)
            {
                text.Append("   - ").Append(saying).Append('\n');
            }
        }

        return text.ToString();
    }
}
