using System.Globalization;
using System.Text;

namespace Sensoa.Flags.Cli;

/// <summary>
/// The one definition of what the CLI's exit codes mean, for every command. The numbers above 2 are the BSD
/// <c>sysexits.h</c> ones, so that scripts and service managers that know them read them right. <see cref="Table"/> is
/// what <c>--help</c> prints and what the table in docs/cli.md is checked against.
/// </summary>
internal static class ExitCodes
{
    /// <summary>Done; the output is on standard output.</summary>
    public const int Success = 0;

    /// <summary>A check ran and found a problem: a refused procedure step, a tampered or broken logbook, re-assessed cases that changed or were refused.</summary>
    public const int CheckFailed = 1;

    /// <summary>The input data is invalid: bad JSON, a value not allowed, a missing property, an empty file, too large.</summary>
    public const int InvalidData = 2;

    /// <summary>The command line is wrong: an unknown command or option, a missing argument, a value not allowed (EX_USAGE).</summary>
    public const int Usage = 64;

    /// <summary>An input file is missing, a directory, or cannot be read (EX_NOINPUT).</summary>
    public const int NoInput = 66;

    /// <summary>A bug: please report it with the input that caused it (EX_SOFTWARE).</summary>
    public const int Internal = 70;

    /// <summary>An output file cannot be created or written; nothing was changed (EX_CANTCREAT).</summary>
    public const int CannotWrite = 73;

    /// <summary>Every code with its meaning, in ascending order.</summary>
    public static IReadOnlyList<(int Code, string Meaning)> Table { get; } =
    [
        (Success, "success"),
        (CheckFailed, "a check found a problem (a refused procedure step, a tampered or broken logbook, a re-assessed case that changed or was refused)"),
        (InvalidData, "invalid input data (bad JSON, a value not allowed, a missing property, an empty file, too large)"),
        (Usage, "usage error (unknown command or option, missing argument, option value not allowed)"),
        (NoInput, "an input file is missing, is a directory, or cannot be read"),
        (Internal, "internal error: please report it with the input that caused it"),
        (CannotWrite, "an output file cannot be created or written (nothing was changed)"),
    ];

    /// <summary>The "Exit codes:" section of <c>--help</c>, one code per line.</summary>
    public static string HelpSection()
    {
        var text = new StringBuilder("Exit codes:\n");
        foreach (var (code, meaning) in Table)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {code,-3} {meaning}\n");
        }

        return text.ToString();
    }
}
