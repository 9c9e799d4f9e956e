using System.Buffers;

namespace Sensoa.Flags.Batch;

/// <summary>
/// A run of consecutive input lines in one pooled buffer: the unit a worker takes, so that the cost of handing work to a
/// thread is paid per few hundred lines, not per line. The buffer goes back to the pool once the chunk is processed.
/// </summary>
internal sealed class LineChunk
{
    private readonly List<LineSpan> lines = new(JsonLinesReader.LinesPerChunk);

    public LineChunk(byte[] buffer) => Buffer = buffer;

    /// <summary>Gets the pooled buffer the lines' bytes are in.</summary>
    public byte[] Buffer { get; private set; }

    /// <summary>Gets how many bytes of <see cref="Buffer"/> are used.</summary>
    public int Used { get; set; }

    /// <summary>Gets the lines, in input order.</summary>
    public IReadOnlyList<LineSpan> Lines => lines;

    public void Add(LineSpan line) => lines.Add(line);

    public ReadOnlySpan<byte> Bytes(LineSpan line) => Buffer.AsSpan(line.Start, line.Length);

    /// <summary>Makes room for a long line: a bigger pooled buffer with the bytes so far.</summary>
    public void Grow(int needed)
    {
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, Buffer.Length * 2));
        Buffer.AsSpan(0, Used).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(Buffer);
        Buffer = bigger;
    }

    public void Release()
    {
        ArrayPool<byte>.Shared.Return(Buffer);
        Buffer = [];
    }
}
