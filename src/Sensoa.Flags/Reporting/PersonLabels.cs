using System.Globalization;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Reporting;

/// <summary>
/// Names each person of the incident for the report by role and age ("person who acted, 14 years"), because an id such
/// as <c>p1</c> says nothing to whoever reads the case file later. People who would get the same name are numbered in
/// the incident's order. An id the incident does not have is shown as it is.
/// </summary>
internal sealed class PersonLabels
{
    private readonly Dictionary<string, string> labels = new(StringComparer.Ordinal);

    public PersonLabels(Incident incident, CultureInfo culture)
    {
        var names = incident.People.Select(person => Name(incident, person, culture)).ToList();
        for (var index = 0; index < incident.People.Count; index++)
        {
            var same = names.Count(n => n == names[index]);
            var label = same == 1 ? names[index] : string.Create(culture, $"{names[index]} ({names.Take(index + 1).Count(n => n == names[index])})");
            labels.TryAdd(incident.People[index].Id, label);
        }
    }

    public string Label(string id) => labels.TryGetValue(id, out var label) ? label : id;

    private static string Name(Incident incident, Person person, CultureInfo culture)
    {
        var acted = incident.Behaviours.Any(b => string.Equals(b.ActorId, person.Id, StringComparison.Ordinal));
        var affected = incident.Behaviours.Any(b => b.AffectedIds.Contains(person.Id, StringComparer.Ordinal));
        var role = (acted, affected) switch
        {
            (true, true) => "report.personActedAndAffected",
            (true, false) => "report.personActed",
            (false, true) => "report.personAffected",
            _ => "report.personInvolved",
        };
        return Texts.Format(role, culture, Texts.Format("report.years", culture, person.AgeYears.ToString("0.##", culture)));
    }
}
