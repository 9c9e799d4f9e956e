using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Sensoa.Flags.Rules;

namespace Sensoa.Flags.Api.Tests.Endpoints;

public sealed class RuleEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task GetRules_Default_EnglishSameAsTheLibrary()
    {
        using var response = await factory.CreateClient().GetAsync("/rules");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await response.Content.ReadAsStringAsync()).Should().Be(RuleSetJson.Serialize(FlagAssessor.Describe()));
    }

    [Fact]
    public async Task GetRules_SampleAssessor_NoOrganisationRules()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/rules"));

        json.RootElement.GetProperty("organisationRules").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task GetRules_AssessorWithOrganisationRules_ListsThemBesideTheLibrarys()
    {
        var assessor = FlagAssessor.Create(o => o.AddRules(typeof(HouseRule)));
        using var app = factory.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton(assessor)));

        using var json = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/rules"));

        var organisation = json.RootElement.GetProperty("organisationRules").EnumerateArray().ToArray();
        organisation.Should().ContainSingle();
        organisation[0].GetProperty("id").GetString().Should().Be("club.houseRule");
        organisation[0].GetProperty("description").GetString().Should().Be("No phones in the changing room.");
        json.RootElement.GetProperty("rules").GetArrayLength().Should().Be(FlagAssessor.DescribeRules().Count, "the library's rules are listed as before");
    }

    [NRules.Fluent.Dsl.Name("club.houseRule")]
    [NRules.Fluent.Dsl.Description("No phones in the changing room.")]
    public sealed class HouseRule : NRules.Fluent.Dsl.Rule
    {
        public override void Define()
        {
            Sensoa.Flags.Rules.Organisation.BehaviourView view = null!;
            When().Match(() => view, v => v.Labels.Contains("phone"));
            Then().Do(ctx => Sensoa.Flags.Rules.Organisation.OrganisationContextExtensions.RaiseConcern(ctx, view, "a phone"));
        }
    }

    [Fact]
    public async Task GetRules_LangNl_DutchDescriptionsSameSources()
    {
        var english = FlagAssessor.Describe();
        var body = await factory.CreateClient().GetStringAsync("/rules?lang=nl");

        body.Should().Be(RuleSetJson.Serialize(FlagAssessor.Describe(CultureInfo.GetCultureInfo("nl"))));
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("language").GetString().Should().Be("nl");
        var rules = json.RootElement.GetProperty("rules").EnumerateArray().ToArray();
        rules.Select(r => r.GetProperty("id").GetString()).Should().Equal(english.Rules.Select(r => r.Id));
        rules[0].GetProperty("description").GetString().Should().NotBe(english.Rules[0].Description, "the descriptions are Dutch");
        rules[0].GetProperty("source").GetProperty("document").GetString().Should().Be(english.Rules[0].Source.Document, "titles stay as published");
    }

    [Fact]
    public async Task GetRules_EveryRuleConsiderationAndReferralCondition_NamesItsSource()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/rules"));
        var root = json.RootElement;

        root.GetProperty("ruleSetVersion").GetString().Should().Be(FlagAssessor.RuleSetVersion);
        foreach (var list in new[] { "rules", "considerations", "referralConditions" })
        {
            var items = root.GetProperty(list).EnumerateArray().ToArray();
            items.Should().NotBeEmpty(list);
            foreach (var item in items)
            {
                var source = item.GetProperty("source");
                source.GetProperty("document").GetString().Should().NotBeNullOrWhiteSpace(list);
                source.GetProperty("part").GetString().Should().NotBeNullOrWhiteSpace(list);
            }
        }

        root.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString())
            .Should().Contain(["criteria.mostSevere", "sexting.distribution", "organisation.concern", "flag.ceiling", "history.repetition", "history.knownBoundary"]);
        root.GetProperty("considerations").EnumerateArray().Select(r => r.GetProperty("id").GetString())
            .Should().Equal("sexting.distribution", "intimacy.handsOn", "intimacy.handsOff", "awareness.atTheTime", "history.onRecord");
        root.GetProperty("referralConditions").EnumerateArray()
            .Should().Contain(c => c.GetProperty("referralId").GetString() == "vertrouwenscentrum-kindermishandeling"
                && c.GetProperty("situation").GetString() == "suspectedChildAbuse"
                && c.GetProperty("jurisdiction").GetString() == "flanders");
    }

    [Fact]
    public async Task GetRules_AcceptLanguageNl_Dutch()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/rules");
        request.Headers.TryAddWithoutValidation("Accept-Language", "nl-BE");
        using var response = await factory.CreateClient().SendAsync(request);

        (await response.Content.ReadAsStringAsync()).Should().Contain("\"language\": \"nl\"");
    }

    [Theory]
    [InlineData("/rules?lang=de")]
    [InlineData("/rules?lang=")]
    public async Task GetRules_BadLang_400Problem(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors.Should().ContainSingle().Which.Path.Should().Be("?lang");
    }
}
