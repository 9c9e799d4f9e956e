namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>The three ways out of step 5.</summary>
public enum DecisionRoute
{
    /// <summary>Organise help yourself (<c>ownHelp</c>).</summary>
    OwnHelp,

    /// <summary>Call in other professionals (<c>otherProfessionals</c>).</summary>
    OtherProfessionals,

    /// <summary>Report it: a report to the competent services or a complaint to the police (<c>report</c>).</summary>
    Report,
}
