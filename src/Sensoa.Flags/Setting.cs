using System.Text.Json.Serialization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags;

/// <summary>The setting in which the behaviour took place.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Setting>))]
public enum Setting
{
    /// <summary>A school.</summary>
    School = 0,

    /// <summary>Youth work.</summary>
    YouthWork = 1,

    /// <summary>A sports club or sports activity.</summary>
    Sport = 2,

    /// <summary>A workplace.</summary>
    Workplace = 3,

    /// <summary>A family or household.</summary>
    Family = 4,

    /// <summary>Care or welfare services.</summary>
    Care = 5,

    /// <summary>Care for people with a disability.</summary>
    DisabilityCare = 6,

    /// <summary>Online: social media, chat, games.</summary>
    Online = 7,

    /// <summary>Any other setting.</summary>
    Other = 8,
}
