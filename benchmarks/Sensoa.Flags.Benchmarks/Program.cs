using BenchmarkDotNet.Running;

namespace Sensoa.Flags.Benchmarks;

/// <summary>
/// Runs the suite: <c>dotnet run -c Release --project benchmarks/Sensoa.Flags.Benchmarks -- --filter '*'</c>; or the
/// streaming re-assessment run: <c>-- reassess 1000000</c>.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "reassess")
        {
            return ReassessRun.Run(args);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
