using System.Text.Json.Serialization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags;

/// <summary>Whom a response is addressed to.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ResponseRole>))]
public enum ResponseRole
{
    /// <summary>The person whose behaviour it is.</summary>
    Actor = 0,

    /// <summary>The person or people affected by the behaviour.</summary>
    Affected = 1,

    /// <summary>Those who saw or know of it.</summary>
    Bystanders = 2,

    /// <summary>Parents or guardians.</summary>
    Parents = 3,
}
