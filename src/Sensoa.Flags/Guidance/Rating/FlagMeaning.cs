namespace Sensoa.Flags.Guidance;

/// <summary>What a flag colour stands for, in the library's own words after Sensoa's description.</summary>
/// <param name="Flag">The flag.</param>
/// <param name="Name">The colour's name, in the chosen language.</param>
/// <param name="Meaning">What behaviour with this flag is, in one line.</param>
/// <param name="Note">What the source adds about this flag, or null when it adds nothing.</param>
public sealed record FlagMeaning(Flag Flag, string Name, string Meaning, string? Note);
