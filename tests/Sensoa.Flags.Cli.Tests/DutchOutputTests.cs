using System.Text.RegularExpressions;
using Sensoa.Flags.Json;
using Sensoa.Flags.Tests.Guidance;
using Sensoa.Flags.Tests.Json;

namespace Sensoa.Flags.Cli.Tests;

/// <summary>
/// The command line's Dutch reads as Dutch: no English name of an enum value in any text a person reads, no
/// "bibliotheek", and the library's own choices never called "library".
/// </summary>
public sealed class DutchOutputTests
{
    /// <summary>Every command of the CLI that prints text for people, in Dutch, on every shipped case.</summary>
    public static TheoryData<string> CliCommands()
    {
        var data = new TheoryData<string>
        {
            "criteria --lang nl",
            "pitfalls --lang nl",
            "rules --lang nl",
            "rules --lang nl --format md",
            "consult --lang nl",
            "consult --duty professionalSecrecy --lang nl",
            "consult --duty dutyOfDiscretion --lang nl",
            "consult --duty neither --lang nl",
            "consult --duty unknown --lang nl",
        };
        foreach (var file in Directory.GetFiles(Samples.Directory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            data.Add($"assess {name} --format md --lang nl");
            data.Add($"assess {name} --format md --lang nl --at 2026-12-25T10:00:00+01:00");
            foreach (var behaviour in SensoaJson.ParseIncident(File.ReadAllBytes(file)).Incident!.Behaviours)
            {
                data.Add($"examples {name} --behaviour {behaviour.Id} --count 10 --lang nl");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CliCommands))]
    public void Command_Dutch_NoEnglishEnumNameNoBibliotheek(string command)
    {
        var args = command.Split(' ').Select(a => a.EndsWith(".json", StringComparison.Ordinal) ? Path.Combine(Samples.Directory, a) : a).ToArray();
        var output = new StringWriter();
        var error = new StringWriter();
        using var input = new MemoryStream();
        CliApp.Run(args, input, output, error).Should().Be(0, error.ToString());

        // Quoted lines are the user's own text (a behaviour's description, an override's reason), printed as given.
        var ours = string.Join('\n', output.ToString().Split('\n').Where(line => !line.StartsWith('>')));
        // Code spans are identifiers (a situation's stable name), not words.
        var text = EnglishWords.WithoutIds(Regex.Replace(ours, "`[^`]*`", string.Empty));
        text.Should().NotBeEmpty();
        EnglishWords.In(text).Should().BeEmpty($"`{command}` prints Dutch");
        text.Should().NotContainEquivalentOf("bibliotheek").And.NotContainEquivalentOf("Laat het gebeuren");
        text.Should().NotMatchRegex(@"(?i)\blibrary\b", "the library's own choices are called 'eigen keuze' or 'eigen aanvulling' in Dutch");
    }
}
