using System.Text.Json.Serialization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Guidance.Directory;

/// <summary>The situations routing looks at (docs/contract.md, Routing); the directory data says which organisation serves which.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<RoutingSituation>))]
internal enum RoutingSituation
{
    /// <summary>Any incident whose referral list is not empty (not every flag green and complete).</summary>
    AnyConcern,

    /// <summary>The setting is a school.</summary>
    School,

    /// <summary>Sexting with anyone under 18.</summary>
    SextingWithMinor,

    /// <summary>Sexting among adults only.</summary>
    SextingAdultsOnly,

    /// <summary>The setting is a workplace.</summary>
    Workplace,

    /// <summary>The setting is sport or youth work.</summary>
    SportOrYouthWork,

    /// <summary>Anyone with a disability, or disability care.</summary>
    Disability,

    /// <summary>At least 10 years ago.</summary>
    Historical,

    /// <summary>A red or black behaviour affecting someone under 18, whatever the actor's age (suspected child abuse).</summary>
    SeriousTowardsMinor,

    /// <summary>Family setting among adults only, with red or black behaviour.</summary>
    FamilyAdultsSerious,

    /// <summary>Any red or black final flag.</summary>
    Serious,

    /// <summary>Any black final flag.</summary>
    VerySerious,

    /// <summary>Policy questions: in the directory for the screener's advice; never a situation of an incident (the contact persons for integrity are routed for school too).</summary>
    PolicyQuestions,
}
