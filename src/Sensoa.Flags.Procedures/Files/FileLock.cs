using System.Diagnostics;

namespace Sensoa.Flags.Procedures.Files;

/// <summary>
/// A lock on a case file that holds across processes and threads: a record lock on one byte far past the end of the file
/// (advisory on Unix; on Windows it keeps the content readable, since no one reads that far), taken by polling because
/// .NET offers only a non-blocking lock, plus a process-wide semaphore, because record locks do not exclude threads of the
/// same process (and closing any handle of the file would drop them).
/// </summary>
internal sealed class FileLock : IDisposable
{
    /// <summary>How long a writer waits for another before giving up; appends take milliseconds.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private const long Position = 1L << 62;

    private static readonly SemaphoreSlim InProcess = new(1, 1);

    private readonly FileStream stream;
    private readonly FileStream? sidecar;
    private bool disposed;

    private FileLock(FileStream stream, FileStream? sidecar)
    {
        this.stream = stream;
        this.sidecar = sidecar;
    }

    /// <summary>Locks the open file: exclusively when it was opened for writing, shared (on Unix) when only for reading.</summary>
    /// <exception cref="TimeoutException">Another writer held it for longer than <see cref="Patience"/>.</exception>
    public static FileLock Acquire(FileStream stream)
    {
        var clock = Stopwatch.StartNew();
        if (!InProcess.Wait(Patience))
        {
            throw new TimeoutException("another writer in this process holds the file");
        }

        try
        {
            var pause = 1;
            while (true)
            {
                try
                {
                    if (OperatingSystem.IsMacOS())
                    {
                        // No record locks in .NET on macOS: an exclusive open of a file beside it (flock) does the same.
                        return new FileLock(stream, new FileStream(stream.Name + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                    }

                    stream.Lock(Position, 1);
                    return new FileLock(stream, null);
                }
                catch (IOException) when (clock.Elapsed < Patience)
                {
                    // Held by another process: poll, backing off to 50 ms, with jitter so that waiting writers do not march in step.
                    Thread.Sleep(pause + Random.Shared.Next(pause + 1));
                    pause = Math.Min(pause * 2, 50);
                }
                catch (IOException)
                {
                    throw new TimeoutException("another process held the file for longer than " + Patience.TotalSeconds + " seconds");
                }
            }
        }
        catch
        {
            InProcess.Release();
            throw;
        }
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        try
        {
            if (sidecar is not null)
            {
                sidecar.Dispose();
            }
            else if (!OperatingSystem.IsMacOS())
            {
                stream.Unlock(Position, 1);
            }
        }
        catch (IOException)
        {
            // Closing the handle releases it anyway.
        }
        finally
        {
            InProcess.Release();
        }
    }
}
