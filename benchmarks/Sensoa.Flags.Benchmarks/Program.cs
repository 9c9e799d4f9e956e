using BenchmarkDotNet.Running;

namespace Sensoa.Flags.Benchmarks;

/// <summary>Runs the suite: <c>dotnet run -c Release --project benchmarks/Sensoa.Flags.Benchmarks -- --filter '*'</c>.</summary>
internal static class Program
{
    private static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
