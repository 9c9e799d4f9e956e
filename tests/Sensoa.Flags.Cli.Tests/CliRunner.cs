using System.Text;

namespace Sensoa.Flags.Cli.Tests;

internal static class CliRunner
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(string.Empty));
        var code = CliApp.Run(args, input, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
