using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Sensoa.Flags.Guidance;
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
        var append = new Command("append", "Verify the logbook, then append one entry: when and where the incident happened, and what.") { appendFile, channel, occurred, description, attach };
        append.SetAction(result => Append(
            logbook,
            result.GetValue(appendFile)!,
            new NewLogbookEntry { Channel = result.GetValue(channel)!, OccurredAt = result.GetValue(occurred), Description = result.GetValue(description)! },
            result.GetValue(attach) ?? [],
            stdout,
            stderr));

        var verifyFile = new Argument<string>("log") { Description = "The logbook (JSON Lines)." };
        var verify = new Command("verify", "Check every line and the hash chain; name each edited, missing or reordered entry by its line; list each entry with when and where it happened and when it was written.") { verifyFile };
        verify.SetAction(result => Verify(logbook, result.GetValue(verifyFile)!, stdout, stderr));

        return new Command("logbook", "The evidence logbook: append-only, each entry hash-chained to the one before.") { append, verify };
    }

    private static int Append(IEvidenceLogbook logbook, string file, NewLogbookEntry entry, string[] attachments, TextWriter stdout, TextWriter stderr)
    {
        var pinned = new List<LogbookAttachment>();
        foreach (var path in attachments)
        {
            try
            {
                // Streamed: screenshots and exports may be far larger than the JSON input limit.
                using var content = File.OpenRead(path);
                pinned.Add(LogbookAttachment.FromStream(Path.GetFileName(path), content));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                stderr.WriteLine($"--attach: cannot read '{path}': {Why(ex)}; nothing appended");
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
            stderr.WriteLine($"error: cannot append to '{file}': {ProcedureCommandSupport.WriteProblem(ex)}");
            return ExitCodes.CannotWrite;
        }

        if (!result.Succeeded)
        {
            ProcedureCommandSupport.Errors(result.Errors, stderr);
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
        return ExitCodes.Success;
    }

    private static int Verify(IEvidenceLogbook logbook, string file, TextWriter stdout, TextWriter stderr)
    {
        LogbookVerification verification;
        try
        {
            verification = logbook.Verify(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or TimeoutException)
        {
            stderr.WriteLine($"error: cannot read '{file}': {(ex is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException ? Why(ex) : ProcedureCommandSupport.WriteProblem(ex))}");
            return ExitCodes.NoInput;
        }

        if (!verification.IsIntact)
        {
            foreach (var problem in verification.Problems)
            {
                stderr.WriteLine(problem.ToString());
            }

            return ExitCodes.CheckFailed;
        }

        stdout.Write($"intact: {verification.Entries.Count} entries, head hash {verification.HeadHash}\n");
        foreach (var entry in verification.Entries)
        {
            stdout.Write(Describe(entry) + "\n");
        }

        return ExitCodes.Success;
    }

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
        _ => "not a usable file",
    };
}
