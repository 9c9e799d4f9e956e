using System.Globalization;

namespace Sensoa.Flags.Validation;

/// <summary>
/// A JSON path held in pieces (<c>$.behaviours</c>, <c>[3]</c>, <c>.affectedIds</c>, <c>[1]</c>, <c>.consent</c>) and
/// written out only when an error is reported, so that validating a valid incident builds no strings.
/// </summary>
internal readonly struct ValidationPath
{
    private readonly string root;
    private readonly int index;
    private readonly string? member;
    private readonly int index2;
    private readonly string? leaf;

    private ValidationPath(string root, int index, string? member, int index2, string? leaf)
    {
        this.root = root;
        this.index = index;
        this.member = member;
        this.index2 = index2;
        this.leaf = leaf;
    }

    /// <summary>A path of a fixed text, for example <c>$.people</c>.</summary>
    public static ValidationPath Of(string root) => new(root, -1, null, -1, null);

    /// <summary>This path with an array index after it: <c>[i]</c>.</summary>
    public ValidationPath Item(int i) =>
        index < 0 ? new(root, i, member, index2, leaf) : new(root, index, member, i, leaf);

    /// <summary>This path with a member after it, given with its dot: <c>.id</c>. A path holds at most two members after its first index.</summary>
    public ValidationPath Then(string dotName) =>
        member is null && index2 < 0 ? new(root, index, dotName, index2, leaf) : new(root, index, member, index2, dotName);

    public override string ToString()
    {
        var text = root;
        if (index >= 0)
        {
            text += "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        }

        text += member;
        if (index2 >= 0)
        {
            text += "[" + index2.ToString(CultureInfo.InvariantCulture) + "]";
        }

        return text + leaf;
    }
}
