namespace Parley.Extraction.Reading;

[Flags]
internal enum TokenShape
{
    None = 0,
    Word = 1,
    Punctuation = 2,
    Quote = 4,
    Capitalized = 8,
    AllCaps = 16,
    Number = 32,
}

/// <summary>A word or mark of one sentence; <see cref="Norm"/> is the lower-cased form cues are matched on.</summary>
internal readonly record struct Token(string Text, string Norm, int Start, int End, TokenShape Shape)
{
    public bool IsWord => (Shape & TokenShape.Word) != 0;
    public bool IsQuote => (Shape & TokenShape.Quote) != 0;
    public bool IsCapitalized => (Shape & TokenShape.Capitalized) != 0;
}
