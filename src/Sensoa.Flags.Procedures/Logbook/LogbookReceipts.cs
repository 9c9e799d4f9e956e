using Sensoa.Flags.Procedures.Localization;

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
                ? new(receipt, at, Reason("error.logbook.receiptOtherEntry", receipt.Sequence, at))
                : new(receipt, null, entries.Count == 0
                    ? Reason("error.logbook.receiptNoEntries", receipt.Sequence)
                    : Reason("error.logbook.receiptCutOff", receipt.Sequence, lastSequence)));
        }

        return mismatches.Count == 0 ? verification : verification with { Mismatches = mismatches };
    }

    private static ValidationError Reason(string key, params object?[] args) => ProcedureTexts.Error("$", ValidationCodes.Invalid, key, args);
}
