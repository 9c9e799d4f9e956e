using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Sensoa.Flags.Api.Tests.Localization;

/// <summary>Problem titles and error messages follow <c>lang</c>, else <c>Accept-Language</c>; types, paths and codes never change.</summary>
public sealed class DutchProblemsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly byte[] Invalid = Encoding.UTF8.GetBytes("""{ "jurisdiction": "wallonia", "setting": "school", "people": [], "behaviours": [] }""");

    [Fact]
    public async Task PostAssessments_LangNl_DutchTitleAndMessagesSamePathsAndCodes()
    {
        var english = await SendAsync("/assessments", Invalid, null);
        var dutch = await SendAsync("/assessments?lang=nl", Invalid, null);

        english.Title.Should().Be("The incident is not valid.");
        dutch.Title.Should().Be("Het incident is niet geldig.");
        dutch.Type.Should().Be(english.Type);
        dutch.Errors.Select(e => (e.Path, e.Code)).Should().Equal(english.Errors.Select(e => (e.Path, e.Code)));
        dutch.Errors.Should().Contain(new ValidationError("$.people", ValidationCodes.Required, "minstens één persoon is verplicht"));
        dutch.Errors.Should().Equal(FlagAssessor.Create().AssessJson(Invalid, new AssessmentOptions { Culture = CultureInfo.GetCultureInfo("nl") }).Errors);
    }

    [Fact]
    public async Task PostAssessments_AcceptLanguageNlBe_Dutch_LangWins()
    {
        (await SendAsync("/assessments", Invalid, "nl-BE, en;q=0.5")).Title.Should().Be("Het incident is niet geldig.");
        (await SendAsync("/assessments?lang=en", Invalid, "nl-BE")).Title.Should().Be("The incident is not valid.");
        (await SendAsync("/assessments", Invalid, "de-BE")).Title.Should().Be("The incident is not valid.");
    }

    [Fact]
    public async Task Detail_DutchPlurals_OneProblemAndTwoProblems()
    {
        var one = Encoding.UTF8.GetBytes("""{ "jurisdiction": "flanders", "setting": "school", "people": [], "behaviours": [ ] , "x": 1 }""");
        using var client = factory.CreateClient();
        var single = await DetailAsync(client, "/assessments?lang=nl", Encoding.UTF8.GetBytes("""{ "jurisdiction": "flanders", "setting": "school", "people": [{"id":"p1","ageYears":14}], "behaviours": [] }"""));
        single.Should().Be("1 probleem gevonden; de fout wijst de waarde aan met haar JSON-pad.");
        (await DetailAsync(client, "/assessments?lang=nl", one)).Should().StartWith("3 problemen gevonden");
    }

    [Fact]
    public async Task InvalidQuery_AcceptLanguageNl_DutchMessageForTheApisOwnError()
    {
        var problem = await SendAsync("/assessments?format=pdf", Invalid, "nl");
        problem.Title.Should().Be("De query is niet geldig.");
        problem.Errors.Should().Equal(new ValidationError("?format", ValidationCodes.UnknownValue, "geen toegelaten waarde; verwacht een van json, md, html"));
    }

    [Fact]
    public async Task UnsupportedMediaType_LangNl_DutchTitleSameCode()
    {
        using var client = factory.CreateClient();
        using var content = new ByteArrayContent(Invalid);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var response = await client.PostAsync(new Uri("/assessments?lang=nl", UriKind.Relative), content);
        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        var problem = await Problem.ReadAsync(response);
        problem.Title.Should().Be("De body van het verzoek is geen JSON.");
        problem.Errors.Should().Equal(new ValidationError("$", "unsupportedMediaType", "verwacht Content-Type: application/json"));
    }

    private async Task<Problem> SendAsync(string path, byte[] body, string? acceptLanguage)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = Problem.Json(body) };
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await client.SendAsync(request);
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        return await Problem.ReadAsync(response);
    }

    private static async Task<string> DetailAsync(HttpClient client, string path, byte[] body)
    {
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), Problem.Json(body));
        using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        return document.RootElement.GetProperty("detail").GetString()!;
    }
}
