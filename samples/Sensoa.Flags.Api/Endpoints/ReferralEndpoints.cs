using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary><c>GET /referrals</c>: the library's referral directory, in its fixed order.</summary>
internal static class ReferralEndpoints
{
    public static void MapReferrals(this IEndpointRouteBuilder app)
    {
        app.MapGet("/referrals", ListReferrals)
            .WithName("ListReferrals")
            .WithTags(ApiTags.Referrals)
            .WithSummary("List the organisations to turn to")
            .WithDescription("Every organisation of the directory with its phone number, hours and what it does, in the directory's "
                + "fixed order; with a time (at), which of them are open then.")
            .Produces<ReferralList>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static IResult ListReferrals(TimeProvider clock, string? lang, string? at)
    {
        if (!QueryOptions.TryParse(lang, at, clock, out var options, out var problem))
        {
            return problem;
        }

        var referrals = ReferralDirectory.List(options).ToArray();
        return Results.Ok(new ReferralList(ReferralDirectory.Version, referrals));
    }
}
