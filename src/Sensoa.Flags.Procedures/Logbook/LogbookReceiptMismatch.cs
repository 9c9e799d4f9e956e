using System.Globalization;

namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>A receipt the logbook does not match: the entry it names is missing, or is another entry now.</summary>
/// <param name="Receipt">The receipt.</param>
/// <param name="Line">The line of the entry with the receipt's sequence number; null when there is none.</param>
/// <param name="Message">What is wrong, naming the entry, for people; it never repeats text from the logbook.</param>
public sealed record LogbookReceiptMismatch(LogbookReceipt Receipt, int? Line, string Message)
{
    /// <summary>A mismatch whose message is a reason that can be written again in another language.</summary>
    internal LogbookReceiptMismatch(LogbookReceipt receipt, int? line, ValidationError reason)
        : this(receipt, line, reason.Message)
    {
        Reason = reason;
    }

    // The message as a key and values, for Localize; null for a mismatch made with a message as it is.
    private ValidationError? Reason { get; init; }

    /// <summary>Gets the same mismatch with its message in another language.</summary>
    /// <param name="culture">The language: Dutch for <c>nl</c>, <c>nl-BE</c>, ...; English otherwise.</param>
    /// <returns>The mismatch with its message in that language.</returns>
    public LogbookReceiptMismatch Localize(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Reason is null ? this : this with { Message = Reason.Localize(culture).Message };
    }

    /// <summary>Gets whether another mismatch has the same receipt, line and message.</summary>
    /// <param name="other">The other mismatch.</param>
    /// <returns>True when receipt, line and message are the same.</returns>
    public bool Equals(LogbookReceiptMismatch? other) =>
        other is not null && Receipt == other.Receipt && Line == other.Line && Message == other.Message;

    /// <summary>Gets a hash of the receipt, line and message.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Receipt, Line, Message);

    /// <summary>Formats the mismatch as the CLI prints it: the receipt first.</summary>
    /// <returns><c>receipt N:hash: message</c>.</returns>
    public override string ToString() => $"receipt {Receipt}: {Message}";
}
