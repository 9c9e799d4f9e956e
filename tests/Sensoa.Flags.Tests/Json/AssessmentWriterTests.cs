using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CsCheck;
using Microsoft.Extensions.Time.Testing;
using Sensoa.Flags.Json;
using Sensoa.Flags.Tests.Properties;

namespace Sensoa.Flags.Tests.Json;

/// <summary>
/// The hand-written writer gives exactly the bytes of the source-generated serializer that defines the contract's
/// shape (the one <see cref="SensoaJson.DeserializeAssessment"/> reads with), on every path: string, bytes,
/// buffer writer, stream.
/// </summary>
public sealed class AssessmentWriterTests
{
    private static readonly JsonTypeInfo<Assessment> Serializer =
        (JsonTypeInfo<Assessment>)SensoaJson.SchemaOptions.GetTypeInfo(typeof(Assessment));

    private static readonly Gen<AssessmentOptions> Options =
        from dutch in Gen.Bool
        from minutes in Gen.Int[0, 60 * 24 * 14].Nullable()
        select new AssessmentOptions
        {
            Culture = CultureInfo.GetCultureInfo(dutch ? "nl" : "en"),
            TimeProvider = minutes is { } m ? new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(1)).AddMinutes(m)) : null,
        };

    [Fact]
    public void SerializeToUtf8Bytes_RandomAssessments_SameBytesAsSerializer() =>
        Gen.Select(Generators.RichIncident, Options).Sample(
            (incident, options) =>
            {
                var assessment = Assess.Incident(incident, options);
                return SensoaJson.SerializeToUtf8Bytes(assessment).AsSpan().SequenceEqual(JsonSerializer.SerializeToUtf8Bytes(assessment, Serializer));
            },
            iter: 300);

    [Theory]
    [MemberData(nameof(Samples.Names), MemberType = typeof(Samples))]
    public async Task EveryWritePath_ShippedSample_SameBytesAsSerializer(string name)
    {
        var options = new AssessmentOptions { TimeProvider = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 15, 59, 0, TimeSpan.FromHours(1))) };
        var assessment = Assess.Assessor.AssessJson(Samples.Read(name), options).Assessment!;
        var expected = JsonSerializer.SerializeToUtf8Bytes(assessment, Serializer);

        SensoaJson.SerializeToUtf8Bytes(assessment).Should().Equal(expected);
        SensoaJson.Serialize(assessment).Should().Be(Encoding.UTF8.GetString(expected));

        var buffer = new ArrayBufferWriter<byte>(1);
        SensoaJson.Write(assessment, buffer);
        buffer.WrittenSpan.ToArray().Should().Equal(expected);

        var stream = new MemoryStream();
        await SensoaJson.WriteAsync(assessment, stream);
        stream.ToArray().Should().Equal(expected);
    }

    [Fact]
    public void Write_EveryOptionalReferralFieldAndAwkwardText_SameBytesAsSerializer()
    {
        var assessment = Assess.Incident(IncidentBuilder.Flanders().Behaviour(IncidentBuilder.Criteria(CriterionRating.Red)).Build()) with
        {
            RuleSetVersion = "é \"quoted\" \\ \u0001 \u2028 \U0001F6A9 <b>&",
            Referrals =
            [
                new Referral
                {
                    Id = "x", Name = "Name", Why = "why", Phone = "1", Hours = "h", WhatTheyDo = "w", Contact = "c", Mail = "m", Website = "s",
                    Availability = Availability.Closed,
                    OpensAt = new DateTimeOffset(2026, 11, 30, 9, 0, 0, 123, TimeSpan.FromHours(1)),
                    ClosesAt = new DateTimeOffset(2026, 11, 30, 17, 30, 0, TimeSpan.FromHours(-5)),
                    AvailabilityNote = "note",
                },
                new Referral { Id = "y", Name = "n", Why = "w" },
            ],
        };

        SensoaJson.SerializeToUtf8Bytes(assessment).Should().Equal(JsonSerializer.SerializeToUtf8Bytes(assessment, Serializer));
    }

    [Fact]
    public void Write_NullItemsInLists_WrittenAsNullLikeSerializer()
    {
        var assessment = new Assessment { RuleSetVersion = "1", Behaviours = [null!], Referrals = [null!] };
        SensoaJson.SerializeToUtf8Bytes(assessment).Should().Equal(JsonSerializer.SerializeToUtf8Bytes(assessment, Serializer));
    }

    [Fact]
    public void Write_NullWhereTheContractForbidsIt_JsonExceptionLikeSerializer()
    {
        var assessment = new Assessment { RuleSetVersion = null!, Behaviours = [], Referrals = [] };
        FluentActions.Invoking(() => JsonSerializer.SerializeToUtf8Bytes(assessment, Serializer)).Should().Throw<JsonException>();
        FluentActions.Invoking(() => SensoaJson.SerializeToUtf8Bytes(assessment)).Should().Throw<JsonException>();
    }

    [Fact]
    public void Write_UndefinedEnumValue_JsonExceptionLikeSerializer()
    {
        var valid = Assess.Incident(IncidentBuilder.Flanders().Behaviour(IncidentBuilder.Criteria(CriterionRating.Red)).Build());
        var assessment = valid with { Behaviours = [valid.Behaviours[0] with { Flag = (Flag)42 }] };
        FluentActions.Invoking(() => JsonSerializer.SerializeToUtf8Bytes(assessment, Serializer)).Should().Throw<JsonException>();
        FluentActions.Invoking(() => SensoaJson.SerializeToUtf8Bytes(assessment)).Should().Throw<JsonException>();
    }

    [Fact]
    public void Write_AfterAFailedWrite_NextWriteIsWhole()
    {
        // The pooled writer must not carry a half-written document into the next call.
        var valid = Assess.Incident(IncidentBuilder.Flanders().Behaviour(IncidentBuilder.Criteria(CriterionRating.Red)).Build());
        var broken = valid with { Behaviours = [valid.Behaviours[0] with { Flag = (Flag)42 }] };
        FluentActions.Invoking(() => SensoaJson.Serialize(broken)).Should().Throw<JsonException>();
        SensoaJson.SerializeToUtf8Bytes(valid).Should().Equal(JsonSerializer.SerializeToUtf8Bytes(valid, Serializer));
    }

    [Fact]
    public void Write_LargeAssessment_SameBytesAndPoolDoesNotKeepIt()
    {
        var builder = IncidentBuilder.Flanders();
        for (var i = 0; i < Limits.MaxBehaviours; i++)
        {
            builder = builder.Behaviour(IncidentBuilder.Criteria(CriterionRating.Black));
        }

        var assessment = Assess.Incident(builder.Build(), new AssessmentOptions { Culture = CultureInfo.GetCultureInfo("nl") });
        var expected = JsonSerializer.SerializeToUtf8Bytes(assessment, Serializer);
        expected.Length.Should().BeGreaterThan(256 * 1024, "the case must exceed the size the pool keeps");
        SensoaJson.SerializeToUtf8Bytes(assessment).Should().Equal(expected);
        SensoaJson.SerializeToUtf8Bytes(Small()).Should().Equal(JsonSerializer.SerializeToUtf8Bytes(Small(), Serializer));

        static Assessment Small() => Assess.Incident(IncidentBuilder.Flanders().Behaviour(IncidentBuilder.Criteria(CriterionRating.Red)).Build());
    }

    [Fact]
    public void Write_IntoAReusedBuffer_SameBytesEveryTime()
    {
        // The HTTP sample writes every answer into a buffer it reuses: what the writer keeps between writes (property
        // names, enum values, its own buffers) must never leak one write into the next. How little a write allocates is
        // the benchmarks' to measure.
        var assessment = FlagAssessor.Create().AssessJson(Samples.Read("two-person-sexting.json")).Assessment!;
        var expected = JsonSerializer.SerializeToUtf8Bytes(assessment, Serializer);
        var buffer = new ArrayBufferWriter<byte>(256 * 1024);
        for (var i = 0; i < 3; i++)
        {
            buffer.ResetWrittenCount();
            SensoaJson.Write(assessment, buffer);
            buffer.WrittenSpan.ToArray().Should().Equal(expected, $"write {i + 1}");
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public void Write_TextsKeptEncoded_SameBytesAsSerializer(string language)
    {
        // Texts that live as long as the process (the library's own, and a literal such as this one) are written from
        // their kept encoding: the bytes must not change, also for a text with characters to escape.
        const string awkward = "é \"quoted\" \\ \u0001 \u2028 \U0001F6A9 <b>&";
        var assessment = FlagAssessor.Create().AssessJson(Samples.Read("netherlands-sexting-black.json"), new AssessmentOptions { Culture = CultureInfo.GetCultureInfo(language) }).Assessment!;
        assessment = assessment with { Referrals = [.. assessment.Referrals, new Referral { Id = "x", Name = awkward, Why = awkward }] };

        SensoaJson.SerializeToUtf8Bytes(assessment).Should().Equal(JsonSerializer.SerializeToUtf8Bytes(assessment, Serializer));
        SensoaJson.SerializeToUtf8Bytes(assessment).Should().Equal(JsonSerializer.SerializeToUtf8Bytes(assessment, Serializer), "the second write reads every text from the table");
    }
}
