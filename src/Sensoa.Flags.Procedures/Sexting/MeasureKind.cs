namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>A measure taken with the decision.</summary>
public enum MeasureKind
{
    /// <summary>Help or aftercare for a person (<c>support</c>).</summary>
    Support,

    /// <summary>A consequence for a person's behaviour (<c>consequence</c>); never for the person portrayed.</summary>
    Consequence,

    /// <summary>Talking about sexting across the school or group, without naming anyone (<c>schoolWideDiscussion</c>).</summary>
    SchoolWideDiscussion,

    /// <summary>Seeking publicity, e.g. the press or social media (<c>publicity</c>); always refused.</summary>
    Publicity,

    /// <summary>
    /// Agreements on communication: inside the school on a need-to-know basis, and who speaks to pupils, parents, the
    /// media and others outside (<c>communicationAgreements</c>); required in Flanders.
    /// </summary>
    CommunicationAgreements,
}
