using Sensoa.Flags;

namespace Sensoa.Flags.Tests;

/// <summary>A small builder for incidents in tests: one actor and one affected person by default.</summary>
internal sealed class IncidentBuilder
{
    private readonly List<Person> people = [];
    private readonly List<Behaviour> behaviours = [];
    private Jurisdiction jurisdiction = Jurisdiction.Flanders;
    private Setting setting = Setting.School;
    private bool involvesSexting;
    private double occurredYearsAgo;

    public static IncidentBuilder Flanders() => new();

    public IncidentBuilder In(Jurisdiction value)
    {
        jurisdiction = value;
        return this;
    }

    public IncidentBuilder At(Setting value)
    {
        setting = value;
        return this;
    }

    public IncidentBuilder Sexting(bool value = true)
    {
        involvesSexting = value;
        return this;
    }

    public IncidentBuilder YearsAgo(double value)
    {
        occurredYearsAgo = value;
        return this;
    }

    public IncidentBuilder Person(string id, double age, bool disability = false, bool lowFunctioning = false)
    {
        people.Add(new Person { Id = id, AgeYears = age, HasDisability = disability, LowFunctioning = lowFunctioning });
        return this;
    }

    public IncidentBuilder Behaviour(Behaviour behaviour)
    {
        behaviours.Add(behaviour);
        return this;
    }

    /// <summary>Adds a behaviour of <paramref name="actor"/> (default p1) at the given criteria.</summary>
    public IncidentBuilder Behaviour(
        Criteria criteria,
        string actor = "p1",
        string[]? affected = null,
        bool repeated = false,
        bool priorSerious = false,
        bool aware = false,
        bool distributes = false,
        Intimacy? intimacy = null,
        OverrideRequest? overrideRequest = null,
        string? id = null,
        Relation? relation = null)
    {
        behaviours.Add(new Behaviour
        {
            Id = id ?? $"b{behaviours.Count + 1}",
            ActorId = actor,
            AffectedIds = affected ?? [],
            Criteria = criteria,
            Repeated = repeated,
            PriorSeriousAddressed = priorSerious,
            AwareAtTheTime = aware,
            DistributesImages = distributes,
            Intimacy = intimacy,
            Relation = relation,
            Override = overrideRequest,
        });
        return this;
    }

    public Incident Build() => new()
    {
        Jurisdiction = jurisdiction,
        Setting = setting,
        InvolvesSexting = involvesSexting,
        OccurredYearsAgo = occurredYearsAgo,
        People = people.Count > 0 ? [.. people] : [new Person { Id = "p1", AgeYears = 14 }, new Person { Id = "p2", AgeYears = 14 }],
        Behaviours = [.. behaviours],
    };

    /// <summary>Criteria all green except the given ones.</summary>
    public static Criteria Criteria(CriterionRating worst, params Criterion[] at)
    {
        var criteria = Flags.Criteria.AllAt(CriterionRating.Green);
        foreach (var criterion in at.Length == 0 ? [Criterion.Consent] : at)
        {
            criteria = criteria.With(criterion, worst);
        }

        return criteria;
    }
}
