namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>What has raised a behaviour's flag, beside the criteria: the factors the rules apply, and an organisation's concern.</summary>
[Flags]
internal enum Aggravation
{
    None = 0,
    Repetition = 1,
    KnownBoundary = 2,

    /// <summary>An organisation's concern turned green into yellow: not the behaviour's own severity, so escalation leaves it.</summary>
    OrganisationConcern = 4,
}
