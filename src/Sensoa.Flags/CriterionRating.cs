using System.Text.Json.Serialization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags;

/// <summary>The level a professional gives one criterion: a flag colour, or <see cref="Unknown"/> when it cannot be told yet.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<CriterionRating>))]
public enum CriterionRating
{
    /// <summary>The criterion is at the green level.</summary>
    Green = 0,

    /// <summary>The criterion is at the yellow level.</summary>
    Yellow = 1,

    /// <summary>The criterion is at the red level.</summary>
    Red = 2,

    /// <summary>The criterion is at the black level.</summary>
    Black = 3,

    /// <summary>The professional cannot rate the criterion yet; it does not count towards the flag.</summary>
    Unknown = 4,
}
