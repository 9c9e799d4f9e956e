using System.Text.Json.Serialization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags;

/// <summary>The six criteria of the Sensoa flag system, in the order Sensoa lists them.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Criterion>))]
public enum Criterion
{
    /// <summary>Whether everyone involved clearly agrees.</summary>
    Consent = 0,

    /// <summary>Whether there is pressure, coercion or imposed secrecy.</summary>
    Voluntariness = 1,

    /// <summary>Whether those involved are equals in age, maturity, intelligence or authority.</summary>
    Equality = 2,

    /// <summary>Whether the behaviour fits the development or functioning level.</summary>
    Development = 3,

    /// <summary>Whether the behaviour fits the context and respects privacy and others.</summary>
    Context = 4,

    /// <summary>Whether the behaviour harms the person or others (older texts: self-respect).</summary>
    Impact = 5,
}
