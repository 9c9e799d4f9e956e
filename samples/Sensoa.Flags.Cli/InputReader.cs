using Sensoa.Flags.Procedures.Files;

namespace Sensoa.Flags.Cli;

/// <summary>
/// Reads the input file or standard input, never more than one byte past the size limit. A problem becomes one line on
/// standard error and its exit code: a file that is missing, a directory, a FIFO or device, or unreadable is <see cref="ExitCodes.NoInput"/>;
/// an empty or too large input is <see cref="ExitCodes.InvalidData"/>.
/// </summary>
internal static class InputReader
{
    /// <summary>Returns <see cref="ExitCodes.Success"/> with the bytes, or the exit code after writing why to <paramref name="stderr"/>.</summary>
    public static int Read(string file, Stream stdin, TextWriter stderr, out byte[] bytes)
    {
        bytes = [];
        if (file != "-" && Directory.Exists(file))
        {
            stderr.WriteLine($"error: cannot read '{file}': it is a directory; give a file");
            return ExitCodes.NoInput;
        }

        try
        {
            // Only a regular file: a FIFO or a device (/dev/zero) is refused before it is opened, so the command ends at once.
            using var stream = file == "-" ? null : CaseFile.OpenRead(file);
            if (ReadBounded(stream ?? stdin, Limits.MaxInputBytes) is not { } read)
            {
                stderr.WriteLine($"$: the input is larger than {Limits.MaxInputBytes} bytes, the limit");
                return ExitCodes.InvalidData;
            }

            bytes = read;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var why = ex switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file",
                UnauthorizedAccessException => "permission denied",
                IOException when ex.Source == typeof(CaseFile).Assembly.GetName().Name => ex.Message,
                _ => "not a readable file",
            };
            stderr.WriteLine($"error: cannot read '{file}': {why}");
            return ExitCodes.NoInput;
        }

        if (bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            stderr.WriteLine(file == "-" ? "$: standard input is empty; expected JSON" : $"$: '{file}' is empty; expected JSON");
            return ExitCodes.InvalidData;
        }

        return ExitCodes.Success;
    }

    /// <summary>Reads to the end; null when the input is longer than <paramref name="limit"/> (reading stops one byte past it, so an endless standard input ends too).</summary>
    private static byte[]? ReadBounded(Stream source, int limit)
    {
        using var bytes = new MemoryStream();
        var chunk = new byte[64 * 1024];
        while (bytes.Length <= limit && source.Read(chunk, 0, (int)Math.Min(chunk.Length, limit + 1L - bytes.Length)) is var read and > 0)
        {
            bytes.Write(chunk, 0, read);
        }

        return bytes.Length > limit ? null : bytes.ToArray();
    }
}
