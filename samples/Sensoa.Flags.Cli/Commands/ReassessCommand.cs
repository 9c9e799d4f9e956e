using System.CommandLine;
using System.Text;
using Sensoa.Flags.Batch;

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
        var lang = CliApp.LanguageOption();
        var command = new Command("reassess", "Re-assess stored assessments with today's rule set and show what changed.") { input, output, summaryOnly, format, lang };
        command.SetAction((result, cancellationToken) => RunAsync(
            assessor,
            new Request(result.GetValue(input)!, result.GetValue(output), result.GetValue(summaryOnly), result.GetValue(format) == "json", CliApp.Culture(result.GetValue(lang))),
            stdin,
            stdout,
            stderr,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Lazy<IFlagAssessor> assessor, Request request, Stream stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (request.Input != "-" && Directory.Exists(request.Input))
        {
            stderr.WriteLine($"error: cannot read '{request.Input}': it is a directory; give a file");
            return ExitCodes.NoInput;
        }

        Stream source;
        try
        {
            source = request.Input == "-" ? stdin : new FileStream(request.Input, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: cannot read '{request.Input}': {Why(ex)}");
            return ExitCodes.NoInput;
        }

        await using var sourceScope = request.Input == "-" ? null : source;
        var outPath = request.SummaryOnly ? null : request.Out;
        Stream records;
        try
        {
            records = request.SummaryOnly ? Stream.Null
                : outPath is not null ? new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous)
                : new TextWriterStream(stdout);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"error: cannot write '{outPath}': {Why(ex)}");
            return ExitCodes.CannotWrite;
        }

        ReassessmentSummary summary;
        await using (records.ConfigureAwait(false))
        {
            var options = new BatchOptions { Assessment = new AssessmentOptions { Culture = request.Culture } };
            var length = source.CanSeek ? source.Length : (long?)null;
            try
            {
                summary = await ProgressDisplay.RunAsync(
                    ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected,
                    length,
                    progress => assessor.Value.ReassessAsync(source, records, options, progress, cancellationToken)).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                stderr.WriteLine("cancelled; the records written so far are complete lines");
                return Cancelled;
            }
            catch (IOException ex)
            {
                stderr.WriteLine($"error: reading or writing failed: {ex.Message}");
                return ExitCodes.NoInput;
            }
        }

        // The summary never mixes with records on standard output.
        var summaryWriter = request.SummaryOnly || outPath is not null ? stdout : stderr;
        summaryWriter.Write(request.Json ? summary.ToJson() : summary.ToTable());
        return summary.OutcomeChanged + summary.ExplanationChanged + summary.Refused > 0 ? ExitCodes.CheckFailed : ExitCodes.Success;
    }

    private static string Why(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        _ => "not a readable or writable file",
    };

    private sealed record Request(string Input, string? Out, bool SummaryOnly, bool Json, System.Globalization.CultureInfo Culture);
}
