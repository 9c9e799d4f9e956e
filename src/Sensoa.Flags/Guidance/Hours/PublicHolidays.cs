namespace Sensoa.Flags.Guidance.Hours;

/// <summary>
/// The public holidays of Belgium and the Netherlands, computed for any year (Easter by the Gregorian computus), so that a
/// service that is not open day and night is closed on them. Belgium: the ten legal public holidays. The Netherlands:
/// the general holidays of the Algemene termijnenwet. Regional or sector days off (11 July in Flanders, Good Friday) are
/// not in either list: the directory's sources do not say those services close then.
/// </summary>
internal static class PublicHolidays
{
    /// <summary>Gets the holiday test of the country whose time zone an organisation uses; null for another zone.</summary>
    public static Func<DateOnly, bool>? ForTimeZone(string timeZone) => timeZone switch
    {
        "Europe/Brussels" => IsBelgian,
        "Europe/Amsterdam" => IsDutch,
        _ => null,
    };

    public static bool IsBelgian(DateOnly date) => Belgium(date.Year).Contains(date);

    public static bool IsDutch(DateOnly date) => Netherlands(date.Year).Contains(date);

    /// <summary>New Year, Easter Monday, Labour Day, Ascension, Whit Monday, National Day, Assumption, All Saints, Armistice, Christmas.</summary>
    public static IReadOnlyList<DateOnly> Belgium(int year)
    {
        var easter = Easter(year);
        return
        [
            new(year, 1, 1), easter.AddDays(1), new(year, 5, 1), easter.AddDays(39), easter.AddDays(50),
            new(year, 7, 21), new(year, 8, 15), new(year, 11, 1), new(year, 11, 11), new(year, 12, 25),
        ];
    }

    /// <summary>New Year, Easter Sunday and Monday, King's Day, Liberation Day, Ascension, Whit Sunday and Monday, Christmas and the day after.</summary>
    public static IReadOnlyList<DateOnly> Netherlands(int year)
    {
        var easter = Easter(year);
        var kingsDay = new DateOnly(year, 4, 27);
        if (kingsDay.DayOfWeek == DayOfWeek.Sunday)
        {
            kingsDay = kingsDay.AddDays(-1); // on a Sunday it moves to the Saturday before
        }

        return
        [
            new(year, 1, 1), easter, easter.AddDays(1), kingsDay, new(year, 5, 5), easter.AddDays(39),
            easter.AddDays(49), easter.AddDays(50), new(year, 12, 25), new(year, 12, 26),
        ];
    }

    /// <summary>Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).</summary>
    public static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
