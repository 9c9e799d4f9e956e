using System.Globalization;
using System.Resources;
using Sensoa.Flags.Procedures.Logbook;

namespace Sensoa.Flags.Tests.Validation;

/// <summary>An error made from another assembly's resource table localizes like the library's own.</summary>
public sealed class ValidationErrorFromResourceTests
{
    // Another assembly's table, as an integrator's would be: the procedures' (English neutral, Dutch beside it).
    private static readonly ResourceManager Table = new("Sensoa.Flags.Procedures.Localization.Procedures", typeof(EvidenceLogbook).Assembly);

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    [Fact]
    public void FromResource_Text_EnglishAsMadeAndDutchLocalized()
    {
        var error = ValidationError.FromResource("$.caseId", ValidationCodes.Required, Table, "error.required");

        error.Should().Be(new ValidationError("$.caseId", ValidationCodes.Required, "required"));
        error.Localize(Dutch).Should().Be(new ValidationError("$.caseId", ValidationCodes.Required, "verplicht"));
        error.Localize(CultureInfo.GetCultureInfo("de")).Message.Should().Be("required");
    }

    [Fact]
    public void Localize_NumbersInAnyLanguage_DigitsWithoutGrouping()
    {
        var error = ValidationError.FromResource("$.ageYears", ValidationCodes.OutOfRange, Table, "error.range", 0, 12000);

        error.Message.Should().Be("must be from 0 to 12000");
        error.Localize(Dutch).Message.Should().Be("moet tussen 0 en 12000 liggen");
    }

    [Fact]
    public void Localize_ErrorQuotedInAnother_QuotedInTheSameLanguage()
    {
        var inner = ValidationError.FromResource("$.x", ValidationCodes.Required, Table, "error.required");

        var outer = ValidationError.FromResource("$.x", ValidationCodes.Invalid, Table, "error.notAllowed", inner);

        outer.Message.Should().Be("not an allowed value; expected one of required");
        outer.Localize(Dutch).Message.Should().Be("geen toegelaten waarde; verwacht een van verplicht");
    }

    [Fact]
    public void FromResource_KeyTheTableLacks_ShowsTheKey()
    {
        ValidationError.FromResource("$", ValidationCodes.Invalid, Table, "no.such.key").Localize(Dutch).Message.Should().Be("no.such.key");
    }

    [Fact]
    public void FromResource_NoTable_Throws()
    {
        var act = () => ValidationError.FromResource("$", ValidationCodes.Invalid, null!, "error.required");

        act.Should().Throw<ArgumentNullException>();
    }
}
