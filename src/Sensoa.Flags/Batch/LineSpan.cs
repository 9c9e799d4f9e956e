namespace Sensoa.Flags.Batch;

/// <summary>One input line: its number (from 1), where its bytes are in the chunk, or how long it was when it was too long to keep.</summary>
internal readonly record struct LineSpan(long Number, int Start, int Length, long TooLongBytes)
{
    public bool IsTooLong => TooLongBytes > 0;
}
