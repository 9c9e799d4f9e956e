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
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(FirstBuffer, limit + 1));
        var length = 0;
        try
        {
            while (length <= limit)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, limit + 1L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var room = Math.Min(buffer.Length - length, limit + 1 - length);
                var read = await source.ReadAsync(buffer.AsMemory(length, room), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return buffer.AsSpan(0, length).ToArray();
                }

                length += read;
            }

            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Reads to the end, for a caller without async (the command line, on a file or standard input, where the read completes
    /// on the calling thread and there is no synchronisation context to deadlock).
    /// </summary>
    public static byte[]? Read(Stream source, int limit) => ReadAsync(source, limit).AsTask().GetAwaiter().GetResult();
}
