namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>A conversation with one young person in step 3.</summary>
/// <param name="PersonId">The participant talked to.</param>
/// <param name="Alone">Whether the person was talked to separately, without the others involved.</param>
public sealed record Conversation(string PersonId, bool Alone);
