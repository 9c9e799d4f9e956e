using System.Text.Json.Serialization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags;

/// <summary>The registration duty that follows from the final flag.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Registration>))]
public enum Registration
{
    /// <summary>No registration is required (green, yellow, or no flag yet).</summary>
    None = 0,

    /// <summary>Register in the organisation's own file (red).</summary>
    Internal = 1,

    /// <summary>Register internally and report to the competent external services (black).</summary>
    InternalAndExternal = 2,
}
