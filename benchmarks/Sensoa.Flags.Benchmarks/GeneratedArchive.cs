using System.Globalization;
using System.Text;

namespace Sensoa.Flags.Benchmarks;

/// <summary>
/// A JSON Lines input made on the fly, so that a million-line run reads no file and holds no input in memory: line n is
/// always the same incident, and lines differ (ages, criteria, settings, one to three behaviours, some repeated, some
/// with an override).
/// </summary>
internal sealed class GeneratedArchive(long lines, Func<long, string> line) : Stream
{
    private static readonly string[] Levels = ["green", "yellow", "red", "black", "unknown"];
    private static readonly string[] Settings = ["school", "youthWork", "sport", "workplace", "family", "care", "online"];

    private byte[] current = [];
    private int offset;
    private long next = 1;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public static string Incident(long n)
    {
        var r = (ulong)n * 0x9E3779B97F4A7C15UL;
        int Pick(int bits, int modulo)
        {
            r = (r ^ (r >> 29)) * 0xBF58476D1CE4E5B9UL;
            return (int)((r >> bits) % (ulong)modulo);
        }

        var text = new StringBuilder(700);
        text.Append(CultureInfo.InvariantCulture, $"{{\"jurisdiction\":\"{(Pick(3, 6) == 0 ? "netherlands" : "flanders")}\",\"setting\":\"{Settings[Pick(5, Settings.Length)]}\",");
        text.Append(CultureInfo.InvariantCulture, $"\"people\":[{{\"id\":\"p1\",\"ageYears\":{3 + Pick(7, 50)}}},{{\"id\":\"p2\",\"ageYears\":{3 + Pick(9, 50)},\"hasDisability\":{(Pick(11, 10) == 0 ? "true" : "false")}}}],\"behaviours\":[");
        var behaviours = 1 + Pick(13, 3);
        for (var i = 0; i < behaviours; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{(i > 0 ? "," : string.Empty)}{{\"id\":\"b{n}-{i}\",\"actorId\":\"{(i % 2 == 0 ? "p1" : "p2")}\",\"affectedIds\":[\"{(i % 2 == 0 ? "p2" : "p1")}\"],");
            text.Append("\"description\":\"Generated behaviour for the re-assessment benchmark.\",\"criteria\":{");
            text.Append(CultureInfo.InvariantCulture, $"\"consent\":\"{Levels[Pick(3, 4)]}\",\"voluntariness\":\"{Levels[Pick(5, 3)]}\",\"equality\":\"{Levels[Pick(7, 3)]}\",");
            text.Append(CultureInfo.InvariantCulture, $"\"development\":\"{Levels[Pick(9, 5)]}\",\"context\":\"{Levels[Pick(11, 3)]}\",\"impact\":\"{Levels[Pick(13, 4)]}\"}},");
            text.Append(CultureInfo.InvariantCulture, $"\"intimacy\":\"{(Pick(3, 2) == 0 ? "handsOn" : "handsOff")}\",\"repeatedAfterCorrection\":{(Pick(5, 4) == 0 ? "true" : "false")}");
            if (Pick(7, 8) == 0)
            {
                text.Append(",\"override\":{\"flag\":\"black\",\"basis\":\"intimacy\",\"reason\":\"Generated override.\"}");
            }

            text.Append('}');
        }

        return text.Append("]}").ToString();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var written = 0;
        while (written < buffer.Length)
        {
            if (this.offset == current.Length)
            {
                if (next > lines)
                {
                    break;
                }

                current = Encoding.UTF8.GetBytes(line(next++) + "\n");
                this.offset = 0;
            }

            var take = Math.Min(buffer.Length - written, current.Length - this.offset);
            current.AsSpan(this.offset, take).CopyTo(buffer[written..]);
            written += take;
            this.offset += take;
        }

        return written;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
