namespace Sensoa.Flags.Guidance;

/// <summary>One condition under which an assessment lists a referral, with what it rests on.</summary>
/// <param name="ReferralId">The referral's stable id, for example <c>child-focus</c>.</param>
/// <param name="Jurisdiction">Where the organisation works; only incidents of this jurisdiction are routed to it.</param>
/// <param name="Situation">The situation's stable name, for example <c>sextingWithMinor</c>.</param>
/// <param name="Condition">When the situation applies, in the chosen language.</param>
/// <param name="Source">What routing it there rests on: a published document and the part of it, or the library with its reason.</param>
public sealed record ReferralCondition(string ReferralId, Jurisdiction Jurisdiction, string Situation, string Condition, Provenance Source);
