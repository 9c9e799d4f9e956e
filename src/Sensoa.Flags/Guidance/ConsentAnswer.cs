using System.Text.Json.Serialization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Guidance;

/// <summary>What the library can say about consent to consult; it never decides that consent is or is not required for a named consultation.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ConsentAnswer>))]
public enum ConsentAnswer
{
    /// <summary>An anonymous consultation needs no consent of those involved.</summary>
    NotNeeded = 0,

    /// <summary>A named consultation: it depends on the professional's duty; the library explains, the professional decides.</summary>
    DependsOnYourDuty = 1,
}
