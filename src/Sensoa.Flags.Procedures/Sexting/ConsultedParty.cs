namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>Who was consulted: in the Netherlands in step 2, in Flanders after weighing.</summary>
public enum ConsultedParty
{
    /// <summary>A colleague (<c>colleague</c>).</summary>
    Colleague,

    /// <summary>The internal care structure: care coordinator, school social work, care advice team (<c>careStructure</c>).</summary>
    CareStructure,

    /// <summary>An expert with sexting experience, e.g. the vice police or an advice centre (<c>expert</c>).</summary>
    Expert,

    /// <summary>Flanders: the school's CLB, the pupil guidance centre (<c>clb</c>).</summary>
    Clb,

    /// <summary>Flanders: Child Focus (116 000, day and night), for sexting with a minor; it can also get images offline (<c>childFocus</c>).</summary>
    ChildFocus,

    /// <summary>Flanders: the Institute for the Equality of Women and Men, for sexting among adults (<c>igvm</c>).</summary>
    Igvm,
}
