using System.CommandLine;
using System.Globalization;

namespace Sensoa.Flags.Cli.Commands;

/// <summary>What the procedure commands share: the language option, reading a file, writing an output file, printing errors.</summary>
internal static class ProcedureCommandSupport
{
    public static Option<string> LanguageOption()
    {
        var option = new Option<string>("--lang")
        {
            Description = "The language of the texts: en (default) or nl.",
            DefaultValueFactory = _ => "en",
        };
        option.AcceptOnlyFromAmong("en", "nl");
        return option;
    }

    public static CultureInfo Culture(string? lang) => CultureInfo.GetCultureInfo(lang ?? "en");

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

    /// <summary>Writes an output file in full or not at all: a temporary file beside it, then a rename.</summary>
    public static bool TryWrite(string file, string content, TextWriter stderr)
    {
        var temporary = file + ".tmp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        try
        {
            File.WriteAllText(temporary, content, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, file, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            TryDelete(temporary);
            stderr.WriteLine($"error: cannot write '{file}': {(ex is UnauthorizedAccessException ? "permission denied" : "not a writable path")}");
            return false;
        }
    }

    /// <summary>Prints invalid-data errors, one per line, and returns <see cref="ExitCodes.InvalidData"/>.</summary>
    public static int Errors(IEnumerable<ValidationError> errors, TextWriter stderr, string? place = null)
    {
        foreach (var error in errors)
        {
            stderr.WriteLine(place is null ? error.ToString() : $"{place} {error}");
        }

        return ExitCodes.InvalidData;
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Nothing more to do: the target was not touched.
        }
    }
}
