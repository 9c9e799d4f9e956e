using System.Globalization;
using System.Text;
using CsCheck;

namespace Sensoa.Flags.Tests.Fuzzing;

/// <summary>One change to the bytes of an input; positions wrap around the current length, so any value is usable and shrinks well.</summary>
internal readonly record struct Mutation(MutationKind Kind, int At, int Other, int Length, int Pick)
{
    /// <summary>Extremes and near-misses put in place of a number.</summary>
    private static readonly string[] Numbers =
    [
        "-1", "-0", "0", "121", "120", "120.0000001", "5.999999", "6", "1e400", "-1e400", "1e-400", "1.7976931348623157e308",
        "4.9e-324", "9223372036854775808", "-9223372036854775809", "18446744073709551616", "1E+2", "1.5", "NaN", "Infinity",
        "01", "1.", ".5", "+1", "1e", "0x10", "99999999999999999999999999999999999999", "-", "\"14\"", "null", "true",
    ];

    /// <summary>Tokens of the contract and of JSON, put in place of another token.</summary>
    private static readonly string[] Tokens =
    [
        "\"green\"", "\"yellow\"", "\"red\"", "\"black\"", "\"unknown\"", "\"purple\"", "\"Green\"", "\"handsOn\"", "\"handsOff\"",
        "\"organisationRule\"", "\"unsafeContext\"", "\"other\"", "\"flanders\"", "\"netherlands\"", "\"school\"", "\"online\"",
        "\"p1\"", "\"p2\"", "\"b1\"", "\"\"", "\" \"", "\"id\"", "\"actorId\"", "\"affectedIds\"", "\"criteria\"", "\"override\"",
        "\"reason\"", "\"consent\"", "\"impact\"", "\"people\"", "\"behaviours\"", "\"ageYears\"", "\"selfRespect\"",
        "null", "true", "false", "0", "-1", "[]", "{}", "[null]", "{\"a\":1}", ",", ":", "{", "}", "[", "]", "\"", "\\",
    ];

    /// <summary>Odd bytes: byte-order marks, NUL, broken UTF-8, escapes of lone surrogates, bidi and line separators.</summary>
    private static readonly byte[][] Odd =
    [
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00], [0xC0, 0xAF], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xE2, 0x82], [0xFF], [0x7F], [0x1B], [0x0D], [0x09],
        U("\u2028"), U("\u202E"), U("\u200B"), U("\U0001F6A9"), U("İ"), U("ı"), U("é"), U("ﬀ"),
        U("\\u0000"), U("\\ud800"), U("\\udfff"), U("\\ud83d\\udea9"), U("\\u202e"), U("\\\""), U("\\x"), U("\\u12"),
        U("\"extra\":1,"), U("\"id\":\"p1\","), U("//"), U("/*"), U("*/"), U(new string('a', 70)), U("\"" + new string('z', 65) + "\""),
        U("[[[[[[[[[[[[[[[[[[[["), U("]]]]"), U("{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":{\"a\":"), U("1e400"), U(",,"), U("::"),
    ];

    public static Gen<Mutation> Gen { get; } = CsCheck.Gen.Select(
        CsCheck.Gen.Enum<MutationKind>(), CsCheck.Gen.Int[0, int.MaxValue], CsCheck.Gen.Int[0, int.MaxValue], CsCheck.Gen.Int[1, 64], CsCheck.Gen.Int[0, 1 << 16],
        (kind, at, other, length, pick) => new Mutation(kind, at, other, length, pick));

    /// <summary>Applies the mutation; the input is not changed.</summary>
    public byte[] Apply(byte[] input)
    {
        var bytes = new List<byte>(input);
        var n = bytes.Count;
        switch (Kind)
        {
            case MutationKind.FlipBit when n > 0:
                bytes[At % n] ^= (byte)(1 << (Pick % 8));
                break;
            case MutationKind.SetByte when n > 0:
                bytes[At % n] = (byte)Pick;
                break;
            case MutationKind.InsertByte:
                bytes.Insert(At % (n + 1), (byte)Pick);
                break;
            case MutationKind.DeleteSpan when n > 0:
                var start = At % n;
                bytes.RemoveRange(start, Math.Min(Length, n - start));
                break;
            case MutationKind.Truncate:
                bytes.RemoveRange(At % (n + 1), n - (At % (n + 1)));
                break;
            case MutationKind.DuplicateSpan when n > 0:
                var from = At % n;
                var span = bytes.GetRange(from, Math.Min(Length * (1 + (Pick % 4)), n - from));
                bytes.InsertRange(Other % (n + 1), span);
                break;
            case MutationKind.SwapTokens:
                return SwapTokens(input);
            case MutationKind.ReplaceNumber:
                return ReplaceToken(input, t => t.IsNumber, Numbers[Pick % Numbers.Length]);
            case MutationKind.ReplaceToken:
                return ReplaceToken(input, _ => true, Tokens[Pick % Tokens.Length]);
            case MutationKind.InsertOdd:
                var odd = Odd[Pick % Odd.Length];
                var tokens = Token.Split(input);
                var where = tokens.Count > 0 && (Other & 1) == 0 ? tokens[At % tokens.Count].Start : At % (n + 1);
                bytes.InsertRange(where, odd);
                break;
        }

        return [.. bytes];
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind}({At}, {Other}, {Length}, {Pick})");

    private static byte[] U(string text) => Encoding.UTF8.GetBytes(text);

    private byte[] SwapTokens(byte[] input)
    {
        var tokens = Token.Split(input);
        if (tokens.Count < 2)
        {
            return input;
        }

        var (a, b) = (tokens[At % tokens.Count], tokens[Other % tokens.Count]);
        if (a.Start == b.Start)
        {
            return input;
        }

        var (first, second) = a.Start < b.Start ? (a, b) : (b, a);
        var result = new List<byte>(input.Length);
        result.AddRange(input.AsSpan(0, first.Start));
        result.AddRange(input.AsSpan(second.Start, second.Length));
        result.AddRange(input.AsSpan(first.End, second.Start - first.End));
        result.AddRange(input.AsSpan(first.Start, first.Length));
        result.AddRange(input.AsSpan(second.End));
        return [.. result];
    }

    private byte[] ReplaceToken(byte[] input, Func<Token, bool> which, string replacement)
    {
        var tokens = Token.Split(input).Where(which).ToList();
        if (tokens.Count == 0)
        {
            return input;
        }

        var token = tokens[At % tokens.Count];
        return [.. input.AsSpan(0, token.Start), .. Encoding.UTF8.GetBytes(replacement), .. input.AsSpan(token.End)];
    }
}
