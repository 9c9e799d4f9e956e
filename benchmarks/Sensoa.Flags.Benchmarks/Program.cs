using BenchmarkDotNet.Configs;
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

        if (args.Length > 0 && Modes.TryRun(args, out var exitCode))
        {
            return exitCode;
        }

        // BenchmarkDotNet builds a project per job; on two cores shared with other builds that can take longer than its
        // default two minutes, which fails the run without measuring anything.
        var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
