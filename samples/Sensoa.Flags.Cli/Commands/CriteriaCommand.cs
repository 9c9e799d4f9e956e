using System.CommandLine;
using System.Globalization;
using System.Text;
using Sensoa.Flags.Cli.Localization;
using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Cli.Commands;

/// <summary><c>criteria [--lang nl] [--format text|json]</c>: the six criteria described at each flag level, and what each flag means.</summary>
internal static class CriteriaCommand
{
    public static Command Create(TextWriter stdout)
    {
        var lang = LanguageOption.Create();
        var format = GuideFormat.Create();
        var command = new Command("criteria", "Describe the six criteria at each flag level, and what each flag means.") { lang, format };
        command.SetAction(result =>
        {
            var guide = SensoaCriteria.Guide(LanguageOption.Culture(result, lang));
            stdout.Write(result.GetValue(format) == GuideFormat.Json ? GuidanceJson.Serialize(guide) + "\n" : Text(guide));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Text(CriteriaGuide guide)
    {
        var culture = Languages.Culture(guide.Language);
        var text = new StringBuilder();
        text.Append(GuideFormat.SourceLine(guide.Source, culture)).Append("\n\n");
        text.Append(guide.Introduction).Append("\n\n");
        foreach (var flag in guide.Flags)
        {
            text.Append(CultureInfo.InvariantCulture, $"{flag.Name}: {flag.Meaning}");
            if (flag.Note is { } note)
            {
                text.Append(' ').Append(note);
            }

            text.Append('\n');
        }

        var width = guide.Flags.Max(f => f.Name.Length);
        foreach (var criterion in guide.Criteria)
        {
            text.Append('\n').Append(criterion.Name).Append('\n');
            foreach (var level in criterion.Levels)
            {
                var name = guide.Flags[(int)level.Flag].Name;
                text.Append("  ").Append(name.PadRight(width)).Append("  ").Append(level.Description).Append('\n');
            }
        }

        return text.ToString();
    }
}
