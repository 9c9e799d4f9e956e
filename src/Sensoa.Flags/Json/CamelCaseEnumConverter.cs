using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sensoa.Flags.Json;

/// <summary>Writes and reads an enum as its camelCase name (<c>handsOn</c>), never as a number.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Initializes a new instance of the <see cref="CamelCaseEnumConverter{TEnum}"/> class.</summary>
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
