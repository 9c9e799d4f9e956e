using Sensoa.Flags.Rules;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>
/// <c>GET /rules</c>: the rule set as the engine loaded it (each rule's id, priority, description, tags and source), the
/// considerations the rules add and the referral conditions, each with its source, and the organisation rules of the
/// registered assessor beside them (none in this sample): the same JSON the command line prints
/// with <c>rules --format json</c>. The language comes from <c>lang=en|nl</c>, else from <c>Accept-Language</c>, else English.
/// </summary>
internal static class RuleEndpoints
{
    public static void MapRules(this IEndpointRouteBuilder app) =>
        app.MapGet("/rules", (HttpRequest request, IFlagAssessor assessor, string? lang) => GuideEndpoints.Answer(request, lang, c => RuleSetJson.Serialize(FlagAssessor.Describe(assessor, c))))
            .WithName("DescribeRules")
            .WithTags(ApiTags.Guidance)
            .WithSummary("List the rules, considerations and referral conditions with their sources")
            .WithDescription("The rule set's version; every rule in the order it runs, with its id, priority, description and tags; the "
                + "considerations the rules add; when an assessment lists an organisation to turn to. Each names the published "
                + "document and the part it rests on, or says it is the library's own choice and why. Beside them, organisationRules: "
                + "the organisation's own rules of this assessor (name, priority, description), empty when it has none.")
            .Produces<RuleSetDescription>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
}
