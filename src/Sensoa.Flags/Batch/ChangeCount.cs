namespace Sensoa.Flags.Batch;

/// <summary>How often one kind of change was found.</summary>
/// <param name="Kind">Gets the kind, for example <c>flag yellow→red</c> or <c>override now refused</c>.</param>
/// <param name="Count">Gets how many behaviours (or incidents, for referrals and errors) it concerns.</param>
public sealed record ChangeCount(string Kind, long Count);
