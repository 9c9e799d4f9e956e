namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>What the professional records to move the incident on (names in files: camelCase, e.g. <c>youngPeopleHeard</c>).</summary>
public enum SextingTrigger
{
    /// <summary>The signals are mapped: map signals → consult.</summary>
    SignalsMapped,

    /// <summary>A colleague or the care structure was consulted (input: <c>consulted</c>): consult → talk to young people.</summary>
    Consulted,

    /// <summary>The young people were heard (input: <c>conversations</c>): → talk to parents.</summary>
    YoungPeopleHeard,

    /// <summary>The parents were heard (input: <c>parentContacts</c>): → weigh.</summary>
    ParentsHeard,

    /// <summary>The behaviour was weighed (input: <c>incident</c>, <c>criminalCasePossible</c>): → decide.</summary>
    Weighed,

    /// <summary>The decision was taken (input: <c>decision</c>): → follow-up.</summary>
    Decided,

    /// <summary>The follow-up was done (input: <c>checkedIn</c>): → closed.</summary>
    FollowedUp,

    /// <summary>The police were asked whether the images must be kept or deleted (input: <c>policeAdvice</c>); the step stays.</summary>
    PoliceAsked,

    /// <summary>The images were deleted; the step stays. Refused while the police may still need them.</summary>
    ImagesDeleted,

    /// <summary>Flanders: the school's contact person for sexting is involved: involve contact person → weigh.</summary>
    ContactPersonInvolved,

    /// <summary>Flanders: the handling was evaluated: evaluate → closed.</summary>
    Evaluated,
}
