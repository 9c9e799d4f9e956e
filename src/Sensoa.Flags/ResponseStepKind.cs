using System.Text.Json.Serialization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags;

/// <summary>
/// What a step of a response does. The first nine follow the steps of Sensoa's reaction guide for the flag system
/// (gather information, name, ask, affirm, set a limit, agree, consequences, aftercare, with stopping the behaviour or
/// not); the others are what the library adds around them (safety, involving others, recording, images, consulting
/// before anyone at home is told).
/// </summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ResponseStepKind>))]
public enum ResponseStepKind
{
    /// <summary>Find out what is still unknown, from whom, and who asks.</summary>
    GatherInformation = 0,

    /// <summary>Stop the behaviour, redirect it, or deliberately let healthy behaviour be.</summary>
    Stop = 1,

    /// <summary>Say plainly what was seen or heard, so that it can be talked about.</summary>
    Name = 2,

    /// <summary>Ask, openly and without judging, about thoughts, feelings and wishes.</summary>
    Ask = 3,

    /// <summary>Confirm what is fine and say why.</summary>
    Affirm = 4,

    /// <summary>Set a limit on what is not fine and say why.</summary>
    SetLimit = 5,

    /// <summary>Agree on what happens instead and how it is followed up.</summary>
    Agree = 6,

    /// <summary>Consequences of the behaviour, and what a repeat would mean.</summary>
    Consequences = 7,

    /// <summary>Support in the time after.</summary>
    Aftercare = 8,

    /// <summary>Give information that fits the person's age or level.</summary>
    Inform = 9,

    /// <summary>Make the person affected safe.</summary>
    Safety = 10,

    /// <summary>Tell the person affected that the flag is about someone else's behaviour, not about them.</summary>
    Reassure = 11,

    /// <summary>Bring in colleagues, management, parents or guardians, or outside services.</summary>
    Involve = 12,

    /// <summary>Record the behaviour in the organisation's file.</summary>
    Record = 13,

    /// <summary>What to do with sexual images that were made or passed on.</summary>
    Images = 14,

    /// <summary>
    /// Consult an advice service before anyone at home is told, because a parent, a relative or a partner may be the actor
    /// (version 3); no step for the parents or for that person comes before it.
    /// </summary>
    ConsultFirst = 15,
}
