using System.Text.Json.Serialization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags;

/// <summary>Where the incident is handled; it decides the referral route.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Jurisdiction>))]
public enum Jurisdiction
{
    /// <summary>Flanders (Belgium).</summary>
    Flanders = 0,

    /// <summary>The Netherlands.</summary>
    Netherlands = 1,
}
