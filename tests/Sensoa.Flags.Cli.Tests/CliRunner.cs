using System.Text;

namespace Sensoa.Flags.Cli.Tests;

/// <summary>Runs the command line in-process, as <c>sensoa-flags</c> would run, and gives its exit code and both outputs.</summary>
internal static class CliRunner
{
    /// <summary>Runs with nothing on standard input.</summary>
    public static (int Code, string Out, string Err) Run(params string[] args) => WithStream(Stream.Null, args);

    /// <summary>Runs with <paramref name="stdin"/> (UTF-8) on standard input; null is nothing.</summary>
    public static (int Code, string Out, string Err) WithText(string? stdin, params string[] args)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? string.Empty));
        return WithStream(input, args);
    }

    /// <summary>Runs with <paramref name="stdin"/> as standard input.</summary>
    public static (int Code, string Out, string Err) WithStream(Stream stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, stdin, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
