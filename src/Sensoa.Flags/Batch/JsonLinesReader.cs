using System.Buffers;
using System.Runtime.CompilerServices;

namespace Sensoa.Flags.Batch;

/// <summary>
/// Splits a UTF-8 stream into lines (<c>\n</c> or <c>\r\n</c>) and groups them into chunks. Memory stays bounded
/// whatever the input size: a chunk holds at most <see cref="LinesPerChunk"/> lines or about <see cref="ChunkBytes"/>
/// bytes, and a line longer than <see cref="MaxLineBytes"/> is not kept: it is counted and reported as too large.
/// </summary>
internal static class JsonLinesReader
{
    public const int LinesPerChunk = 256;

    public const int ChunkBytes = 256 * 1024;

    /// <summary>A line may hold an incident and its stored assessment, each up to the input limit, with room to spare.</summary>
    public const int MaxLineBytes = 4 * Limits.MaxInputBytes;

    private const int ReadBytes = 64 * 1024;

    public static async IAsyncEnumerable<LineChunk> ReadChunksAsync(
        Stream input, Action<long>? bytesRead, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var read = ArrayPool<byte>.Shared.Rent(ReadBytes);
        var chunk = NewChunk();
        long number = 1;
        var lineStart = 0;
        long skipped = 0;
        long total = 0;
        try
        {
            int count;
            while ((count = await input.ReadAsync(read.AsMemory(0, ReadBytes), cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += count;
                bytesRead?.Invoke(total);
                var data = read.AsMemory(0, count);
                while (!data.IsEmpty)
                {
                    var newline = data.Span.IndexOf((byte)'\n');
                    var part = newline < 0 ? data : data[..newline];
                    if (skipped > 0 || chunk.Used - lineStart + part.Length > MaxLineBytes)
                    {
                        skipped += (skipped == 0 ? chunk.Used - lineStart : 0) + part.Length;
                        chunk.Used = lineStart;
                    }
                    else
                    {
                        if (chunk.Used + part.Length > chunk.Buffer.Length)
                        {
                            (chunk, lineStart) = MakeRoom(chunk, lineStart, part.Length, out var full);
                            if (full is not null)
                            {
                                yield return full;
                            }
                        }

                        part.Span.CopyTo(chunk.Buffer.AsSpan(chunk.Used));
                        chunk.Used += part.Length;
                    }

                    if (newline < 0)
                    {
                        break;
                    }

                    data = data[(newline + 1)..];
                    chunk.Add(EndLine(chunk, number++, lineStart, skipped));
                    skipped = 0;
                    lineStart = chunk.Used;
                    if (chunk.Lines.Count >= LinesPerChunk || chunk.Used >= ChunkBytes)
                    {
                        yield return chunk;
                        chunk = NewChunk();
                        lineStart = 0;
                    }
                }
            }

            if (chunk.Used > lineStart || skipped > 0)
            {
                chunk.Add(EndLine(chunk, number, lineStart, skipped));
            }

            if (chunk.Lines.Count > 0)
            {
                yield return chunk;
                chunk = null;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(read);
            chunk?.Release();
        }
    }

    private static LineChunk NewChunk() => new(ArrayPool<byte>.Shared.Rent(ChunkBytes));

    private static LineSpan EndLine(LineChunk chunk, long number, int start, long skipped)
    {
        if (skipped > 0)
        {
            return new LineSpan(number, start, 0, skipped);
        }

        var length = chunk.Used - start;
        if (length > 0 && chunk.Buffer[start + length - 1] == (byte)'\r')
        {
            length--;
        }

        return new LineSpan(number, start, length, 0);
    }

    /// <summary>
    /// The line being read does not fit: a chunk that already holds whole lines is handed on and the partial line moves to
    /// a fresh chunk; a chunk with only this line grows.
    /// </summary>
    private static (LineChunk Chunk, int LineStart) MakeRoom(LineChunk chunk, int lineStart, int adding, out LineChunk? full)
    {
        full = null;
        var partial = chunk.Used - lineStart;
        if (chunk.Lines.Count > 0)
        {
            var fresh = NewChunk();
            chunk.Buffer.AsSpan(lineStart, partial).CopyTo(fresh.Buffer);
            fresh.Used = partial;
            chunk.Used = lineStart;
            full = chunk;
            chunk = fresh;
            lineStart = 0;
        }

        if (chunk.Used + adding > chunk.Buffer.Length)
        {
            chunk.Grow(chunk.Used + adding);
        }

        return (chunk, lineStart);
    }
}
