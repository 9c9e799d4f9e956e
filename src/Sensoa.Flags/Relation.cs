using System.Text.Json.Serialization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags;

/// <summary>
/// Who the actor of a behaviour is to the people it affects. It steers routing and the responses: when a parent, a
/// relative or a partner may be the actor, nobody at home is told before an advice service is consulted.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Relation>))]
public enum Relation
{
    /// <summary>Of about the same standing: classmates, friends, teammates.</summary>
    Peer = 0,

    /// <summary>A parent, step-parent, guardian, sibling or other relative.</summary>
    Family = 1,

    /// <summary>A spouse, or someone they live with as a couple.</summary>
    Partner = 2,

    /// <summary>Someone with a professional role towards them: a teacher, coach, carer or youth worker.</summary>
    Professional = 3,

    /// <summary>A colleague.</summary>
    Colleague = 4,

    /// <summary>A client, pupil or parent towards a professional.</summary>
    Client = 5,

    /// <summary>Any other relation.</summary>
    Other = 6,
}
