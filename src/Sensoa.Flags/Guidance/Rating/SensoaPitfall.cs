using System.Text.Json.Serialization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Guidance;

/// <summary>The four pitfalls Sensoa names for giving a flag, in the order it lists them.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<SensoaPitfall>))]
public enum SensoaPitfall
{
    /// <summary>"Dat kan toch niet!": letting emotion or indignation set the colour.</summary>
    Indignation = 0,

    /// <summary>"Dat mag hier niet!": setting the colour by the organisation's rules or policy.</summary>
    OrganisationRule = 1,

    /// <summary>"We hebben hier een rode vlag-persoon!": giving the flag to a person instead of a behaviour.</summary>
    FlagOnPerson = 2,

    /// <summary>"Wat met het slachtoffer ...?": judging the victim by the flag of someone else's behaviour.</summary>
    VictimBehaviour = 3,
}
