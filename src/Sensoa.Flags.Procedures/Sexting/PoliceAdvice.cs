namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>What the police said about the images where a criminal case is possible.</summary>
public enum PoliceAdvice
{
    /// <summary>Keep them as evidence (<c>keep</c>); deleting is then refused.</summary>
    Keep,

    /// <summary>They may be deleted (<c>delete</c>).</summary>
    Delete,
}
