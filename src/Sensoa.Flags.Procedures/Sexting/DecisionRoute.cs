namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>The three ways out of step 5.</summary>
public enum DecisionRoute
{
    /// <summary>Organise help yourself (<c>ownHelp</c>).</summary>
    OwnHelp,

    /// <summary>Call in other professionals (<c>otherProfessionals</c>).</summary>
    OtherProfessionals,

    /// <summary>
    /// Report it (<c>report</c>): in the Netherlands the reporting code's "melding/aangifte doen", a report to the
    /// competent services or a complaint to the police; in Flanders a complaint with the police, never a duty.
    /// </summary>
    Report,
}
