namespace Sensoa.Flags;

/// <summary>The stable codes of <see cref="ValidationError.Code"/>.</summary>
public static class ValidationCodes
{
    /// <summary>The text is not well-formed JSON (or not UTF-8).</summary>
    public const string InvalidJson = "invalidJson";

    /// <summary>A required property is missing or null.</summary>
    public const string Required = "required";

    /// <summary>A property the contract does not know.</summary>
    public const string UnknownProperty = "unknownProperty";

    /// <summary>A property given twice in one object.</summary>
    public const string DuplicateProperty = "duplicateProperty";

    /// <summary>A value of the wrong JSON type.</summary>
    public const string WrongType = "wrongType";

    /// <summary>A string that is not one of the allowed values.</summary>
    public const string UnknownValue = "unknownValue";

    /// <summary>A number outside its allowed range.</summary>
    public const string OutOfRange = "outOfRange";

    /// <summary>An id used twice.</summary>
    public const string DuplicateId = "duplicateId";

    /// <summary>An id that names no person of the incident.</summary>
    public const string DanglingId = "danglingId";

    /// <summary>A value that breaks a rule of the contract (for example an actor listed as affected by their own behaviour).</summary>
    public const string Invalid = "invalid";

    /// <summary>An input, array, string or nesting beyond the documented limits (see <see cref="Limits"/>).</summary>
    public const string TooLarge = "tooLarge";
}
