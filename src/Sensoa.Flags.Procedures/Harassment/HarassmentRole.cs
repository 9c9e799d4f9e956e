namespace Sensoa.Flags.Procedures.Harassment;

/// <summary>Who acts when a client crosses a boundary online towards a professional.</summary>
public enum HarassmentRole
{
    /// <summary>The professional the behaviour was aimed at (<c>person</c>).</summary>
    Person,

    /// <summary>A colleague of that professional (<c>colleague</c>).</summary>
    Colleague,

    /// <summary>The team, including the four risk questions about further contact (<c>team</c>).</summary>
    Team,

    /// <summary>The organisation: its guidelines and its own action (<c>organisation</c>).</summary>
    Organisation,
}
