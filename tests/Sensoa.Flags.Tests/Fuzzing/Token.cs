namespace Sensoa.Flags.Tests.Fuzzing;

/// <summary>A rough JSON token in a byte buffer (a string, a number, a word or one punctuation byte), for swapping and replacing.</summary>
internal readonly record struct Token(int Start, int Length, bool IsNumber)
{
    public int End => Start + Length;

    /// <summary>Splits bytes into rough tokens; it never fails, whatever the bytes.</summary>
    public static List<Token> Split(ReadOnlySpan<byte> bytes)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < bytes.Length)
        {
            var c = bytes[i];
            if (c is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                i++;
                continue;
            }

            var start = i;
            if (c == '"')
            {
                i++;
                while (i < bytes.Length && bytes[i] != '"')
                {
                    i += bytes[i] == '\\' ? 2 : 1;
                }

                i = Math.Min(i + 1, bytes.Length);
                tokens.Add(new Token(start, i - start, false));
            }
            else if (c is (byte)'{' or (byte)'}' or (byte)'[' or (byte)']' or (byte)',' or (byte)':')
            {
                tokens.Add(new Token(start, 1, false));
                i++;
            }
            else
            {
                while (i < bytes.Length && bytes[i] is not ((byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'"' or (byte)'{' or (byte)'}' or (byte)'[' or (byte)']' or (byte)',' or (byte)':'))
                {
                    i++;
                }

                tokens.Add(new Token(start, i - start, c is (byte)'-' || char.IsAsciiDigit((char)c)));
            }
        }

        return tokens;
    }
}
