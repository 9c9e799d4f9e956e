using System.Text.Json.Serialization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags;

/// <summary>The colour given to one behaviour of one person, ordered from least to most severe.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Flag>))]
public enum Flag
{
    /// <summary>Acceptable, healthy and positive sexual behaviour.</summary>
    Green = 0,

    /// <summary>Lightly boundary-crossing behaviour.</summary>
    Yellow = 1,

    /// <summary>Seriously boundary-crossing behaviour.</summary>
    Red = 2,

    /// <summary>Very seriously boundary-crossing behaviour; the heaviest flag.</summary>
    Black = 3,
}
