using System.Globalization;
using Sensoa.Flags.Json;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags;

/// <summary>
/// Labels for people of the values an integrator shows (a flag, a status, a registration, a response role, a setting, a
/// criterion, a referral's availability, ...), in English and Dutch: print <c>SensoaLabels.Of(Registration.InternalAndExternal, nl)</c>,
/// not the enum's name. A label is an entry of the library's language table keyed by the enum's name and the value's
/// contract name (<c>label.registration.internalAndExternal</c>), so labelling a new enum takes entries and no code.
/// </summary>
public static class SensoaLabels
{
    /// <summary>Gets the label of a value in a language.</summary>
    /// <typeparam name="TEnum">The enum, e.g. <see cref="Flag"/> or <see cref="Setting"/>.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="culture">The language: Dutch for <c>nl</c>, <c>nl-BE</c>, ...; English otherwise.</param>
    /// <returns>The label, e.g. "internal registration and consulting an external service" or "rood".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not one of the enum's, or the enum has no labels.</exception>
    public static string Of<TEnum>(TEnum value, CultureInfo culture)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(culture);
        return TryGet(value, culture, out var label)
            ? label
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no label for this value.");
    }

    /// <summary>Gets the label of a value in a language, if it has one.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="culture">The language.</param>
    /// <param name="label">The label; empty when there is none.</param>
    /// <returns>Whether the value has a label.</returns>
    public static bool TryGet<TEnum>(TEnum value, CultureInfo culture, out string label)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(culture);
        label = string.Empty;
        if (!EnumNames<TEnum>.IsDefined(value))
        {
            return false;
        }

        var name = typeof(TEnum).Name;
        var key = string.Concat("label.", char.ToLowerInvariant(name[0]).ToString(), name[1..], ".", EnumNames<TEnum>.Name(value));
        if (!Texts.TryGet(key, culture, out var text))
        {
            return false;
        }

        label = text;
        return true;
    }
}
