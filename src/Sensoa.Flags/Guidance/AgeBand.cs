using System.Text.Json.Serialization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Guidance;

/// <summary>The age group of a worked example, by the actor's age at the time.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<AgeBand>))]
public enum AgeBand
{
    /// <summary>Under 6 years.</summary>
    UnderSix = 0,

    /// <summary>From 6 to under 12 years.</summary>
    SixToTwelve = 1,

    /// <summary>From 12 to under 18 years.</summary>
    TwelveToEighteen = 2,

    /// <summary>18 years and older.</summary>
    Adult = 3,
}
