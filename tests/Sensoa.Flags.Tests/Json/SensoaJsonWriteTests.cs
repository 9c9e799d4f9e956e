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
/// Every write path of <see cref="SensoaJson"/> gives exactly the bytes of the source-generated serializer that
/// defines the contract's shape (the one <see cref="SensoaJson.DeserializeAssessment"/> reads with): string, bytes,
/// buffer writer (whose layout comes from its own writer options), stream.
/// </summary>
public sealed class SensoaJsonWriteTests
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
    public void Write_RandomAssessments_SameBytesAsSerializer() =>
        Gen.Select(Generators.RichIncident, Options).Sample(
            (incident, options) =>
            {
                var assessment = Assess.Incident(incident, options);
                var buffer = new ArrayBufferWriter<byte>();
                SensoaJson.Write(assessment, buffer);
                return buffer.WrittenSpan.SequenceEqual(JsonSerializer.SerializeToUtf8Bytes(assessment, Serializer));
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

        var buffer = new ArrayBufferWriter<byte>();
        SensoaJson.Write(assessment, buffer);
        buffer.WrittenSpan.ToArray().Should().Equal(JsonSerializer.SerializeToUtf8Bytes(assessment, Serializer));
    }

    [Fact]
    public void Write_NullItemsInLists_WrittenAsNullLikeSerializer()
    {
        var assessment = new Assessment { RuleSetVersion = "1", Behaviours = [null!], Referrals = [null!] };
        var buffer = new ArrayBufferWriter<byte>();
        SensoaJson.Write(assessment, buffer);
        buffer.WrittenSpan.ToArray().Should().Equal(JsonSerializer.SerializeToUtf8Bytes(assessment, Serializer));
    }

    [Fact]
    public void Write_NullWhereTheContractForbidsIt_JsonExceptionLikeSerializer()
    {
        var assessment = new Assessment { RuleSetVersion = null!, Behaviours = [], Referrals = [] };
        FluentActions.Invoking(() => JsonSerializer.SerializeToUtf8Bytes(assessment, Serializer)).Should().Throw<JsonException>();
        FluentActions.Invoking(() => SensoaJson.Write(assessment, new ArrayBufferWriter<byte>())).Should().Throw<JsonException>();
    }

    [Fact]
    public void Write_UndefinedEnumValue_JsonExceptionLikeSerializer()
    {
        var valid = Assess.Incident(IncidentBuilder.Flanders().Behaviour(IncidentBuilder.Criteria(CriterionRating.Red)).Build());
        var assessment = valid with { Behaviours = [valid.Behaviours[0] with { Flag = (Flag)42 }] };
        FluentActions.Invoking(() => JsonSerializer.SerializeToUtf8Bytes(assessment, Serializer)).Should().Throw<JsonException>();
        FluentActions.Invoking(() => SensoaJson.Write(assessment, new ArrayBufferWriter<byte>())).Should().Throw<JsonException>();
    }

    [Fact]
    public void Write_IntoAReusedBuffer_SameBytesEveryTime()
    {
        // The HTTP sample writes every answer into a buffer it reuses: nothing of one write may leak into the next. How
        // little a write allocates is the benchmarks' to measure.
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
}
