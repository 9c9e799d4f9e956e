namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>
/// The steps of a sexting incident. The Netherlands' route (the reporting code's five steps, talking split in two, then
/// follow-up) uses the first eight in declaration order; the Flemish route orders them differently and adds
/// <see cref="InvolveContactPerson"/> and <see cref="Evaluate"/> (appended, so that the numbers of the others stay).
/// </summary>
public enum SextingStep
{
    /// <summary>Step 1: map the signals (<c>mapSignals</c>).</summary>
    MapSignals,

    /// <summary>Step 2: consult a colleague and the internal care structure, experts where needed (<c>consult</c>).</summary>
    Consult,

    /// <summary>Step 3a: talk to the young people involved, each separately (<c>talkToYoungPeople</c>).</summary>
    TalkToYoungPeople,

    /// <summary>Step 3b: then talk to the parents or guardians (<c>talkToParents</c>).</summary>
    TalkToParents,

    /// <summary>Step 4: weigh the behaviour and its severity with the flag system (<c>weigh</c>).</summary>
    Weigh,

    /// <summary>Step 5: decide: organise help yourself, call in other professionals, or report (<c>decide</c>).</summary>
    Decide,

    /// <summary>Always: follow up with those involved (<c>followUp</c>).</summary>
    FollowUp,

    /// <summary>The incident is closed; nothing more can be fired (<c>closed</c>).</summary>
    Closed,

    /// <summary>Flanders, step 1: involve the school's contact person for sexting, a teacher or CLB staff member (<c>involveContactPerson</c>).</summary>
    InvolveContactPerson,

    /// <summary>Flanders, last step: look back on how the incident was handled (<c>evaluate</c>).</summary>
    Evaluate,
}
