using System.Text.Json.Serialization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags;

/// <summary>Whether a behaviour's flag is final on the information given.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<AssessmentStatus>))]
public enum AssessmentStatus
{
    /// <summary>Every criterion is rated, or the flag is already black.</summary>
    Complete = 0,

    /// <summary>Some criteria are unknown: the flag is a lower bound.</summary>
    InsufficientInformation = 1,
}
