namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>A receipt the logbook does not match: the entry it names is missing, or is another entry now.</summary>
/// <param name="Receipt">The receipt.</param>
/// <param name="Line">The line of the entry with the receipt's sequence number; null when there is none.</param>
/// <param name="Message">What is wrong, naming the entry, for people; it never repeats text from the logbook.</param>
public sealed record LogbookReceiptMismatch(LogbookReceipt Receipt, int? Line, string Message)
{
    /// <summary>Formats the mismatch as the CLI prints it: the receipt first.</summary>
    /// <returns><c>receipt N:hash: message</c>.</returns>
    public override string ToString() => $"receipt {Receipt}: {Message}";
}
