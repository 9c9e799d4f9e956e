namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>Checks a verified logbook against receipts: each names an entry that must be there, with that hash.</summary>
internal static class LogbookReceipts
{
    public static LogbookVerification Check(LogbookVerification verification, IEnumerable<LogbookReceipt> receipts)
    {
        var mismatches = new List<LogbookReceiptMismatch>();
        var entries = verification.Entries;
        var lastSequence = entries.Count == 0 ? 0 : entries.Max(e => e.Sequence);
        foreach (var receipt in receipts)
        {
            ArgumentNullException.ThrowIfNull(receipt);
            int? line = null;
            var found = false;
            for (var index = 0; index < entries.Count && !found; index++)
            {
                if (entries[index].Sequence == receipt.Sequence)
                {
                    line ??= verification.EntryLines[index];
                    found = entries[index].Hash == receipt.Hash;
                }
            }

            if (found)
            {
                continue;
            }

            mismatches.Add(line is { } at
                ? new(receipt, at, $"entry {receipt.Sequence} (line {at}) is not the entry this receipt was given for: its hash differs, so it or an entry before it was changed, or the logbook was rewritten")
                : new(receipt, null, entries.Count == 0
                    ? $"entry {receipt.Sequence} is missing: the logbook has no entries; it was emptied or replaced"
                    : $"entry {receipt.Sequence} is missing: the logbook goes up to entry {lastSequence}; entries were cut off its end, or the logbook was replaced"));
        }

        return mismatches.Count == 0 ? verification : verification with { Mismatches = mismatches };
    }
}
