namespace Parley.Extraction.Reading;

/// <summary>A phrase found in a sentence: tokens [Start, End) matched pattern <see cref="Pattern"/>.</summary>
internal readonly record struct PhraseMatch(int Pattern, int Start, int End);

/// <summary>
/// Finds every compiled phrase in a token array. Patterns are indexed by their first word (exact
/// words in a dictionary, prefixes by their first three letters) so a sentence costs one or two
/// dictionary look-ups per token, and matching never backtracks beyond a pattern's own gaps.
/// </summary>
internal sealed class PhraseMatcher
{
    private const int PrefixKeyLength = 3;
    private readonly List<PhrasePattern> _patterns = [];
    private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byPrefix = new(StringComparer.Ordinal);
    // Every token is looked up by its first letters: by span, so that no substring is allocated per token.
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> _byPrefixSpan;
    private readonly List<int> _shortPrefixes = [];

    public PhraseMatcher() => _byPrefixSpan = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// One-word verbs of saying that may stand in an attribution set off by commas inside a clause ("Presidential elections, she
    /// said, would take place …"): a phrase passes over such an aside as over the writer's quotation marks.
    /// </summary>
    public HashSet<string> AsideVerbs { get; } = new(StringComparer.Ordinal);

    public int Add(PhrasePattern pattern)
    {
        var id = _patterns.Count;
        _patterns.Add(pattern);
        foreach (var choice in pattern.Elements[0].Choices)
        {
            var atom = choice[0];
            if (!atom.Prefix)
            {
                AddTo(_byWord, atom.Text, id);
            }
            else if (atom.Text.Length >= PrefixKeyLength)
            {
                AddTo(_byPrefix, atom.Text[..PrefixKeyLength], id);
            }
            else if (!_shortPrefixes.Contains(id))
            {
                _shortPrefixes.Add(id);
            }
        }
        return id;
    }

    private static void AddTo(Dictionary<string, List<int>> index, string key, int id)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        if (!list.Contains(id))
        {
            list.Add(id);
        }
    }

    public PhrasePattern this[int id] => _patterns[id];

    /// <summary>All matches, the longest one per pattern and start token.</summary>
    public List<PhraseMatch> FindAll(Token[] tokens)
    {
        var found = new List<PhraseMatch>();
        var asides = Asides(tokens);
        for (var start = 0; start < tokens.Length; start++)
        {
            var norm = tokens[start].Norm;
            if (_byWord.TryGetValue(norm, out var exact))
            {
                Try(exact, tokens, start, found, asides);
            }
            if (norm.Length >= PrefixKeyLength && _byPrefixSpan.TryGetValue(norm.AsSpan(0, PrefixKeyLength), out var prefixed))
            {
                Try(prefixed, tokens, start, found, asides);
            }
            if (_shortPrefixes.Count > 0)
            {
                Try(_shortPrefixes, tokens, start, found, asides);
            }
        }
        return found;
    }

    /// <summary>
    /// For each comma that opens an attribution aside (", she said,", ", the minister added,"), the token after the aside's closing
    /// comma; null when the sentence has none, which is nearly always.
    /// </summary>
    private int[]? Asides(Token[] tokens)
    {
        int[]? asides = null;
        for (var i = 0; i + 3 < tokens.Length; i++)
        {
            if (tokens[i].Norm != ",")
            {
                continue;
            }
            for (var verb = i + 2; verb <= i + 5 && verb + 1 < tokens.Length; verb++)
            {
                if (!tokens[verb - 1].IsWord)
                {
                    break;
                }
                if (tokens[verb + 1].Norm == "," && AsideVerbs.Contains(tokens[verb].Norm))
                {
                    (asides ??= new int[tokens.Length])[i] = verb + 2;
                    break;
                }
            }
        }
        return asides;
    }

    private void Try(List<int> candidates, Token[] tokens, int start, List<PhraseMatch> found, int[]? asides)
    {
        foreach (var id in candidates)
        {
            var end = Longest(_patterns[id].Elements, 0, tokens, start, asides);
            if (end > start)
            {
                found.Add(new PhraseMatch(id, start, end));
            }
        }
    }

    private static int Longest(PhrasePattern.Element[] elements, int e, Token[] tokens, int at, int[]? asides)
    {
        if (e == elements.Length)
        {
            return at;
        }
        var element = elements[e];
        var best = -1;
        if (e > 0 && asides is not null && at < tokens.Length && asides[at] > 0)
        {
            best = Longest(elements, e, tokens, asides[at], asides);
        }
        if (element.IsGap)
        {
            for (var skip = 0; skip <= element.Gap && at + skip <= tokens.Length; skip++)
            {
                if (skip > 0 && !Skippable(tokens[at + skip - 1]))
                {
                    break;
                }
                var end = Longest(elements, e + 1, tokens, at + skip, asides);
                if (end > best)
                {
                    best = end;
                }
                if (asides is not null && at + skip < tokens.Length && asides[at + skip] > 0)
                {
                    best = Math.Max(best, Longest(elements, e + 1, tokens, asides[at + skip], asides));
                }
            }
            return best;
        }
        // Quotation marks inside a phrase are the writer's, not the idiom's: "said it was “too early” to say whether".
        if (e > 0 && at < tokens.Length && tokens[at].IsQuote)
        {
            best = Longest(elements, e, tokens, at + 1, asides);
        }

        foreach (var choice in element.Choices)
        {
            if (at + choice.Length > tokens.Length)
            {
                continue;
            }
            var ok = true;
            for (var k = 0; k < choice.Length; k++)
            {
                if (!choice[k].Accepts(tokens[at + k]))
                {
                    ok = false;
                    break;
                }
            }
            if (!ok)
            {
                continue;
            }
            var end = Longest(elements, e + 1, tokens, at + choice.Length, asides);
            if (end > best)
            {
                best = end;
            }
        }
        return best;
    }

    // Gaps stay inside a phrase: they pass words, hyphens, currency signs ("another €2 billion worth of") and the writer's
    // quotation marks ("the “new regions” as part of Russia"), never commas, dashes or conjunctions.
    private static bool Skippable(in Token token) =>
        (token.IsWord || token.IsQuote || token.Norm == "-" && token.Text == "-" || token.Norm is "€" or "$" or "£") && token.Norm is not ("and" or "or" or "but" or "while" or "that");
}
