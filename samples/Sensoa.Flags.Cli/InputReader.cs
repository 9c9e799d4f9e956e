namespace Sensoa.Flags.Cli;

/// <summary>Reads the input file or standard input, never more than one byte past the size limit.</summary>
internal static class InputReader
{
    public static bool TryRead(string file, Stream stdin, out byte[] bytes, out string problem)
    {
        bytes = [];
        problem = string.Empty;
        try
        {
            using var stream = file == "-" ? null : File.OpenRead(file);
            var source = stream ?? stdin;
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > Limits.MaxInputBytes)
                {
                    problem = $"$: the input is larger than {Limits.MaxInputBytes} bytes, the limit";
                    return false;
                }
            }

            bytes = buffer.ToArray();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var why = ex switch
            {
                FileNotFoundException or DirectoryNotFoundException => "no such file",
                UnauthorizedAccessException => "permission denied",
                _ => "not a readable file",
            };
            problem = $"error: cannot read '{file}': {why}";
            return false;
        }
    }
}
