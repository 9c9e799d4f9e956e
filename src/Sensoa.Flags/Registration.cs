using System.Text.Json.Serialization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags;

/// <summary>The flag system's advice on record keeping that follows from the final flag; advice, never a legal duty.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Registration>))]
public enum Registration
{
    /// <summary>Nothing to record (green, yellow, or no flag yet).</summary>
    None = 0,

    /// <summary>Register in the organisation's own file (red).</summary>
    Internal = 1,

    /// <summary>Record it internally and involve an external service (black).</summary>
    InternalAndExternal = 2,
}
