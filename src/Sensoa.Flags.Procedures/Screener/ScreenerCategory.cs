namespace Sensoa.Flags.Procedures.Screener;

/// <summary>The three sides of a school's sexting policy that a screener card is about.</summary>
public enum ScreenerCategory
{
    /// <summary>The structures a policy stands on: people, vision, written policy, training, curriculum.</summary>
    Quality,

    /// <summary>What the school does with pupils, teachers and parents before anything goes wrong.</summary>
    Prevention,

    /// <summary>What the school does once an incident has happened.</summary>
    Reaction,
}
