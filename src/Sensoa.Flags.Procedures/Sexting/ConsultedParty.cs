namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>Who was consulted in step 2.</summary>
public enum ConsultedParty
{
    /// <summary>A colleague (<c>colleague</c>).</summary>
    Colleague,

    /// <summary>The internal care structure: care coordinator, school social work, care advice team (<c>careStructure</c>).</summary>
    CareStructure,

    /// <summary>An expert with sexting experience, e.g. the vice police or an advice centre (<c>expert</c>).</summary>
    Expert,
}
