namespace Sensoa.Flags.Tests.Fuzzing;

/// <summary>The kinds of byte mutation the fuzzer applies to valid inputs.</summary>
internal enum MutationKind
{
    FlipBit,
    SetByte,
    InsertByte,
    DeleteSpan,
    Truncate,
    DuplicateSpan,
    SwapTokens,
    ReplaceNumber,
    ReplaceToken,
    InsertOdd,
}
