using System.Text.Json.Serialization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags;

/// <summary>The degree of intimacy: touching or only visual or verbal.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Intimacy>))]
public enum Intimacy
{
    /// <summary>The behaviour involves touching.</summary>
    HandsOn = 0,

    /// <summary>The behaviour is only visual or verbal.</summary>
    HandsOff = 1,
}
