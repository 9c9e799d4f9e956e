using System.CommandLine;
using System.Globalization;
using Sensoa.Flags.Cli.Localization;
using Sensoa.Flags.Procedures.Harassment;

namespace Sensoa.Flags.Cli.Commands;

/// <summary><c>harassment actions --role person|colleague|team|organisation</c>: what to do when a client crosses a boundary online.</summary>
internal static class HarassmentCommand
{
    public static Command Create(TextWriter stdout)
    {
        var role = new Option<string>("--role")
        {
            Description = "Whose actions: person (the professional concerned), colleague, team or organisation.",
            Required = true,
        };
        role.AcceptOnlyFromAmong("person", "colleague", "team", "organisation");
        var lang = LanguageOption.Create();
        var actions = new Command("actions", "Print the actions for one role.") { role, lang };
        actions.SetAction(result => Actions(Parse(result.GetValue(role)!), LanguageOption.Culture(result, lang), stdout));
        return new Command("harassment", "Online boundary crossing by a client towards a professional: action lists per role.") { actions };
    }

    private static HarassmentRole Parse(string role) => role switch
    {
        "colleague" => HarassmentRole.Colleague,
        "team" => HarassmentRole.Team,
        "organisation" => HarassmentRole.Organisation,
        _ => HarassmentRole.Person,
    };

    private static int Actions(HarassmentRole role, CultureInfo culture, TextWriter stdout)
    {
        stdout.Write(HarassmentGuide.RoleName(role, culture) + "\n\n");
        var number = 1;
        foreach (var action in HarassmentGuide.Actions(role, culture))
        {
            stdout.Write(string.Create(CultureInfo.InvariantCulture, $"{number++}. {action.Text}\n"));
            foreach (var detail in action.Details)
            {
                stdout.Write($"   - {detail}\n");
            }
        }

        stdout.Write("\n" + HarassmentGuide.LegalNote(culture) + "\n");
        return ExitCodes.Success;
    }
}
