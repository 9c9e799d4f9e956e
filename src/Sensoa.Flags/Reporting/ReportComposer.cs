using System.Globalization;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Reporting;

/// <summary>Walks the incident and its assessment in a fixed order and hands each part to the writer.</summary>
internal sealed class ReportComposer
{
    private readonly Incident incident;
    private readonly Assessment assessment;
    private readonly ReportDetails details;
    private readonly CultureInfo culture;
    private readonly IReportWriter writer;
    private readonly PersonLabels people;

    public ReportComposer(Incident incident, Assessment assessment, ReportDetails details, CultureInfo culture, IReportWriter writer)
    {
        this.incident = incident;
        this.assessment = assessment;
        this.details = details;
        this.culture = culture;
        this.writer = writer;
        people = new PersonLabels(incident, culture);
    }

    public string Compose()
    {
        var footer = string.IsNullOrEmpty(details.CaseReference)
            ? T("report.title")
            : string.Concat(T("report.caseReference"), " ", details.CaseReference, " · ", T("report.title"));
        writer.Begin(T("report.title"), Languages.Of(culture), footer, T("report.pageOfPages"));
        writer.Heading(1, T("report.title"));
        writer.Paragraph(T("report.intro"));
        WriteDetails();
        WriteIncident();
        var number = 0;
        foreach (var result in assessment.Behaviours)
        {
            number++;
            var behaviour = incident.Behaviours.FirstOrDefault(b => string.Equals(b.Id, result.BehaviourId, StringComparison.Ordinal))
                ?? throw new ArgumentException("The assessment names a behaviour that the incident does not have.", nameof(assessment));
            WriteBehaviour(behaviour, result, number);
        }

        WriteReferrals();
        return writer.End();
    }

    /// <summary>What the case file needs first: when, which case, by whom, with which rules.</summary>
    private void WriteDetails()
    {
        var fields = new List<ReportField>();
        if (details.AssessedAt is { } moment)
        {
            fields.Add(new(T("report.assessedAt"), Moment(moment)));
        }

        Add(fields, "report.caseReference", details.CaseReference);
        Add(fields, "report.author", details.Author);
        fields.Add(new(T("report.ruleSetVersion"), assessment.RuleSetVersion));
        writer.Fields(fields);
    }

    /// <summary>The moment in Brussels (Amsterdam) time, where the professional is, with its UTC offset so that it stays unambiguous.</summary>
    private string Moment(DateTimeOffset moment)
    {
        var zone = Guidance.Hours.TimeZones.Find(incident.Jurisdiction == Jurisdiction.Netherlands ? "Europe/Amsterdam" : "Europe/Brussels");
        var local = zone is null ? moment : TimeZoneInfo.ConvertTime(moment, zone);
        var offset = local.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return local.ToString("d MMMM yyyy, HH:mm", culture)
            + string.Create(CultureInfo.InvariantCulture, $" (UTC{sign}{offset.Duration():hh\\:mm})");
    }

    private void WriteIncident()
    {
        writer.Heading(2, T("report.incident"));
        writer.Fields(
        [
            new(T("report.jurisdiction"), Texts.Enum("report.jurisdiction", incident.Jurisdiction, culture)),
            new(T("report.setting"), Texts.Enum("report.setting", incident.Setting, culture)),
            new(T("report.occurredYearsAgo"), incident.OccurredYearsAgo.ToString("0.##", culture)),
            new(T("report.involvesSexting"), YesNo(incident.InvolvesSexting, culture)),
        ]);
        writer.Heading(3, T("report.people"));
        writer.Table(
            [T("report.person"), T("report.age"), T("report.hasDisability"), T("report.lowFunctioning"), T("report.idInInput")],
            [.. incident.People.Select(p => (IReadOnlyList<ReportCell>)
            [
                people.Label(p.Id), p.AgeYears.ToString("0.##", culture), YesNo(p.HasDisability, culture), YesNo(p.LowFunctioning, culture), p.Id,
            ])]);
        WriteHistory();
    }

    /// <summary>
    /// The case file's earlier behaviours, latest first (the order the rules name them in), with their dates. Shown as
    /// behaviour, never as a verdict on a person: the note above the table says so.
    /// </summary>
    private void WriteHistory()
    {
        if (incident.History.Count == 0)
        {
            return;
        }

        writer.Heading(3, T("report.history"));
        writer.Paragraph(T("report.historyNote"));
        var entries = incident.History
            .OrderByDescending(e => e.OccurredOn)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();
        writer.Table(
            [T("report.historyEntry"), T("report.person"), T("report.historyDate"), T("report.historyFlag"), T("report.historyAddressed"), T("report.historyKind")],
            [.. entries.Select(e => (IReadOnlyList<ReportCell>)
            [
                e.Id, people.Label(e.PersonId), e.OccurredOn.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture),
                new ReportCell(Texts.Flag(e.Flag, culture), e.Flag), YesNo(e.Addressed, culture),
                e.Labels.Count == 0 ? T("report.none") : Texts.Join(e.Labels, culture),
            ])]);
    }

    private void WriteBehaviour(Behaviour behaviour, BehaviourAssessment result, int number)
    {
        writer.Heading(2, Texts.Format("report.behaviour", culture, number, people.Label(behaviour.ActorId), behaviour.Id));
        if (!string.IsNullOrWhiteSpace(behaviour.Description))
        {
            writer.Heading(3, T("report.description"));
            writer.Quote(behaviour.Description);
        }

        writer.Heading(3, T("report.flags"));
        writer.Fields(
        [
            new(T("report.criteriaFlag"), Texts.Flag(result.CriteriaFlag, culture), result.CriteriaFlag),
            new(T("report.computedFlag"), Texts.Flag(result.ComputedFlag, culture), result.ComputedFlag),
            new(T("report.finalFlag"), Texts.Flag(result.Flag, culture), result.Flag),
            new(T("report.status"), Texts.Enum("report.status", result.Status, culture)),
            new(T("report.registration"), Texts.Enum("report.registration", result.Registration, culture)),
        ]);

        writer.Heading(3, T("report.criteria"));
        writer.Table(
            [T("report.criterion"), T("report.rating"), T("report.levelMeans")],
            [.. Enum.GetValues<Criterion>().Select(c => (IReadOnlyList<ReportCell>)
            [
                Texts.Criterion(c, culture), Rating(behaviour.Criteria[c]),
                Guidance.SensoaCriteria.Describe(c, behaviour.Criteria[c], culture)?.Description ?? T("report.notRatedYet"),
            ])]);
        writer.Paragraph(SourceNote(Guidance.SensoaCriteria.Source));

        writer.Heading(3, T("report.facts"));
        writer.Fields(
        [
            new(T("report.affected"), behaviour.AffectedIds.Count == 0 ? T("report.none") : Texts.Join([.. behaviour.AffectedIds.Select(people.Label)], culture)),
            new(T("report.repeated"), YesNo(behaviour.Repeated, culture)),
            new(T("report.priorSeriousAddressed"), YesNo(behaviour.PriorSeriousAddressed, culture)),
            new(T("report.awareAtTheTime"), YesNo(behaviour.AwareAtTheTime, culture)),
            new(T("report.distributesImages"), YesNo(behaviour.DistributesImages, culture)),
            new(T("report.intimacy"), behaviour.Intimacy is { } intimacy ? Texts.Enum("report.intimacy", intimacy, culture) : T("report.none")),
            new(T("report.relation"), behaviour.Relation is { } relation ? Texts.Enum("report.relation", relation, culture) : T("report.relationUnknown")),
        ]);

        writer.Heading(3, T("report.firedRules"));
        writer.Table(
            [T("report.rule"), T("report.from"), T("report.to"), T("report.explanation")],
            [.. result.FiredRules.Select(r => (IReadOnlyList<ReportCell>)
            [
                r.Id, new ReportCell(Texts.Flag(r.From, culture), r.From), new ReportCell(Texts.Flag(r.To, culture), r.To), r.Message,
            ])]);

        WriteOverride(behaviour, result);

        if (result.Considerations.Count > 0)
        {
            writer.Heading(3, T("report.considerations"));
            writer.List([.. result.Considerations.Select(c => c.Message)]);
        }

        WriteExample(behaviour);

        if (result.Responses.Count > 0)
        {
            writer.Heading(3, T("report.responses"));
            foreach (var response in result.Responses)
            {
                // Netherlands texts name parents and bystanders the Dutch way ("ouders/verzorgers", "omstanders"), as the steps do.
                writer.Heading(4, incident.Jurisdiction == Jurisdiction.Netherlands && response.Role is ResponseRole.Parents or ResponseRole.Bystanders
                    ? T("report.role." + Json.EnumNames<ResponseRole>.Name(response.Role) + ".netherlands")
                    : Texts.Enum("report.role", response.Role, culture));
                writer.Table(
                    [T("report.step"), T("report.whatToDo"), T("report.stepSource")],
                    [.. response.Steps.Select((text, i) => (IReadOnlyList<ReportCell>)
                    [
                        i < response.StepDetails.Count ? Texts.Enum("report.responseStep", response.StepDetails[i].Kind, culture) : string.Empty,
                        text,
                        i < response.StepDetails.Count ? Provenance(response.StepDetails[i]) : string.Empty,
                    ])]);
            }
        }
    }

    /// <summary>Step 4 of giving a flag, compare with a worked example: the nearest of the library's own, marked as such.</summary>
    private void WriteExample(Behaviour behaviour)
    {
        var (distance, example) = Guidance.WorkedExamples.Closest(incident, behaviour.Id, 1, culture)[0];
        writer.Heading(3, T("report.example"));
        writer.Quote(example.Description);
        writer.Paragraph(Texts.Format("report.exampleFlag", culture, Texts.Flag(example.ExpectedFlag, culture), distance));
        writer.Paragraph(example.Attribution);
    }

    private void WriteOverride(Behaviour behaviour, BehaviourAssessment result)
    {
        if (result.Override is not { } outcome)
        {
            return;
        }

        writer.Heading(3, T("report.override"));
        var fields = new List<ReportField>
        {
            new(T("report.overrideFlag"), Texts.Flag(outcome.Flag, culture), outcome.Flag),
            new(T("report.basis"), Texts.Basis(outcome.Basis, culture)),
            new(T("report.accepted"), YesNo(outcome.Accepted, culture)),
        };
        if (outcome.Refusal is { } refusal)
        {
            fields.Add(new(T("report.refusal"), refusal));
        }

        if (outcome.Warning is { } warning)
        {
            fields.Add(new(T("report.warning"), warning));
        }

        writer.Fields(fields);
        if (behaviour.Override?.Reason is { Length: > 0 } reason)
        {
            writer.Heading(4, T("report.reason"));
            writer.Quote(reason);
        }

        // An override is where the pitfalls bite: the reader sees them beside it, whatever the outcome.
        writer.Heading(4, T("report.pitfalls"));
        var pitfalls = Guidance.SensoaPitfalls.Guide(culture);
        writer.List([.. pitfalls.Pitfalls.Select(p => Texts.Format("report.pitfall", culture, p.Quote, p.Title, p.Advice))]);
        writer.Paragraph(SourceNote(pitfalls.Source));
    }

    /// <summary>
    /// Where a step comes from, short enough for a table cell: the document and the heading of its part (the text before
    /// the colon, as the source prints it), or the library's own addition. The library's reason is in the JSON.
    /// </summary>
    private string Provenance(ResponseStep step) => step.Source switch
    {
        // A step of the reaction guide: the words are the library's, the kind is the guide's (version 3).
        { IsLibrary: true } when step.KindSource is { } kind && kind.Part.IndexOf(':', StringComparison.Ordinal) is > 0 and var kindColon =>
            Texts.Format("report.stepWordsOwnKindFrom", culture, kind.Document, kind.Part[..kindColon]),
        null or { IsLibrary: true } => T("report.fromLibrary"),
        { } source when source.Part.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon =>
            Texts.Format("report.stepSourcePart", culture, source.Document, source.Part[..colon]),
        { } source => Texts.Format("report.stepSourceWhole", culture, source.Document),
    };

    private string SourceNote(Guidance.SourceReference source) => source.Section is null
        ? Texts.Format("report.source", culture, source.Publisher, source.Title)
        : Texts.Format("report.sourceSection", culture, source.Publisher, source.Title, source.Section);

    private void WriteReferrals()
    {
        writer.Heading(2, T("report.referrals"));
        if (assessment.Referrals.Count == 0)
        {
            writer.Paragraph(T("report.noReferrals"));
            return;
        }

        foreach (var referral in assessment.Referrals)
        {
            writer.Heading(3, referral.Name);
            writer.Paragraph(referral.Why);
            var fields = new List<ReportField>();
            Add(fields, "report.phone", referral.Phone);
            Add(fields, "report.hours", referral.Hours);
            Add(fields, "report.contact", referral.Contact);
            Add(fields, "report.mail", referral.Mail);
            Add(fields, "report.website", referral.Website);
            if (referral.Availability is { } availability)
            {
                var state = Texts.Enum("report.availability", availability, culture);
                Add(fields, "report.availability", referral.AvailabilityNote is { } note ? state + ": " + note : state);
            }

            if (fields.Count > 0)
            {
                writer.Fields(fields);
            }
        }
    }

    private void Add(List<ReportField> fields, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields.Add(new(T(key), value));
        }
    }

    private ReportCell Rating(CriterionRating rating) => new(
        Texts.Enum("report.rating", rating, culture),
        rating == CriterionRating.Unknown ? null : (Flag)(int)rating);

    private string T(string key) => Texts.Get(key, culture);

    private static string YesNo(bool value, CultureInfo culture) => Texts.Get(value ? "report.yes" : "report.no", culture);
}
