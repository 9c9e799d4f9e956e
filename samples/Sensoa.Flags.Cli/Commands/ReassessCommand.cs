using System.CommandLine;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Sensoa.Flags.Batch;
using Sensoa.Flags.Cli.Localization;
using Sensoa.Flags.Json;
using Sensoa.Flags.Procedures.Files;

namespace Sensoa.Flags.Cli.Commands;

/// <summary>
/// <c>reassess &lt;in.jsonl|-&gt; [--out changes.jsonl] [--summary-only] [--summary-format table|json]</c>: re-assesses
/// stored assessments with today's rules. The records go to <c>--out</c> or standard output; the summary goes to
/// standard output, or to standard error when the records take standard output. A progress display is drawn on
/// standard error only when it is a terminal.
/// </summary>
internal static class ReassessCommand
{
    /// <summary>Stopped by Ctrl+C: 128 + SIGINT, as a shell reports a command it interrupted; not one of <see cref="ExitCodes"/>.</summary>
    public const int Cancelled = 130;

    public static Command Create(Lazy<IFlagAssessor> assessor, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var input = new Argument<string>("input") { Description = "The archive as JSON Lines: one incident, or one {\"incident\", \"assessment\"} pair, per line; - for standard input." };
        var output = new Option<string?>("--out") { Description = "Write the records (changed, error, assessed) to this file instead of standard output." };
        var summaryOnly = new Option<bool>("--summary-only") { Description = "Write no records, only the summary." };
        var format = new Option<string>("--summary-format") { Description = "The summary as a table (default) or as JSON.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var lang = LanguageOption.Create();
        var command = new Command("reassess", "Re-assess stored assessments with today's rule set and show what changed.") { input, output, summaryOnly, format, lang };
        command.SetAction((result, cancellationToken) => RunAsync(
            assessor,
            new Request(result.GetValue(input)!, result.GetValue(output), result.GetValue(summaryOnly), result.GetValue(format) == "json", LanguageOption.Culture(result, lang)),
            stdin,
            stdout,
            stderr,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Lazy<IFlagAssessor> assessor, Request request, Stream stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        // The input is opened before the output is touched: a missing or unreadable input leaves --out as it was.
        Stream source;
        SafeFileHandle? inputHandle;
        try
        {
            var file = request.Input == "-" ? null : CaseFile.OpenRead(request.Input, FileOptions.Asynchronous | FileOptions.SequentialScan);
            source = file ?? stdin;
            inputHandle = file?.SafeFileHandle ?? CliApp.InputHandle(stdin);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: cannot read '{PrintableText.Text(request.Input)}': {Why(ex)}");
            return ExitCodes.NoInput;
        }

        await using var sourceScope = request.Input == "-" ? null : source;
        var outPath = request.SummaryOnly ? null : request.Out;
        if (outPath is not null && SameFile(request.Input, inputHandle, outPath))
        {
            stderr.WriteLine($"usage error: --out '{PrintableText.Text(outPath)}' is the input itself; the records would replace the archive: give another file (try --help)");
            return ExitCodes.Usage;
        }

        var options = new BatchOptions { Assessment = new AssessmentOptions { Culture = request.Culture } };
        var length = source.CanSeek ? source.Length : (long?)null;
        Task<ReassessmentSummary> Reassess(Stream records, CancellationToken token) => ProgressDisplay.RunAsync(
            ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected,
            length,
            progress => assessor.Value.ReassessAsync(source, records, options, progress, token));

        ReassessmentSummary? summary = null;
        WatchedStream? output = null;
        try
        {
            if (outPath is null)
            {
                summary = await Reassess(request.SummaryOnly ? Stream.Null : new TextWriterStream(stdout), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // Through a temporary file, flushed and renamed into place: on any failure the old --out is left as it was.
                await CaseFile.ReplaceAsync(
                    outPath,
                    async (stream, token) =>
                    {
                        output = new WatchedStream(stream);
                        summary = await Reassess(output, token).ConfigureAwait(false);
                    },
                    cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stderr.WriteLine(outPath is null
                ? "cancelled; the records written so far are complete lines"
                : $"cancelled; '{PrintableText.Text(outPath)}' was not changed");
            return Cancelled;
        }
        catch (Exception ex) when (outPath is not null && (ex is UnauthorizedAccessException || (ex is IOException && (summary is not null || output is null || output.Failed))))
        {
            // The output failed: the temporary file could not be made, written, flushed or renamed.
            stderr.WriteLine($"error: cannot write '{PrintableText.Text(outPath)}': {ProcedureCommandSupport.WriteProblem(ex)}; nothing was changed");
            return ExitCodes.CannotWrite;
        }
        catch (IOException ex)
        {
            stderr.WriteLine(outPath is null
                ? $"error: reading '{PrintableText.Text(request.Input)}' failed: {ex.Message}"
                : $"error: reading '{PrintableText.Text(request.Input)}' failed: {ex.Message}; '{PrintableText.Text(outPath)}' was not changed");
            return ExitCodes.NoInput;
        }

        // The summary never mixes with records on standard output.
        var summaryWriter = request.SummaryOnly || outPath is not null ? stdout : stderr;
        summaryWriter.Write(request.Json ? summary!.ToJson() : summary!.ToTable());
        return summary.OutcomeChanged + summary.ExplanationChanged + summary.Refused > 0 ? ExitCodes.CheckFailed : ExitCodes.Success;
    }

    /// <summary>
    /// Whether --out names the input, in any form: the same path, a symbolic or hard link to it, or the file standard
    /// input was redirected from (<c>reassess - --out a.jsonl &lt; a.jsonl</c>).
    /// </summary>
    private static bool SameFile(string input, SafeFileHandle? inputHandle, string outPath)
    {
        if (input != "-" && string.Equals(Path.GetFullPath(input), Path.GetFullPath(outPath), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            return inputHandle is not null && CaseFile.IsSameFile(inputHandle, outPath);
        }
        catch (IOException)
        {
            // The output cannot be inspected: writing it will say why.
            return false;
        }
    }

    private static string Why(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        IOException when ex.Source == typeof(CaseFile).Assembly.GetName().Name => ex.Message,
        _ => "not a readable file",
    };

    /// <summary>The output stream, noting whether a write to it failed (a full disk), to tell it from a failed read.</summary>
    private sealed class WatchedStream(Stream inner) : Stream
    {
        public bool Failed { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Watch(() => inner.Write(buffer, offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            try
            {
                inner.Write(buffer);
            }
            catch (IOException)
            {
                Failed = true;
                throw;
            }
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            try
            {
                await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException)
            {
                Failed = true;
                throw;
            }
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush() => Watch(inner.Flush);

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            try
            {
                await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException)
            {
                Failed = true;
                throw;
            }
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        private void Watch(Action action)
        {
            try
            {
                action();
            }
            catch (IOException)
            {
                Failed = true;
                throw;
            }
        }
    }

    private sealed record Request(string Input, string? Out, bool SummaryOnly, bool Json, System.Globalization.CultureInfo Culture);
}
