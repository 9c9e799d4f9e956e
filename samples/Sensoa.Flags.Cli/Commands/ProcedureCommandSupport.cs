using System.Globalization;
using System.CommandLine;
using Sensoa.Flags.Procedures.Files;

namespace Sensoa.Flags.Cli.Commands;

/// <summary>What the procedure commands share: reading a file, writing an output file, printing errors.</summary>
internal static class ProcedureCommandSupport
{
    /// <summary>Reads an input file (never standard input here); a problem becomes one line on stderr and its exit code.</summary>
    public static int Read(string file, TextWriter stderr, out byte[] bytes)
    {
        bytes = [];
        if (file == "-")
        {
            stderr.WriteLine("usage error: this command needs a file, not - (standard input)");
            return ExitCodes.Usage;
        }

        using var none = new MemoryStream();
        return InputReader.Read(file, none, stderr, out bytes);
    }

    /// <summary>
    /// Writes an output file in full or not at all (a temporary file beside it, flushed, then renamed into place), and
    /// only over a regular file or at a new path: a symbolic link, FIFO or device node is refused, not replaced.
    /// </summary>
    public static bool TryWrite(string file, string content, TextWriter stderr)
    {
        try
        {
            CaseFile.Replace(file, content);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or TimeoutException)
        {
            stderr.WriteLine($"error: cannot write '{file}': {WriteProblem(ex)}; nothing was changed");
            return false;
        }
    }

    /// <summary>Says why a write failed without a stack trace: the messages of <see cref="CaseFile"/> are written for people.</summary>
    public static string WriteProblem(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "permission denied",
        DirectoryNotFoundException => "no such directory",
        TimeoutException => "another process kept the file locked",
        IOException when ex.Source == typeof(CaseFile).Assembly.GetName().Name => ex.Message,
        _ => "not a writable path",
    };

    /// <summary>
    /// Prints invalid-data errors, one per line, in the command's language (the procedures make them in English), and
    /// returns <see cref="ExitCodes.InvalidData"/>.
    /// </summary>
    public static int Errors(IEnumerable<ValidationError> errors, CultureInfo culture, TextWriter stderr, string? place = null)
    {
        foreach (var error in errors.Select(error => error.Localize(culture)))
        {
            stderr.WriteLine(place is null ? error.ToString() : $"{place} {error}");
        }

        return ExitCodes.InvalidData;
    }
}
