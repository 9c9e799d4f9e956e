using System.Text.Json.Serialization;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Guidance;

/// <summary>The duty of confidentiality a professional has, which decides whether a named consultation needs consent.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ConfidentialityDuty>))]
public enum ConfidentialityDuty
{
    /// <summary>The professional does not know which applies.</summary>
    Unknown = 0,

    /// <summary>Professional secrecy (beroepsgeheim).</summary>
    ProfessionalSecrecy = 1,

    /// <summary>A duty of discretion (discretieplicht).</summary>
    DutyOfDiscretion = 2,

    /// <summary>Neither professional secrecy nor a duty of discretion.</summary>
    Neither = 3,
}
