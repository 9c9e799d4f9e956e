using System.Globalization;
using System.Text;
using Sensoa.Flags.Guidance.Directory;

namespace Sensoa.Flags.Tests.Guidance;

/// <summary>The shipped directory's own reader: everything the file says arrives, and a mistake in it fails with its path.</summary>
public sealed class DirectoryReaderTests
{
    private const string Organisation = """
        {
          "id": "x", "jurisdiction": "flanders", "source": "s",
          "phone": "1712", "mail": null, "website": "a website", "timeZone": "Europe/Brussels",
          "hours": { "alwaysOpen": false, "weekly": [ { "days": ["monday", "friday"], "from": "09:00", "to": "17:00" } ],
                     "note": true },
          "situations": ["school", "workplace"]
        }
        """;

    private static DirectoryDocument Read(string json) => DirectoryReader.Read(Encoding.UTF8.GetBytes(json));

    private static string Document(string organisation) => $$"""{ "version": "1.2.3", "organisations": [ {{organisation}} ] }""";

    [Fact]
    public void Read_EveryField()
    {
        var document = Read(Document(Organisation));

        document.Version.Should().Be("1.2.3");
        document.Sources.Should().BeNull();
        var entry = document.Organisations.Should().ContainSingle().Subject;
        entry.Id.Should().Be("x");
        entry.Jurisdiction.Should().Be(Jurisdiction.Flanders);
        entry.Texts.Select(t => t.Key).Should().Equal(
            "directory.flanders.x.name", "directory.flanders.x.whatTheyDo", "directory.flanders.x.contact", "directory.flanders.x.why", "directory.flanders.x.hours.note");
        entry.Phone.Should().Be("1712");
        entry.Mail.Should().BeNull();
        entry.Website.Should().Be("a website");
        entry.TimeZone.Should().Be("Europe/Brussels");
        entry.Situations.Should().Equal(RoutingSituation.School, RoutingSituation.Workplace);
        entry.Hours!.AlwaysOpen.Should().BeFalse();
        entry.Hours.Note!.Key.Should().Be("directory.flanders.x.hours.note");
        var interval = entry.Hours.Weekly.Should().ContainSingle().Subject;
        interval.Days.Should().Equal(DayOfWeek.Monday, DayOfWeek.Friday);
        (interval.Start, interval.End).Should().Be((new TimeOnly(9, 0), new TimeOnly(17, 0)));
    }

    [Fact]
    public void Read_OptionalPartsAbsent()
    {
        var organisation = Organisation
            .Replace("\"phone\": \"1712\", \"mail\": null, \"website\": \"a website\",", "", StringComparison.Ordinal);
        var hoursAt = organisation.IndexOf("\"hours\"", StringComparison.Ordinal);
        organisation = organisation[..hoursAt] + "\"hours\": { \"alwaysOpen\": true }, \"situations\": [] }";

        var entry = Read(Document(organisation)).Organisations.Single();

        (entry.Phone, entry.Mail, entry.Website).Should().Be((null, null, null));
        entry.Hours!.AlwaysOpen.Should().BeTrue();
        entry.Hours.Weekly.Should().BeEmpty();
        entry.Hours.Note.Should().BeNull();
        entry.Texts.Should().HaveCount(4, "name, what they do, contact and why, without a note");
        entry.Situations.Should().BeEmpty();
    }

    [Theory]
    [InlineData("\"id\": \"x\",", "\"id\": \"x\", \"fax\": \"1\",", "$.organisations[0].fax: unknown property; allowed here: id, jurisdiction,")]
    [InlineData("\"id\": \"x\",", "", "$.organisations[0].id: required")]
    [InlineData("\"id\": \"x\",", "\"id\": 7,", "$.organisations[0].id: expected a string, found a number")]
    [InlineData("\"jurisdiction\": \"flanders\"", "\"jurisdiction\": \"wallonia\"", "$.organisations[0].jurisdiction: not an allowed value; expected one of flanders, netherlands")]
    [InlineData("\"source\": \"s\",", "\"source\": \"s\", \"name\": { \"en\": \"N\" },", "$.organisations[0].name: unknown property")]
    [InlineData("\"note\": true", "\"note\": { \"en\": \"chat\" }", "$.organisations[0].hours.note: expected true or false, found an object")]
    [InlineData("\"alwaysOpen\": false", "\"alwaysOpen\": \"no\"", "$.organisations[0].hours.alwaysOpen: expected true or false, found a string")]
    [InlineData("\"from\": \"09:00\"", "\"from\": \"9 am\"", "$.organisations[0].hours.weekly[0].from: expected a time as HH:mm")]
    [InlineData("\"monday\", \"friday\"", "\"monday\", \"someday\"", "$.organisations[0].hours.weekly[0].days[1]: not an allowed value; expected one of sunday, monday,")]
    [InlineData("\"situations\": [\"school\", \"workplace\"]", "\"situations\": \"school\"", "$.organisations[0].situations: expected an array, found a string")]
    public void Read_Mistake_FailsWithItsPath(string find, string replace, string message)
    {
        var broken = Document(Organisation.Replace(find, replace, StringComparison.Ordinal));

        var read = () => Read(broken);

        read.Should().Throw<InvalidDataException>().Which.Message.Should().Contain(message);
    }

    [Fact]
    public void Read_NotJson_Fails()
    {
        var read = () => Read("{ \"version\": ");

        read.Should().Throw<InvalidDataException>().WithMessage("$.version: not valid JSON at line 1*");
    }

    [Fact]
    public void Read_ShippedDirectory_AsTheSerializerRead()
    {
        // The organisations the router and the tests see come through this reader; a spot check of each shape.
        var organisations = ReferralDirectoryData.Organisations;

        organisations.Should().HaveCount(19);
        organisations.Should().OnlyContain(o => o.Situations.Count > 0 && Languages.Supported.All(code => o.Name.In(CultureInfo.GetCultureInfo(code)).Length > 0));
        organisations.Count(o => o.Hours?.Note is not null).Should().Be(2);
        organisations.Count(o => o.Hours is { AlwaysOpen: false, Weekly.Count: > 0 }).Should().BeGreaterThan(3);
    }
}
