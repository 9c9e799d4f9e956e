using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Cli;

/// <summary>
/// What a person sees when the command line is wrong: one line that names the problem, with the closest command, option
/// or value when the typed one is a near miss ("did you mean 'assess'?"), and the exit codes at the end of every help.
/// </summary>
internal static class UsageErrors
{
    /// <summary>The one-line message for a parse with errors.</summary>
    public static string Describe(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;

        // An unknown option is taken for an argument by the parser, so "--formt" may sit in the command's own tokens.
        var unmatched = parsed.CommandResult.Tokens.Select(t => t.Value).Concat(parsed.UnmatchedTokens)
            .Select(t => t.Length > 1 && t[0] == '-' ? t.Split('=', ':')[0] : t)
            .FirstOrDefault(t => t.Length > 1 && t[0] == '-' && !OptionNames(parsed).Contains(t))
            ?? parsed.UnmatchedTokens.FirstOrDefault();
        if (unmatched is not null)
        {
            var isOption = unmatched.StartsWith('-');
            var names = isOption ? OptionNames(parsed) : command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name));
            var kind = isOption ? "option" : command.Subcommands.Count > 0 ? "command" : "argument";
            var what = kind == "argument" ? $"unexpected argument '{unmatched}'" : $"unknown {kind} '{unmatched}'";
            return Line(what, ClosestName.Find(unmatched, names));
        }

        if (parsed.Errors[0].Message.StartsWith("Required command", StringComparison.Ordinal))
        {
            return Line("no command given; one of " + string.Join(", ", command.Subcommands.Select(c => c.Name)), null);
        }

        var error = parsed.Errors[0];
        var suggestion = error.SymbolResult switch
        {
            OptionResult { Tokens.Count: 1 } option => ClosestName.Find(option.Tokens[0].Value, Values(option.Option)),
            ArgumentResult { Tokens.Count: 1 } argument => ClosestName.Find(argument.Tokens[0].Value, Values(argument.Argument)),
            _ => null,
        };
        return Line(string.Join(' ', error.Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim())), suggestion);
    }

    /// <summary>
    /// A parse without errors can still hold a misspelt option: the parser takes "--hlep" for the file argument. Such a
    /// token that is no existing file is reported as an unknown option rather than as a missing file.
    /// </summary>
    public static string? OptionTakenAsArgument(ParseResult parsed)
    {
        var token = parsed.CommandResult.Tokens.Select(t => t.Value)
            .FirstOrDefault(t => t.Length > 1 && t[0] == '-' && !File.Exists(t) && !Directory.Exists(t));
        return token is null ? null : Describe(parsed);
    }

    /// <summary>Every help text (of the root and of each command) ends with the exit codes.</summary>
    public static void AddExitCodesToHelp(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExitCodes((SynchronousCommandLineAction)help.Action!);
    }

    private static string Line(string problem, string? suggestion) =>
        "usage error: " + problem.TrimEnd('.') + (suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?") + " (try --help)";

    private static IEnumerable<string> OptionNames(ParseResult parsed)
    {
        // The options of the command itself and the recursive ones (--help) of its parents.
        var own = parsed.CommandResult.Command.Options;
        var inherited = Ancestors(parsed.CommandResult).SelectMany(c => c.Options.Where(o => o.Recursive));
        return own.Concat(inherited).SelectMany(o => o.Aliases.Prepend(o.Name));
    }

    private static IEnumerable<Command> Ancestors(CommandResult result)
    {
        for (var parent = result.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
        {
            yield return parent.Command;
        }
    }

    private static IEnumerable<string> Values(Symbol symbol) =>
        symbol.GetCompletions(CompletionContext.Empty).Select(c => c.Label);

    /// <summary>The library's help, then the exit-code table.</summary>
    private sealed class HelpWithExitCodes(SynchronousCommandLineAction inner) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var code = inner.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            output.Write(ExitCodes.HelpSection());
            return code;
        }
    }
}
