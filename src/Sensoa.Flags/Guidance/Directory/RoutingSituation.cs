using System.Text.Json.Serialization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Guidance.Directory;

/// <summary>The situations routing looks at (docs/contract.md, Routing); the directory data says which organisation serves which.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<RoutingSituation>))]
internal enum RoutingSituation
{
    /// <summary>Any incident whose referral list is not empty (not every flag green and complete).</summary>
    AnyConcern,

    /// <summary>The setting is a school, unless every behaviour is between adult colleagues (version 3).</summary>
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

    /// <summary>
    /// Suspected child abuse (version 3): a red or black behaviour affecting someone under 18 then and now, by an adult, a
    /// relative or a professional, or in the family setting.
    /// </summary>
    SuspectedChildAbuse,

    /// <summary>
    /// Violence between partners or within the family (version 3): a red or black behaviour by a partner, or in the family
    /// setting between adults, or by a relative or partner when no one affected is still a minor; also with a child in the incident.
    /// </summary>
    FamilyViolence,

    /// <summary>Any red or black final flag.</summary>
    Serious,

    /// <summary>Any black final flag.</summary>
    VerySerious,

    /// <summary>A behaviour between adult colleagues, in any setting (version 3).</summary>
    Colleagues,

    /// <summary>Any black final flag, read as possible acute danger (Flanders: the police, the library's own addition; version 3).</summary>
    AcuteDanger,

    /// <summary>Policy questions: in the directory for the screener's advice; never a situation of an incident (the contact persons for integrity are routed for school too).</summary>
    PolicyQuestions,
}
