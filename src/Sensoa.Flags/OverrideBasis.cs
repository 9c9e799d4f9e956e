using System.Text.Json.Serialization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags;

/// <summary>The ground a professional gives for recording a final flag other than the computed one.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<OverrideBasis>))]
public enum OverrideBasis
{
    /// <summary>The degree of intimacy (hands-on) makes it heavier; may only raise the flag.</summary>
    Intimacy = 0,

    /// <summary>The frequency of the behaviour makes it heavier; may only raise the flag.</summary>
    Frequency = 1,

    /// <summary>The person should have been aware of the boundary and its consequences; may only raise the flag.</summary>
    Awareness = 2,

    /// <summary>The context is unsafe (pitfall "Dat mag hier niet!"); may only turn green into yellow.</summary>
    UnsafeContext = 3,

    /// <summary>A house rule or policy of the organisation (pitfall "Dat mag hier niet!"); may only turn green into yellow.</summary>
    OrganisationRule = 4,

    /// <summary>The combination of the criteria makes it heavier ("a flag can change through the combination of criteria"); may only raise the flag.</summary>
    Combination = 5,
}
