namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>How a young person is involved in a sexting incident; one person may have several roles.</summary>
public enum ParticipantRole
{
    /// <summary>The person in the image (<c>portrayed</c>).</summary>
    Portrayed,

    /// <summary>A person who passed the image on (<c>distributor</c>).</summary>
    Distributor,

    /// <summary>A person who received the image (<c>recipient</c>).</summary>
    Recipient,
}
