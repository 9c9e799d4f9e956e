using CsCheck;
using Microsoft.Extensions.Time.Testing;
using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Tests.Properties;

/// <summary>Invariants of responses, routing and "open now" over random valid incidents and moments.</summary>
public sealed class GuidanceInvariantTests
{
    // An id is unique within a jurisdiction ("politie" is in both); Flanders comes first in the directory.
    private static readonly string[] DirectoryIds = [.. ReferralDirectory.Ids];

    private static readonly HashSet<string> Dutch = ["intern-zorgoverleg", "veilig-thuis", "zorg-en-veiligheidshuis", "politie"];

    private static readonly HashSet<string> DutchOnly = ["intern-zorgoverleg", "veilig-thuis", "zorg-en-veiligheidshuis"];

    private static int DirectoryOrder(string id, Jurisdiction jurisdiction) =>
        jurisdiction == Jurisdiction.Netherlands ? Array.LastIndexOf(DirectoryIds, id) : Array.IndexOf(DirectoryIds, id);

    [Fact]
    public void Referrals_EmptyExactlyWhenEverythingIsGreenAndComplete()
    {
        Generators.Incident.Sample(incident =>
        {
            var assessment = Assess.Incident(incident);
            var quiet = assessment.Behaviours.All(b => b.Flag == Flag.Green && b.Status == AssessmentStatus.Complete);
            return quiet == (assessment.Referrals.Count == 0);
        }, iter: 1000);
    }

    [Fact]
    public void Referrals_InDirectoryOrderOfTheIncidentsJurisdictionWithTheAlwaysListedOnes()
    {
        Generators.Incident.Sample(incident =>
        {
            var ids = Assess.Incident(incident).Referrals.Select(r => r.Id).ToList();
            if (ids.Count == 0)
            {
                return true;
            }

            var order = ids.Select(id => DirectoryOrder(id, incident.Jurisdiction)).ToList();
            var ordered = order.Zip(order.Skip(1)).All(p => p.First < p.Second);
            return ordered && (incident.Jurisdiction == Jurisdiction.Netherlands
                ? ids.All(Dutch.Contains) && ids[0] == "intern-zorgoverleg"
                : !ids.Any(DutchOnly.Contains) && ids.Contains("vlaams-meldpunt") && ids[^1] == "1712");
        }, iter: 1000);
    }

    [Fact]
    public void Responses_ActorFirstAndBystandersAlwaysEachWithSteps()
    {
        Generators.Incident.Sample(incident => Assess.Incident(incident).Behaviours.All(b =>
            b.Responses[0].Role == ResponseRole.Actor
            && b.Responses.Any(r => r.Role == ResponseRole.Bystanders)
            && b.Responses.All(r => r.Steps.Count > 0)
            && b.Responses.Select(r => r.Role).SequenceEqual(b.Responses.Select(r => r.Role).Order())), iter: 1000);
    }

    [Fact]
    public void OpenNow_AnyMoment_ConsistentAndNeverThrows()
    {
        var moment = Gen.Long[new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), new DateTimeOffset(2030, 12, 31, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds()]
            .Select(DateTimeOffset.FromUnixTimeSeconds);
        Generators.Incident.Select(moment).Sample(t =>
        {
            var (incident, now) = t;
            var referrals = Assess.Incident(incident, new AssessmentOptions { TimeProvider = new FakeTimeProvider(now) }).Referrals;
            return referrals.All(r => r.Availability switch
            {
                Availability.Open => r.OpensAt is null && (r.ClosesAt is null || (r.ClosesAt > now && r.ClosesAt - now <= TimeSpan.FromHours(12))),
                Availability.Closed => r.ClosesAt is null && r.OpensAt > now && r.OpensAt - now <= TimeSpan.FromDays(8),
                Availability.Unknown => r.OpensAt is null && r.ClosesAt is null && r.Hours is null,
                _ => false,
            } && r.AvailabilityNote is { Length: > 0 });
        }, iter: 500);
    }
}
