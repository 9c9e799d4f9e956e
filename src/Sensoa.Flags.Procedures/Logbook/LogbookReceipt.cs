using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>
/// A receipt for a logbook: the sequence number and hash of one entry, written <c>&lt;sequence&gt;:&lt;hash&gt;</c>
/// (e.g. <c>4:9f86d0…</c>). The hash chain on its own cannot show that the last entries were cut off, or that the whole
/// file was rewritten with its hashes recomputed: anyone can compute a SHA-256. A receipt sent to someone else when an
/// entry is written (a manager, HR, a mail to a colleague) is an anchor outside the file: as long as the logbook verifies
/// against it, the entry it names and every entry before it are the ones that were there when it was sent.
/// </summary>
/// <param name="Sequence">The entry's sequence number, from 1.</param>
/// <param name="Hash">The entry's hash, 64 lowercase hex digits.</param>
public sealed record LogbookReceipt(long Sequence, string Hash)
{
    /// <summary>Formats the receipt as one line: <c>&lt;sequence&gt;:&lt;hash&gt;</c>.</summary>
    /// <returns>The receipt's text, e.g. <c>4:9f86d0…</c> (with the whole hash).</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Sequence}:{Hash}");

    /// <summary>Reads a receipt from its text <c>&lt;sequence&gt;:&lt;hash&gt;</c>.</summary>
    /// <param name="text">The text; surrounding white space is ignored, upper-case hex digits are read as lower case.</param>
    /// <param name="receipt">The receipt, or null when the text is not one.</param>
    /// <returns>Whether the text is a receipt: a sequence number from 1, a colon, and a SHA-256 as 64 hex digits.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out LogbookReceipt? receipt)
    {
        receipt = null;
        var trimmed = text?.Trim();
        var colon = trimmed?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (trimmed is null || colon <= 0)
        {
            return false;
        }

        var number = trimmed.AsSpan(0, colon);
        var hash = trimmed[(colon + 1)..].ToLowerInvariant();
        if (!number.ContainsAnyExceptInRange('0', '9') && long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            && sequence >= 1 && LogbookLineReader.IsHash(hash))
        {
            receipt = new(sequence, hash);
            return true;
        }

        return false;
    }

    /// <summary>Reads a receipt from its text <c>&lt;sequence&gt;:&lt;hash&gt;</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The receipt.</returns>
    /// <exception cref="FormatException">The text is not a receipt.</exception>
    public static LogbookReceipt Parse(string text) =>
        TryParse(text, out var receipt) ? receipt : throw new FormatException("not a logbook receipt: expected <sequence>:<hash>, e.g. 4: followed by 64 hex digits");
}
