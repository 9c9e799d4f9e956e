using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Sensoa.Flags.Guidance;
using Sensoa.Flags.Json;
using Sensoa.Flags.Procedures.Logbook;

namespace Sensoa.Flags.Cli.Commands;

/// <summary><c>logbook append|verify &lt;log.jsonl&gt;</c>: the hash-chained evidence logbook.</summary>
internal static class LogbookCommand
{
    public static Command Create(TimeProvider time, TextWriter stdout, TextWriter stderr)
    {
        var logbook = EvidenceLogbook.Create(time);

        var appendFile = new Argument<string>("log") { Description = "The logbook (JSON Lines); created when it does not exist." };
        var channel = new Option<string>("--channel") { Description = "Where the incident happened: the place or channel, e.g. email, Instagram DM, phone, waiting room.", Required = true };
        var occurred = new Option<DateTimeOffset?>("--occurred-at")
        {
            Description = "When the incident itself happened, ISO 8601, e.g. 2026-03-02T23:10 (no offset: Brussels time); the entry adds when it was written.",
            Required = true,
            CustomParser = ParseOccurred,
        };
        var description = new Option<string>("--description") { Description = "What happened.", Required = true };
        var attach = new Option<string[]>("--attach") { Description = "An evidence file (screenshot, export) to pin by its SHA-256; repeat for more." };
        var append = new Command("append", "Check the last entry (the one the new entry links to; verify checks the whole chain), then append one entry: when and where the incident happened, and what. Prints the new entry's receipt to send to someone else.") { appendFile, channel, occurred, description, attach };
        append.SetAction(result => Append(
            logbook,
            result.GetValue(appendFile)!,
            new NewLogbookEntry { Channel = result.GetValue(channel)!, OccurredAt = result.GetValue(occurred), Description = result.GetValue(description)! },
            result.GetValue(attach) ?? [],
            stdout,
            stderr));

        var verifyFile = new Argument<string>("log") { Description = "The logbook (JSON Lines)." };
        var expect = new Option<LogbookReceipt[]>("--expect")
        {
            Description = "A receipt <sequence>:<hash> sent earlier: the entry it names must still be there, unchanged; repeat for more.",
            CustomParser = ParseReceipts,
        };
        var verify = new Command("verify", "Check every line, the hash chain, the order of the times and any receipts given; name each edited, missing or reordered entry by its line; list each entry with when and where it happened and when it was written.") { verifyFile, expect };
        verify.SetAction(result => Verify(logbook, result.GetValue(verifyFile)!, result.GetValue(expect) ?? [], stdout, stderr));

        var receiptFile = new Argument<string>("log") { Description = "The logbook (JSON Lines)." };
        var receipt = new Command("receipt", "Verify the logbook, then print the receipt of its last entry, <sequence>:<hash>, to send to someone else; verify --expect checks the logbook against it later.") { receiptFile };
        receipt.SetAction(result => Receipt(logbook, result.GetValue(receiptFile)!, stdout, stderr));

        return new Command("logbook", "The evidence logbook: append-only, each entry hash-chained to the one before; receipts kept elsewhere show that nothing was cut off or rewritten.") { append, verify, receipt };
    }

    private static int Append(IEvidenceLogbook logbook, string file, NewLogbookEntry entry, string[] attachments, TextWriter stdout, TextWriter stderr)
    {
        var pinned = new List<LogbookAttachment>();
        foreach (var path in attachments)
        {
            try
            {
                // Streamed: screenshots and exports may be far larger than the JSON input limit. A directory, FIFO or
                // device is refused before it is opened (reading /dev/zero or a FIFO would never end).
                pinned.Add(LogbookAttachment.FromFile(path));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"--attach: cannot read '{Shown(path)}': {Why(ex)}; nothing appended");
                return ExitCodes.NoInput;
            }
        }

        LogbookAppendResult result;
        try
        {
            result = logbook.Append(file, entry with { Attachments = pinned });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or TimeoutException)
        {
            stderr.WriteLine($"error: cannot append to '{Shown(file)}': {ProcedureCommandSupport.WriteProblem(ex)}");
            return ExitCodes.CannotWrite;
        }

        if (!result.Succeeded)
        {
            ProcedureCommandSupport.Errors(result.Errors, Languages.Culture(Languages.English), stderr);
            foreach (var problem in result.Problems)
            {
                stderr.WriteLine(problem.ToString());
            }

            if (result.Problems.Count > 0)
            {
                // The check of the existing chain failed: that is a finding about the logbook, not about this entry.
                stderr.WriteLine("nothing appended: the logbook is broken; keep it as it is and report it");
                return ExitCodes.CheckFailed;
            }

            return ExitCodes.InvalidData;
        }

        stdout.Write($"appended entry {result.Entry.Sequence}, hash {result.Entry.Hash}\n{Describe(result.Entry)}\n");
        stdout.Write($"receipt {result.Receipt}: send it to someone else now; verify --expect {result.Receipt} checks the logbook against it later\n");
        return ExitCodes.Success;
    }

    private static int Receipt(IEvidenceLogbook logbook, string file, TextWriter stdout, TextWriter stderr)
    {
        if (Read(logbook, file, [], stderr, out var verification) is { } failed)
        {
            return failed;
        }

        if (verification.Receipt is not { } receipt)
        {
            stderr.WriteLine($"$: '{Shown(file)}' has no entries yet; a receipt names the last entry");
            return ExitCodes.InvalidData;
        }

        stdout.Write($"{receipt}\n");
        return ExitCodes.Success;
    }

    private static int Verify(IEvidenceLogbook logbook, string file, LogbookReceipt[] receipts, TextWriter stdout, TextWriter stderr)
    {
        if (Read(logbook, file, receipts, stderr, out var verification) is { } failed)
        {
            return failed;
        }

        stdout.Write($"intact: {verification.Entries.Count} entries, head hash {verification.HeadHash}\n");
        if (receipts.Length > 0)
        {
            stdout.Write($"matches {receipts.Length} {(receipts.Length == 1 ? "receipt" : "receipts")}: {string.Join(", ", receipts.Select(r => r.ToString()))}\n");
        }
        else
        {
            stdout.Write("no receipt checked: the chain alone cannot show that entries were cut off its end or that it was rewritten (see --expect)\n");
        }

        foreach (var entry in verification.Entries)
        {
            stdout.Write(Describe(entry) + "\n");
        }

        return ExitCodes.Success;
    }

    /// <summary>Reads and verifies the logbook; null when it is intact, else the exit code after the problems were printed.</summary>
    private static int? Read(IEvidenceLogbook logbook, string file, LogbookReceipt[] receipts, TextWriter stderr, out LogbookVerification verification)
    {
        verification = new LogbookVerification { Entries = [], Problems = [] };
        try
        {
            verification = logbook.Verify(file, receipts);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or TimeoutException)
        {
            stderr.WriteLine($"error: cannot read '{Shown(file)}': {(ex is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException ? Why(ex) : ProcedureCommandSupport.WriteProblem(ex))}");
            return ExitCodes.NoInput;
        }

        if (verification.IsIntact)
        {
            return null;
        }

        foreach (var problem in verification.Problems)
        {
            stderr.WriteLine(problem.ToString());
        }

        foreach (var mismatch in verification.Mismatches)
        {
            stderr.WriteLine(mismatch.ToString());
        }

        return ExitCodes.CheckFailed;
    }

    private static LogbookReceipt[] ParseReceipts(ArgumentResult result)
    {
        var receipts = new List<LogbookReceipt>();
        foreach (var token in result.Tokens)
        {
            if (LogbookReceipt.TryParse(token.Value, out var receipt))
            {
                receipts.Add(receipt);
            }
            else
            {
                result.AddError($"--expect: '{Shown(token.Value)}' is not a receipt; expected <sequence>:<hash>, as logbook receipt prints it");
                return [];
            }
        }

        return [.. receipts];
    }

    private static string Shown(string text) => PrintableText.Text(text);

    /// <summary>One entry on one line: when and where the incident happened, then when it was written, never the description.</summary>
    private static string Describe(LogbookEntry entry)
    {
        var happened = entry.OccurredAt is { } at ? Moment(at) : "not recorded";
        // The channel is the professional's text: shown as written, but without control characters on the terminal.
        var where = new string([.. entry.Channel.Select(c => char.IsControl(c) ? ' ' : c)]);
        return string.Create(CultureInfo.InvariantCulture, $"  #{entry.Sequence}  happened {happened}, {where}; written {Moment(entry.Timestamp)}");
    }

    private static string Moment(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseOccurred(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (LocalMoment.TryParse(text, out var moment, out var problem))
        {
            return moment;
        }

        result.AddError("--occurred-at: " + problem);
        return null;
    }

    private static string Why(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        UnauthorizedAccessException => "permission denied",
        IOException when ex.Source == typeof(LogbookAttachment).Assembly.GetName().Name => ex.Message,
        _ => "not a usable file",
    };
}
