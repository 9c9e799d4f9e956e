using NRules.Fluent.Dsl;
using Sensoa.Flags.Rules.Organisation;

namespace Sensoa.Flags.OrganisationRules;

/// <summary>
/// A sports club's house rule: no phone cameras in the changing rooms. The club's case system labels such a behaviour
/// <c>phone-camera-in-changing-room</c>; the rule raises a concern about it. The library applies the concern under the
/// pitfall "Dat mag hier niet!": a green flag becomes yellow, and a flag the criteria already made heavier stays as it is.
/// </summary>
[Name(Id)]
[Description("Club house rule: no phone cameras in the changing rooms.")]
internal sealed class PhoneInChangingRoomRule : Rule
{
    public const string Id = "club.phoneCameraInChangingRoom";

    public const string Label = "phone-camera-in-changing-room";

    public override void Define()
    {
        BehaviourView behaviour = null!;
        When().Match(() => behaviour, b => b.Labels.Contains(Label));
        Then().Do(ctx => ctx.RaiseConcern(behaviour, "a phone camera was used in the changing room, which the club's house rule forbids", Flag.Yellow));
    }
}
