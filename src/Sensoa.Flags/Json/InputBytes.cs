using System.Buffers;

namespace Sensoa.Flags.Json;

/// <summary>
/// Reads an input (a file, standard input, a request body) as bytes, never more than one byte past its size limit. The
/// command line and the HTTP API both read with this, so that they refuse the same input at the same size.
/// </summary>
internal static class InputBytes
{
    private const int FirstBuffer = 16 * 1024;

    /// <summary>Reads to the end; null when the input is longer than <paramref name="limit"/> (reading stops one byte past it).</summary>
    /// <remarks>
    /// The bytes gather in pooled buffers that double as needed and are copied once into an array of their exact size: no
    /// fixed copy buffer and no growing stream per input (a fixed 80 KB chunk per request was most of the API's allocation
    /// under load).
    /// </remarks>
    public static async ValueTask<byte[]?> ReadAsync(Stream source, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bytes = new Gathered(limit);
        try
        {
            while (bytes.Advance(await source.ReadAsync(bytes.Room(), cancellationToken).ConfigureAwait(false)))
            {
            }

            return bytes.Result();
        }
        finally
        {
            bytes.Release();
        }
    }

    /// <summary>
    /// Reads to the end without async, for the command line (a file or standard input): the same buffers and limit as
    /// <see cref="ReadAsync"/>, without an async state machine to set up in a process that reads once (CLI start-up).
    /// </summary>
    public static byte[]? Read(Stream source, int limit)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bytes = new Gathered(limit);
        try
        {
            while (bytes.Advance(source.Read(bytes.Room().Span)))
            {
            }

            return bytes.Result();
        }
        finally
        {
            bytes.Release();
        }
    }

    /// <summary>The bytes read so far, in a pooled buffer that doubles as needed, up to one byte past the limit.</summary>
    private struct Gathered(int limit)
    {
        private byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Min(FirstBuffer, limit + 1));
        private int length;

        /// <summary>Gets where the next read goes, growing the buffer when it is full.</summary>
        public Memory<byte> Room()
        {
            if (length == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, limit + 1L));
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            return buffer.AsMemory(length, Math.Min(buffer.Length - length, limit + 1 - length));
        }

        /// <summary>Counts a read; false when the input ended or went past the limit (stop reading).</summary>
        public bool Advance(int read)
        {
            length += read;
            return read != 0 && length <= limit;
        }

        /// <summary>Gets the bytes in an array of their exact size, or null when the input is longer than the limit.</summary>
        public readonly byte[]? Result() => length > limit ? null : buffer.AsSpan(0, length).ToArray();

        public readonly void Release() => ArrayPool<byte>.Shared.Return(buffer);
    }
}
