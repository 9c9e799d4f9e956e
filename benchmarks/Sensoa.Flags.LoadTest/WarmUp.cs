namespace Sensoa.Flags.LoadTest;

/// <summary>How long the warm-up at one number of connections took, and whether the JIT had settled by then.</summary>
internal readonly record struct WarmUp(TimeSpan Elapsed, bool Settled);
