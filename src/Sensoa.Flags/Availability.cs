using System.Text.Json.Serialization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags;

/// <summary>Whether an organisation can be reached at the moment asked (see <see cref="AssessmentOptions.TimeProvider"/>).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Availability>))]
public enum Availability
{
    /// <summary>Open at that moment (24/7 lines always are).</summary>
    Open = 0,

    /// <summary>Closed at that moment; the referral says when it next opens.</summary>
    Closed = 1,

    /// <summary>The source gives no opening hours, or the time zone is not available on this system.</summary>
    Unknown = 2,
}
