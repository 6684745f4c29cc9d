namespace Parley.Extraction.Reading;

/// <summary>One sentence with its tokens, cues, mentions and speech attributions.</summary>
internal sealed class SentenceAnalysis
{
    private static readonly int KindCount = Enum.GetValues<CueKind>().Length;
    private readonly List<CueMatch>[] _byKind;
    private readonly bool[] _inQuote;
    private readonly bool[] _inRelative;

    public SentenceAnalysis(SentenceText sentence, Token[] tokens, List<CueMatch> matches)
    {
        Sentence = sentence;
        Tokens = tokens;
        // Sized from a count first: a sentence has cues of few kinds, and growing lists was a tenth of all allocation.
        Span<int> counts = stackalloc int[KindCount];
        foreach (var m in matches)
        {
            counts[(int)m.Kind]++;
        }
        // Kinds with no cue share one empty list of this sentence's: they are only ever read, filtered or cleared, and a cue
        // added later goes through Writable.
        _byKind = new List<CueMatch>[KindCount];
        var none = new List<CueMatch>(0);
        for (var k = 0; k < KindCount; k++)
        {
            _byKind[k] = counts[k] == 0 ? none : new List<CueMatch>(counts[k]);
        }
        foreach (var m in matches)
        {
            _byKind[(int)m.Kind].Add(m);
        }
        ResolveOverlaps();
        _inQuote = MarkQuotes(tokens);
        _inRelative = MarkRelativeClauses();
    }

    public SentenceText Sentence { get; }
    public Token[] Tokens { get; }
    public List<Agent> Agents { get; set; } = [];
    public List<PlaceMention> Places { get; set; } = [];
    public List<Speech> Speeches { get; set; } = [];
    /// <summary>Whether the whole sentence is a quotation with no attribution of its own.</summary>
    public bool IsBareQuote { get; set; }
    /// <summary>Whether the sentence opens inside a quotation that an earlier sentence opened.</summary>
    public bool ContinuesQuote => _inQuote.Length > 0 && _inQuote[0];
    /// <summary>Who is reported as saying the sentence when it names no one (a continued quote).</summary>
    public Agent? InheritedSayer { get; set; }
    /// <summary>Whose transcript turn this sentence is in ("RUBIO: …"), a pack person or one the item introduced, or null.</summary>
    public Agent? TurnSayer { get; set; }
    /// <summary>The party whose capital the item's dateline names ("KYIV —", "MOSCOW,"), or -1.</summary>
    public int DatelineParty { get; set; } = -1;
    /// <summary>
    /// The party the item is at home with: its dateline's, or with no dateline the capital its headline opens with ("Berlin
    /// quietly plans …"), or -1. A weaker guess than the dateline, so only a capitalised title naming no country takes it.
    /// </summary>
    public int HomeParty { get; set; } = -1;

    /// <summary>
    /// The party of the previous sentence's opening subject when that sentence named no person ("The White House publishes
    /// …"), for a president the item gives no country, or -1.
    /// </summary>
    public int PreviousSubjectParty { get; set; } = -1;

    /// <summary>
    /// The one party the previous sentence named, when it named no person and no other party ("… asks Ukraine to pull its forces
    /// out …" / "President Iryna Levadna has rejected that"), for a president the item gives no country, or -1.
    /// </summary>
    public int PreviousOnlyParty { get; set; } = -1;
    /// <summary>Whether the sentence opens an interview's answer ("A: …") right after a question ("Q: …").</summary>
    public bool AnswersQuestion { get; set; }

    /// <summary>Whether the sentence opens a transcript turn right after a question, whoever's label it carries.</summary>
    public bool RepliesToQuestion { get; set; }

    /// <summary>Whether the sentence is part of a text an issuer put out (a statement, a declaration), whose "we" is the issuer.</summary>
    public bool InStatement { get; set; }
    /// <summary>
    /// The party whose draft this sentence lays out, when it is a labelled line of an explainer about a draft
    /// ("ARMY: Ukraine's armed forces would be capped at 800,000"), or -1.
    /// </summary>
    public int ProvisionOf { get; set; } = -1;

    /// <summary>The colon ending a topic label that opens the line ("SANCTIONS: …", "NATO: …"), or -1.</summary>
    public int TopicLabelEnd { get; set; } = -1;

    /// <summary>The comma ending a reporter's fronted question ("Asked about the reassurance force, …"), or -1.</summary>
    public int AskedEnd { get; set; } = -1;

    /// <summary>The end of an opening that names what the line is about, a topic label or a reporter's question, or -1.</summary>
    public int OpeningEnd => Math.Max(TopicLabelEnd, AskedEnd);
    /// <summary>The party a newsletter or live-blog line is filed under ("Moscow: foreign ministry vows …"), or null.</summary>
    public Agent? LabelParty { get; set; }

    /// <summary>The provision is set by an opening "Under the American proposal, …", which a reporting verb does not undo.</summary>
    public bool ProvisionOpened { get; set; }

    /// <summary>
    /// The sentence goes on setting out the draft the sentence before set out, with no one reported: what "would" happen in it
    /// is the draft's, whoever the clauses' subjects are ("In return, Ukraine would receive … guarantees").
    /// </summary>
    public bool ProvisionContinued { get; set; }

    public List<CueMatch> Of(CueKind kind) => _byKind[(int)kind];

    /// <summary>
    /// Reads a pointer ("the loan") as the issue the item named last among those that list it, unless a cue of an issue
    /// already covers it. <paramref name="named"/> holds, per issue, the index of the sentence that last named it.
    /// </summary>
    public void ResolvePointers(IReadOnlyDictionary<int, int> named)
    {
        var pointers = _byKind[(int)CueKind.Pointer];
        if (pointers.Count == 0)
        {
            return;
        }
        var issues = Writable(CueKind.Issue);
        foreach (var span in pointers.GroupBy(m => (m.Start, m.End)))
        {
            // ("Russia has demanded that sanctions be lifted, but Washington says the restrictions will stay": an issue named
            // before a contrast in the same sentence is what the other side's clause points back to.)
            var here = span.Where(m => issues.Exists(o => o.End <= m.Start && o.Cue.Ref == m.Cue.Ref && ContrastBetween(o.End, m.Start)))
                .OrderByDescending(m => issues.Where(o => o.End <= m.Start && o.Cue.Ref == m.Cue.Ref).Max(o => o.End)).FirstOrDefault();
            var best = here.End > 0 ? here : span.Where(m => named.ContainsKey(m.Cue.Ref)).OrderByDescending(m => named[m.Cue.Ref]).FirstOrDefault();
            // ("a halt in Western supplies": a trap, or a complement naming another issue, says what the pointer is about.)
            if (best.End == 0 || issues.Exists(o => o.Start < best.End && best.Start < o.End)
                || _byKind[(int)CueKind.Trap].Exists(o => o.Start < best.End && best.Start < o.End)
                || best.End < Tokens.Length && Tokens[best.End].Norm is "in" or "of" or "to" or "on"
                    && issues.Exists(o => o.Start > best.End && o.Start <= best.End + 3 && o.Cue.Ref != best.Cue.Ref))
            {
                continue;
            }
            issues.Add(new CueMatch(new Cue(CueKind.Issue, best.Cue.Ref, 1, false), best.Start, best.End));
        }
        SortByStart(issues);
    }

    /// <summary>
    /// Whether the sentence ends on a question mark, closing quotes aside, and a reader's name in brackets after it ("Will Ukraine
    /// have to give up land? (Margaret, Leeds)").
    /// </summary>
    public bool EndsWithQuestionMark
    {
        get
        {
            var last = Tokens.Length - 1;
            while (last >= 0 && Tokens[last].IsQuote)
            {
                last--;
            }
            if (last > 0 && Tokens[last].Norm == ")" && Array.FindLastIndex(Tokens, last, t => t.Norm == "(") is > 0 and var open && last - open <= 6)
            {
                last = open - 1;
            }
            return last >= 0 && Tokens[last].Norm == "?";
        }
    }

    /// <summary>Forgets the issues named from <paramref name="from"/> on: a correction's retracted report names none.</summary>
    public void ForgetIssuesFrom(int from) => ForgetIssuesBetween(from, int.MaxValue);

    public void ForgetIssuesBetween(int from, int to) => Writable(CueKind.Issue).RemoveAll(m => m.Start >= from && m.Start < to);

    /// <summary>The kind's own list, to add cues to: kinds with no cue share one empty list (see the constructor).</summary>
    private List<CueMatch> Writable(CueKind kind)
    {
        var list = _byKind[(int)kind];
        return list.Count > 0 ? list : _byKind[(int)kind] = [];
    }

    private bool ContrastBetween(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Tokens[i].Norm is "but" or "while" or "whereas" or ";")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Reads "the bill", "any transfer" or "this fund" as the issue an earlier sentence of the item named next to the same
    /// noun (<paramref name="referents"/>), when no cue of an issue covers it already.
    /// </summary>
    public void ResolveReferents(IReadOnlyDictionary<string, int> referents)
    {
        if (referents.Count == 0)
        {
            return;
        }
        var issues = _byKind[(int)CueKind.Issue];
        for (var i = 1; i < Tokens.Length; i++)
        {
            if (!referents.TryGetValue(Tokens[i].Norm, out var issue) || Tokens[i].IsCapitalized && !IsSentenceStart(i))
            {
                continue;
            }
            // The determiner may stand up to two words before the noun: "the Senate bill", "any such transfer".
            var start = -1;
            for (var d = i - 1; d >= Math.Max(0, i - 3); d--)
            {
                if (Tokens[d].Norm is "the" or "this" or "that" or "any" or "such" or "its" or "their")
                {
                    start = d;
                    break;
                }
                if (!Tokens[d].IsWord)
                {
                    break;
                }
            }
            // ("the bill's author", "the transfer of the station": the noun modifies, or its own complement says what it is.)
            if (start < 0 || i + 1 < Tokens.Length && Tokens[i + 1].Norm is "'s" or "of" || IsKindAt(CueKind.Trap, i))
            {
                continue;
            }
            // "endorsed a plan to channel the proceeds of Russian assets into a fund … Zakharova called the plan theft": a bare
            // "the plan", which the pack reads as the peace plan, is here the plan the item named.
            var bare = issues.FindIndex(o => o.Start == start && o.End == i + 1 && o.Cue.Ref != issue && IsKindAt(CueKind.Document, i));
            if (bare >= 0)
            {
                issues.RemoveAt(bare);
            }
            else if (issues.Exists(o => o.Start <= i && start < o.End))
            {
                continue;
            }
            issues = Writable(CueKind.Issue);
            issues.Add(new CueMatch(new Cue(CueKind.Issue, issue, 1, false), start, i + 1));
        }
        SortByStart(issues);
    }

    /// <summary>
    /// The referring nouns of this sentence that stand next to one issue's cue in the same clause ("a bill that would impose
    /// secondary tariffs"), each with that issue, for <see cref="ResolveReferents"/> in later sentences.
    /// </summary>
    public IEnumerable<(string Noun, int Issue)> Referents(IReadOnlyDictionary<string, string> nouns)
    {
        var issues = _byKind[(int)CueKind.Issue];
        if (issues.Count == 0)
        {
            yield break;
        }
        for (var i = 0; i < Tokens.Length; i++)
        {
            if (!nouns.TryGetValue(Tokens[i].Norm, out var noun) || issues.Exists(o => o.Start <= i && i < o.End))
            {
                continue;
            }
            var nearest = -1;
            var distance = int.MaxValue;
            var tied = false;
            foreach (var m in issues)
            {
                var (from, to) = m.End <= i ? (m.End, i) : (i + 1, m.Start);
                // (Not across a clause's end, a condition or a conjunction: "backed the Commission plan and pledged 3 billion euros".)
                if (to - from > 8 || Enumerable.Range(from, to - from).Any(k => Tokens[k].Norm is "," or ";" or ":" or "." or "and" or "but" or "or" or "while" || IsKindAt(CueKind.Condition, k)))
                {
                    continue;
                }
                if (to - from < distance)
                {
                    (nearest, distance, tied) = (m.Cue.Ref, to - from, false);
                }
                else if (to - from == distance && m.Cue.Ref != nearest)
                {
                    tied = true;
                }
            }
            // ("proposed … scrapping the article that caps its army": a proposal to undo the issue is not the issue.)
            if (nearest >= 0 && !tied && (noun == Tokens[i].Norm || !_byKind[(int)CueKind.Flip].Exists(f => f.Start > i && f.Start <= i + 10)))
            {
                yield return (noun, nearest);
            }
        }
    }

    private bool IsSentenceStart(int token) => token == 0 || Tokens[token - 1].IsQuote && token == 1;

    /// <summary>
    /// "a vote can only be held after a ceasefire", "the plant could only be returned once …": an "only" placed before the verb
    /// restricts the time or purpose clause after it, as "only after" does.
    /// </summary>
    private List<int> MarkDisplacedConditions()
    {
        var marked = new List<int>();
        for (var i = 2; i < Tokens.Length - 1; i++)
        {
            // ("would only make sense as part of a comprehensive agreement", "could only be discussed together with the lifting of …".)
            if (Tokens[i].Norm is not ("after" or "once" or "when" or "if") && !(Tokens[i].Norm == "as" && Tokens[i + 1].Norm == "part")
                && !(Tokens[i].Norm == "together" && Tokens[i + 1].Norm == "with")
                || IsKindAt(CueKind.Condition, i))
            {
                continue;
            }
            for (var k = i - 2; k >= Math.Max(0, i - 5); k--)
            {
                if (!Tokens[k].IsWord)
                {
                    break;
                }
                // ("the only way to peace", "not only … but": an adjective or a pair, no restriction.)
                if (Tokens[k].Norm == "only" && !(k > 0 && Tokens[k - 1].Norm is "the" or "an" or "its" or "their" or "his" or "her" or "our" or "not"))
                {
                    var conditions = Writable(CueKind.Condition);
                    conditions.Add(new CueMatch(new Cue(CueKind.Condition, 0, 1, false), i, i + 1));
                    SortByStart(conditions);
                    marked.Add(i);
                    break;
                }
            }
        }
        return marked;
    }

    /// <summary>Whether "was", "is" or "been" at <paramref name="aux"/> is the auxiliary of an "it" passive ("it was noted", "it has been agreed").</summary>
    public bool ImpersonalPassiveAt(int aux) =>
        aux >= 1 && Tokens[aux].Norm is "was" or "been" or "is"
        && (Tokens[aux - 1].Norm == "it" || aux >= 2 && Tokens[aux - 1].Norm is "has" or "had" && Tokens[aux - 2].Norm == "it");

    /// <summary>Whether the cue is a dateline: a word in capitals opening the item's text, then a separator ("KYIV —", "MOSCOW,").</summary>
    public bool IsDateline(CueMatch m) =>
        m.Start == 0 && (Tokens[0].Shape & TokenShape.AllCaps) != 0 && m.End < Tokens.Length && Tokens[m.End].Norm is "," or "-" or "—" or "–" or "(";

    /// <summary>Whether a cue of this kind starts at the token.</summary>
    public bool StartsAt(CueKind kind, int token)
    {
        foreach (var m in _byKind[(int)kind])
        {
            if (m.Start == token)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a collective holder names two people ("both ministers", "the two leaders"), not the sides of a round.</summary>
    public bool NamesPeoplePair(CueMatch collective) => collective.End > 0 && Tokens[collective.End - 1].Norm is "ministers" or "leaders" or "presidents" or "chancellors" or "premiers";

    public bool IsKindAt(CueKind kind, int token)
    {
        foreach (var m in _byKind[(int)kind])
        {
            if (m.Start <= token && token < m.End)
            {
                return true;
            }
        }
        return false;
    }

    public Dictionary<int, int> StartsOf(CueKind kind)
    {
        var map = new Dictionary<int, int>();
        foreach (var m in _byKind[(int)kind])
        {
            if (!map.TryGetValue(m.Start, out var end) || m.End > end)
            {
                map[m.Start] = m.End;
            }
        }
        return map;
    }

    public bool InQuote(int token) => token >= 0 && token < _inQuote.Length && _inQuote[token];
    public bool InRelativeClause(int token) => token >= 0 && token < _inRelative.Length && _inRelative[token];

    private void ResolveOverlaps()
    {
        // Within a layer the longest phrase wins: "did not rule out" over "rule out", "Rustem Umerov" over "Umerov".
        KeepLongest([CueKind.Person, CueKind.PartyName, CueKind.PartyAdjective, CueKind.PartyMetonym, CueKind.Place]);
        KeepLongest([CueKind.Issue]);
        // "the ceiling … in the draft framework", "written into the document": a draft named as where something is written
        // is not what the stance is about.
        if (Of(CueKind.Document).Count > 0)
        {
            // ("the relief promised under the framework"; not "support under the plan", where the preposition ends a stance cue.
            // "of" is no such preposition: "most of the text", "the points of the framework".)
            _byKind[(int)CueKind.Issue].RemoveAll(m => m.Start > 0 && Tokens[m.Start - 1].Norm is "in" or "into" or "within" or "under"
                && Of(CueKind.Document).Exists(d => d.Start >= m.Start && d.End <= m.End + 1) && !Of(CueKind.Stance).Exists(c => c.End == m.Start));
        }
        // "the next round of sanctions", "a package of guarantees": the issue after "of" is what the container is of.
        if (Of(CueKind.Issue).Count > 1)
        {
            _byKind[(int)CueKind.Issue].RemoveAll(m => m.End + 1 < Tokens.Length && Tokens[m.End].Norm == "of"
                && Of(CueKind.Issue).Exists(o => o.Start == m.End + 1 && o.Cue.Ref != m.Cue.Ref));
        }
        KeepLongest([CueKind.Stance]);
        KeepLongest([CueKind.Condition]);
        var displaced = MarkDisplacedConditions();
        KeepLongest([CueKind.Speech]);
        KeepLongest([CueKind.MeetingTrigger]);
        // An idiom ("for as long as it takes") silences every cue inside it. "Only" makes a time clause a condition
        // again: "ready to deploy once a ceasefire is agreed" is plain support, "but only once a ceasefire is in place" is not.
        var traps = Of(CueKind.Trap);
        traps.RemoveAll(t => t.Start > 0 && Tokens[t.Start - 1].Norm == "only" || displaced.Contains(t.Start));
        if (traps.Count > 0)
        {
            foreach (var kind in SilencedByTraps)
            {
                // (A longer cue that holds the whole idiom says more than it: "is not on the table" against "on the table". One
                // that opens with the idiom does not: "leave the fate of the Donbas to the presidents" is no withdrawal.)
                _byKind[(int)kind].RemoveAll(m => traps.Exists(t => t.Start < m.End && m.Start < t.End && !(m.Start < t.Start && m.End >= t.End)));
            }
        }
        // "won't sign without guarantees" makes a condition; "talks without preconditions" does not.
        _byKind[(int)CueKind.Condition].RemoveAll(m => Tokens[m.Start].Norm == "without" && !NegatedClauseBefore(m.Start));
        // "elections within 90 days of a ceasefire" wait for the ceasefire; "within 100 days of a signed agreement" only dates
        // the deal's own steps: a deadline is a condition when it counts from an issue.
        var deadline = false;
        foreach (var m in _byKind[(int)CueKind.Condition])
        {
            deadline |= Tokens[m.Start].Norm == "within";
        }
        if (deadline)
        {
            _byKind[(int)CueKind.Condition].RemoveAll(m => Tokens[m.Start].Norm == "within" && !_byKind[(int)CueKind.Issue].Exists(i => i.Start >= m.End && i.Start <= m.End + 2));
        }
        // ("American-backed security guarantees", "Kremlin-backed": a stance verb glued to the word before it is an adjective
        // of the noun after it, not a verb of the subject.)
        _byKind[(int)CueKind.Stance].RemoveAll(m => m.Start >= 2 && Tokenizer.IsGluedHyphen(Tokens, m.Start - 1) && Tokens[m.Start].Norm.EndsWith("ed", StringComparison.Ordinal));
        // "Not only would I accept them, I am asking for them": the correlative adds; it denies nothing.
        _byKind[(int)CueKind.Negation].RemoveAll(m => m.End < Tokens.Length && Tokens[m.Start].Norm == "not" && Tokens[m.End].Norm == "only");
        // Negations and flips that are part of a longer cue ("no comment", "lifting of sanctions") are not separate signals.
        DropInside(CueKind.Negation, [CueKind.Stance, CueKind.Issue]);
        DropInside(CueKind.Flip, [CueKind.Stance, CueKind.Issue]);
        DropInside(CueKind.Modal, [CueKind.Stance]);
        // ("there will be no settlement unless …": "unless" or "until" that ends a stance phrase still opens its clause; "continue
        // providing" is no condition.)
        DropInside(CueKind.Condition, [CueKind.Stance], keepAtEndOf: CueKind.Stance, keep: m => Tokens[m.Start].Norm is "unless" or "until");
        // (A preposition that ends an issue phrase still governs what follows: "a meeting between Putin and Zelenskyy".)
        DropInside(CueKind.Oblique, [CueKind.Stance, CueKind.Issue, CueKind.Person, CueKind.PartyName, CueKind.Place], keepAtEndOf: CueKind.Issue);
        DropInside(CueKind.GroupNoun, [CueKind.Person]);
    }

    private bool NegatedClauseBefore(int at)
    {
        for (var i = at - 1; i >= 0 && i >= at - 8; i--)
        {
            if (Tokens[i].Norm is "," or ";" or ":")
            {
                return false;
            }
            if (StartsAt(CueKind.Negation, i))
            {
                return true;
            }
        }
        return false;
    }

    private void KeepLongest(ReadOnlySpan<CueKind> layer)
    {
        var count = 0;
        foreach (var kind in layer)
        {
            count += _byKind[(int)kind].Count;
        }
        if (count < 2)
        {
            return;
        }
        var all = new List<CueMatch>(count);
        foreach (var kind in layer)
        {
            all.AddRange(_byKind[(int)kind]);
        }
        var keep = new List<CueMatch>(all.Count);
        foreach (var m in all)
        {
            var covered = false;
            foreach (var other in all)
            {
                var longer = other.End - other.Start > m.End - m.Start;
                if (longer && other.Start <= m.Start && other.End >= m.End)
                {
                    covered = true;
                    break;
                }
                // Partly overlapping phrases of one layer: the one that starts first wins, unless only the later one says
                // what is done with the thing ("its frozen reserves returned in full": the return, not the reserves).
                var sameLength = !longer && other.End - other.Start == m.End - m.Start;
                if (sameLength && other.Start < m.Start && other.End > m.Start && !(m.Cue.Action && !other.Cue.Action))
                {
                    covered = true;
                    break;
                }
                if ((sameLength || longer) && other.Start > m.Start && m.End > other.Start && other.Cue.Action && !m.Cue.Action)
                {
                    covered = true;
                    break;
                }
                if (longer && other.Start < m.Start && other.End > m.Start && other.End < m.End)
                {
                    covered = true;
                    break;
                }
            }
            if (!covered && !keep.Contains(m))
            {
                keep.Add(m);
            }
        }
        foreach (var kind in layer)
        {
            var list = _byKind[(int)kind];
            list.Clear();
            foreach (var m in keep)
            {
                if (m.Kind == kind)
                {
                    list.Add(m);
                }
            }
            SortByStart(list);
        }
    }

    private void DropInside(CueKind kind, ReadOnlySpan<CueKind> containers, CueKind? keepAtEndOf = null, Func<CueMatch, bool>? keep = null)
    {
        var list = _byKind[(int)kind];
        var kept = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var m = list[i];
            var inside = false;
            foreach (var c in containers)
            {
                foreach (var o in _byKind[(int)c])
                {
                    inside |= o.Start <= m.Start && o.End >= m.End && o.End - o.Start > m.End - m.Start && !(c == keepAtEndOf && o.End == m.End && (keep is null || keep(m)));
                }
            }
            if (!inside)
            {
                list[kept++] = m;
            }
        }
        list.RemoveRange(kept, list.Count - kept);
        SortByStart(list);
    }

    /// <summary>A stable sort (cues with one start keep their order, as the matcher found them) that allocates nothing; lists are short.</summary>
    private static void SortByStart(List<CueMatch> list)
    {
        for (var i = 1; i < list.Count; i++)
        {
            var m = list[i];
            var j = i - 1;
            while (j >= 0 && list[j].Start > m.Start)
            {
                list[j + 1] = list[j];
                j--;
            }
            list[j + 1] = m;
        }
    }

    private static readonly CueKind[] SilencedByTraps =
        [CueKind.Issue, CueKind.Stance, CueKind.Condition, CueKind.MeetingTrigger, CueKind.Negation, CueKind.Flip];

    private static bool[] MarkQuotes(Token[] tokens)
    {
        var mask = new bool[tokens.Length];
        // "… replied: “Ukraine accepts the air truce. We will observe it …”": a sentence whose first curly quote closes is
        // the rest of a quotation opened in the sentence before.
        var open = Array.Find(tokens, t => t.IsQuote && t.Text is "“" or "”").Text == "”";
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].IsQuote && tokens[i].Text is "“" or "”" or "\"")
            {
                open = tokens[i].Text switch
                {
                    "“" => true,
                    "”" => false,
                    _ => !open,
                };
                continue;
            }
            mask[i] = open;
        }
        // Scare quotes inside a clause ("called the plan “theft”", "remained “absolutely unacceptable”") are the writer's
        // sentence quoting a word or two, not a speaker's own: the clause's subject still holds the stance. Three words
        // were tried and cost two held-out sets a point each (docs/extraction.md).
        for (var i = 2; i < tokens.Length; i++)
        {
            if (!mask[i] || mask[i - 1] || !tokens[i - 1].IsQuote || !tokens[i - 2].IsWord)
            {
                continue;
            }
            var end = i;
            while (end < tokens.Length && mask[end]) end++;
            if (end - i <= 2 && end < tokens.Length)
            {
                Array.Fill(mask, false, i, end - i);
            }
        }
        return mask;
    }

    private bool[] MarkRelativeClauses()
    {
        // ", who met Witkoff at the chancellery," is an aside: its people are not the sentence's subject.
        var mask = new bool[Tokens.Length];
        foreach (var m in Of(CueKind.Relative))
        {
            if (m.Start == 0 || Tokens[m.Start - 1].Norm != ",")
            {
                continue;
            }
            for (var i = m.Start; i < Tokens.Length && Tokens[i].Norm != ","; i++)
            {
                mask[i] = true;
            }
        }
        // ("handing over land Russia has failed to capture would be …": a party right after a noun, with "has" and a participle,
        // opens a relative clause with no "who" or "that"; it is no subject of the sentence.)
        foreach (var party in Of(CueKind.PartyName).Concat(Of(CueKind.PartyMetonym)))
        {
            var k = party.Start;
            if (k >= 2 && party.End + 1 < Tokens.Length && Tokens[party.End].Norm is "has" or "have" or "had"
                && Tokens[k - 1] is { IsWord: true, IsCapitalized: false } noun && !noun.Norm.EndsWith("ed", StringComparison.Ordinal)
                && noun.Norm is not ("'s" or "the" or "a" or "an" or "this" or "its" or "their" or "that" or "and" or "but" or "or" or "if" or "when" or "because" or "as" or "while" or "since" or "after" or "before" or "until" or "whether" or "which" or "who" or "so" or "than" or "now" or "why" or "how" or "where")
                && !IsKindAt(CueKind.Speech, k - 1) && !IsKindAt(CueKind.Stance, k - 1) && !IsKindAt(CueKind.Oblique, k - 1) && !IsKindAt(CueKind.Modal, k - 1)
                && Tokens[party.End + 1] is { IsWord: true, IsCapitalized: false } verb && (verb.Norm.EndsWith("ed", StringComparison.Ordinal) || verb.Norm is "taken" or "held" or "won" or "lost" or "made" or "given"))
            {
                for (var i = party.Start; i < party.End; i++)
                {
                    mask[i] = true;
                }
            }
        }
        return mask;
    }
}

/// <summary>A speech verb and who it is attributed to.</summary>
internal sealed record Speech(int Start, int End, Agent? Sayer);
