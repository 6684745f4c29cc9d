namespace Parley.Extraction.Reading;

/// <summary>What the reader carries from one sentence to the next.</summary>
internal sealed class Discourse
{
    /// <summary>The person "he" or "she" points back to.</summary>
    public int LastPerson { get; set; } = -1;
    /// <summary>Who spoke the previous sentence, for a quote that continues without attribution.</summary>
    public Agent? LastSayer { get; set; }
    /// <summary>Issues of the previous sentences, newest last, for "that demand" or "the idea".</summary>
    public List<int> LastIssues { get; } = [];
    /// <summary>The index of the sentence <see cref="LastIssues"/> come from.</summary>
    public int LastIssuesAt { get; set; } = -1;
    /// <summary>The party whose plan or draft the item is about, for a bare "the plan would…".</summary>
    public int DocumentParty { get; set; } = -1;
    /// <summary>Sentences since a plan or draft was last named, for "it proposes that …".</summary>
    public int SentencesSinceDocument { get; set; } = int.MaxValue;
    /// <summary>The index of the last sentence that set out what a draft "would" do, for the unattributed ones that go on with it.</summary>
    public int ProvisionAt { get; set; } = -2;
    /// <summary>Who drew up or circulated the draft last named without its party, for the labelled lines that lay it out.</summary>
    public int DrafterParty { get; set; } = -1;
    /// <summary>The parties of the round last reported (the ones that met, not a mediator after "with"), for "both sides".</summary>
    public List<int> Sides { get; } = [];
    /// <summary>The party of the last plural subject ("the Russians", "Ukrainian negotiators"), for a following "they".</summary>
    public int LastGroupParty { get; set; } = -1;
    /// <summary>A person the pack does not know, named in subject position after <see cref="LastPerson"/>, or null.</summary>
    public Agent? LastUnknown { get; set; }
    /// <summary>The two people of two parties the last sentence that named exactly two people named, for "both ministers", or empty.</summary>
    public List<Agent> LastPair { get; } = [];
    /// <summary>People the pack does not know, named after a title, with its words, most recent last, for a later "the Foreign Secretary".</summary>
    public List<(Agent Person, string[] Title)> TitledUnknown { get; } = [];
    /// <summary>The pack people the item has named so far, most recent last, for a later bare office ("the presidential aide").</summary>
    public List<int> NamedPeople { get; } = [];
    /// <summary>The body whose text the item is ("European Council conclusions", "issued by the North Atlantic Council"), or null.</summary>
    public Agent? Issuer { get; set; }
    /// <summary>Whether a correction has said an earlier article misstated something: what "the article said" next is retracted.</summary>
    public bool Misreported { get; set; }
    /// <summary>The issue a sentence last demanded, and that sentence's index, for "that demand" in the next one.</summary>
    public int LastDemand { get; set; } = -1;
    public int LastDemandAt { get; set; } = -2;
    public int LastDemandParty { get; set; } = -1;
    /// <summary>The one issue the last question asked about and its direction, for a "Yes, if …" that answers it.</summary>
    public (int Issue, int Polarity)? Question { get; set; }
    /// <summary>The institution that opened the previous sentence as its subject ("The European Council welcomes …"), or null.</summary>
    public Agent? LastInstitution { get; set; }
    /// <summary>Per party, the person who last spoke or was named for it, or -1 when an anonymous voice of it came after.</summary>
    public Dictionary<int, int> LastVoice { get; } = [];
    /// <summary>
    /// The party each person the pack does not know, named with no party, was first reported speaking for (by full name):
    /// "…, Presidential Aide Oleg Trubin told journalists" after Russia's demand makes Trubin Russia's voice from then on.
    /// </summary>
    public Dictionary<string, int> SpokeFor { get; } = new(StringComparer.Ordinal);

    /// <summary>The agent's party, or, for a person the item gave none, the side they were first reported speaking for.</summary>
    internal int PartyOf(Agent agent) =>
        agent.Party >= 0 || agent is not { Kind: AgentKind.Person or AgentKind.Pronoun, Person: < 0, Name: { } name } || !SpokeFor.TryGetValue(name, out var party) ? agent.Party : party;
}

/// <summary>
/// Works out who says what: pronouns back to people, speech verbs to their sayers ("X said",
/// "…,” X told", "said X", "according to X"), and quotes with no attribution to the previous speaker.
/// </summary>
internal static class Attribution
{
    private const int MaxSubjectDistance = 24;

    public static void Resolve(SentenceAnalysis s, Discourse discourse, DomainPack pack)
    {
        RememberSides(s, discourse);
        s.TopicLabelEnd = s.TurnSayer is null ? TopicLabelEnd(s) : -1;
        s.AskedEnd = AskedClauseEnd(s);
        // "NATO: The framework keeps membership off the table", "Asked about a possible meeting between Putin and Zelensky,
        // Peskov said …": a topic label or a reporter's question names what the line is about, not who holds a stance.
        // (A possessive there is no one's subject, but it still owns its noun: "Asked about Kiev's demand for …".)
        foreach (var a in s.Agents.Where(a => a.End <= s.OpeningEnd && !(a.Possessive && a.Start < s.AskedEnd)))
        {
            a.Absorbed = true;
        }
        // "Moscow: foreign ministry vows …", "Kyiv: no elections …, says …": a line filed under a party's name speaks for it
        // where it names no one else.
        if (s.TopicLabelEnd > 0 && s.Agents.Where(a => a.End <= s.TopicLabelEnd).ToList() is [{ Kind: AgentKind.Entity, Party: >= 0 } label]
            && !s.Of(CueKind.Issue).Exists(m => m.Start < s.TopicLabelEnd))
        {
            var named = s.Agents.Where(a => a.Start > s.TopicLabelEnd && !a.Oblique && !a.Possessive && !a.InsideIssue && (a.Party >= 0 || a.Kind is AgentKind.Person)).ToList();
            if (named.Count == 0 && !s.Of(CueKind.Document).Exists(d => d.Start > s.TopicLabelEnd))
            {
                s.LabelParty = new Agent { Kind = AgentKind.Entity, Party = label.Party, Start = label.Start, End = label.End, IsMetonym = label.IsMetonym };
            }
            // ("NATO: Secretary General Sigrid Halvorsen said …": and a person it names with no side is of it.)
            else if (named is [{ Kind: AgentKind.Person, Party: < 0, Outsider: false } person])
            {
                person.Party = label.Party;
            }
        }
        if (discourse.SpokeFor.Count > 0)
        {
            foreach (var a in s.Agents)
            {
                a.Party = discourse.PartyOf(a);
            }
        }
        OnlySideNamed(s);
        if (discourse.TitledUnknown.Count > 0)
        {
            TitledDescriptions(s, discourse);
        }
        ResolvePronouns(s, discourse, pack);
        ResolveThey(s, discourse);
        ResolveIt(s);
        ResolveOpeningIt(s, discourse);
        ResolveDocuments(s, discourse);
        var speeches = new List<Speech>();
        foreach (var m in s.Of(CueKind.Speech))
        {
            if (m.End < s.Tokens.Length && s.Tokens[m.End].Norm == "by")
            {
                continue; // "regions claimed by Russia" is not speech.
            }
            // "Pressure on Russia must be maintained until …": a passive after "be" is no one speaking ("it has been noted"
            // still reports).
            if (m.Start > 0 && (s.Tokens[m.Start - 1].Norm is "be" or "being" || s.Tokens[m.Start - 1].Norm == "been" && !s.ImpersonalPassiveAt(m.Start - 1)))
            {
                continue;
            }
            var subject = SubjectOf(s, m.Start, m.End) ?? ImpersonalSource(s, m);
            // "“…,” the head of the Farnesina explains": a quote's sayer described without a party or a name is the
            // person who spoke last.
            if (subject is null && s.Tokens.Length > 0 && s.Tokens[0].IsQuote && m.Start >= 2 && s.Tokens[m.Start - 1].IsWord
                && discourse.LastSayer is { IsNamed: true } last)
            {
                subject = last;
            }
            speeches.Add(new Speech(m.Start, m.End, subject));
        }
        foreach (var m in s.Of(CueKind.Source))
        {
            // "According to him, Moscow can accept …": the pronoun is the source, not the party named after it.
            // ("As was noted by the Head of the Office of the President Kyrylo Budanov": a long title may stand before the name.)
            // ("A lasting settlement, in his words, is impossible without …": or the pronoun inside the marker.)
            var sayer = SourcePronoun(s, m.End - m.Start == 3 && s.Tokens[m.Start].Norm == "in" ? m.Start + 1 : m.End, discourse, pack)
                ?? s.Agents.FirstOrDefault(a => a.Start >= m.End && a.Start <= m.End + 2 && !a.Absorbed && a.Party >= 0)
                ?? s.Agents.FirstOrDefault(a => a is { Kind: AgentKind.Person, Party: >= 0, Absorbed: false } && a.Start > m.End && a.Start <= m.End + 9
                    && !Enumerable.Range(m.End, a.Start - m.End).Any(i => s.Tokens[i].Norm == ","));
            speeches.Add(new Speech(m.Start, m.End, sayer));
        }
        // "Lavrov called the plans “a road to direct confrontation”": the quoted words a naming verb puts on its object are
        // its subject's. ("what he called “legitimate elections”": a quote right after the verb is only its object.)
        for (var i = 1; i + 2 < s.Tokens.Length; i++)
        {
            if (pack.NamingVerbs.Contains(s.Tokens[i].Norm) && !speeches.Exists(sp => sp.Start <= i && i < sp.End)
                && Enumerable.Range(i + 1, Math.Min(12, s.Tokens.Length - i - 1)).FirstOrDefault(k => s.Tokens[k].IsQuote || s.Tokens[k].Norm is "," or ";") is var open
                && open > i + 1 && s.Tokens[open].IsQuote && !s.InQuote(i) && SubjectOf(s, i, i + 1) is { } namer)
            {
                speeches.Add(new Speech(i, i + 1, namer));
            }
        }
        if (speeches.Count == 0 && RoundupSayer(s) is { } roundup)
        {
            speeches.Add(roundup);
        }
        // (Not inside a named person's report: "“Ukraine's position has not changed: the plant must return …,” Kucher said".)
        if (!speeches.Exists(sp => sp.Sayer is { } reporter && (reporter.IsNamed || reporter.Party >= 0)) && PositionSayer(s) is { } position)
        {
            speeches.Add(position);
        }
        speeches.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var k = 0; k < speeches.Count; k++)
        {
            // (A post that the person named last does not hold is someone else's: "Zelensky met Rutte. The Head of State said".)
            if (speeches[k].Sayer is null or { Person: < 0, Name: null, Kind: AgentKind.Pronoun or AgentKind.Group or AgentKind.Entity } or { Kind: AgentKind.Pronoun }
                && OfficeHolder(s, speeches[k].Start, discourse, pack, speeches[k].Sayer?.Person ?? -1) is { } holder)
            {
                speeches[k] = speeches[k] with { Sayer = holder };
            }
        }
        s.Speeches = speeches;
        foreach (var a in s.Agents.Where(a => a is { Kind: AgentKind.Person, Person: >= 0 }))
        {
            discourse.NamedPeople.Remove(a.Person);
            discourse.NamedPeople.Add(a.Person);
        }
        RememberTitledAndPairs(s, discourse);

        var tokens = s.Tokens;
        s.IsBareQuote = tokens.Length > 0 && (tokens[0].IsQuote || s.ContinuesQuote) && speeches.Count == 0;
        if (s.IsBareQuote || speeches.All(sp => sp.Sayer is null) && ImpersonalReport(s))
        {
            // ("It was noted that the Russian side keeps openness …": an agency's impersonal passive reports the source it has
            // been quoting.)
            s.InheritedSayer = discourse.LastSayer;
        }
        // A communiqué speaks with its issuer's voice where no one else is quoted: "We welcome the United States' efforts",
        // "Any settlement must include robust security guarantees". (The issuer comes from the headline or the opening line,
        // which itself states no stance in that voice.)
        if (s.Sentence.Index > 0 && discourse.Issuer is { } issuer && s.InheritedSayer is null && speeches.Count == 0 && !tokens.Any(k => k.IsQuote))
        {
            s.InheritedSayer = issuer;
        }
        // A transcript turn ("RUBIO: …") is said by its label's person.
        var turnSayer = s.TurnSayer;
        if (turnSayer is not null)
        {
            if (speeches.Count == 0)
            {
                s.InheritedSayer = turnSayer;
            }
        }
        var firstPersonParty = QuoteSpeakerParty(s);
        foreach (var agent in s.Agents)
        {
            if (agent.Kind == AgentKind.FirstPerson)
            {
                var sayer = turnSayer is not null && !s.InQuote(agent.Start) ? turnSayer : SayerForQuote(s);
                // ("Ukraine must receive guarantees, and we stand ready to contribute": a statement's unquoted "we" is its issuer.)
                sayer ??= s.InStatement && !s.InQuote(agent.Start) ? discourse.Issuer : null;
                agent.Party = sayer?.Party ?? firstPersonParty;
                agent.Person = sayer?.Person ?? -1;
                agent.Name = sayer?.Person >= 0 ? null : sayer?.Name;
            }
        }

        // Carry forward: the last speaker, and the last person named in subject position.
        var lastSayer = speeches.LastOrDefault(sp => sp.Sayer is not null)?.Sayer ?? s.InheritedSayer;
        discourse.LastSayer = lastSayer;
        var lastPerson = speeches.LastOrDefault(sp => sp.Sayer is { Person: >= 0 })?.Sayer?.Person ?? -1;
        if (lastPerson < 0)
        {
            var named = s.Agents.LastOrDefault(a => a.Kind == AgentKind.Person && a.Person >= 0 && !a.Possessive && !a.Oblique && !a.InRelativeClause);
            lastPerson = named?.Person ?? -1;
        }
        if (lastPerson < 0 && s.TurnSayer is { Person: >= 0 })
        {
            lastPerson = s.TurnSayer.Person;
        }
        if (lastPerson >= 0)
        {
            discourse.LastPerson = lastPerson;
        }
        // "Laura Whitcombe, the U.S. special envoy, … She declined to say …": a person the pack does not know is "she" too,
        // when that person is the one who speaks or the first person named ("Stubb received the envoy Nathan Corliss …
        // He said" is Stubb).
        // ("According to him, President X will receive …": a pronoun that speaks for someone named before is still that person.)
        var speaker = speeches.LastOrDefault(sp => sp.Sayer is { Kind: AgentKind.Person } or { Kind: AgentKind.Pronoun, Person: >= 0 } or { Kind: AgentKind.Pronoun, Name: not null })?.Sayer
            ?? s.Agents.FirstOrDefault(a => a is { Kind: AgentKind.Person, Possessive: false, Oblique: false, InRelativeClause: false });
        if (speaker is not null)
        {
            discourse.LastUnknown = speaker is { Person: < 0, Name: not null } ? speaker : null;
        }
        RememberVoices(s, discourse);
    }

    /// <summary>
    /// Keeps the people the pack does not know that a title introduced (its words, punctuation left out), and the pair of
    /// people of two parties a sentence names ("Sirko met German Defence Minister Karl Brandt": "both ministers" later).
    /// </summary>
    private static void RememberTitledAndPairs(SentenceAnalysis s, Discourse discourse)
    {
        Agent? first = null;
        Agent? second = null;
        var named = 0;
        foreach (var a in s.Agents)
        {
            if (a is { Kind: AgentKind.Person, Person: < 0, Name: not null, Title: not null })
            {
                var known = discourse.TitledUnknown.Count - 1;
                while (known >= 0 && discourse.TitledUnknown[known].Person.Name != a.Name)
                {
                    known--;
                }
                var title = known >= 0 ? discourse.TitledUnknown[known].Title : a.Title.Split(' ').Where(w => w.Any(char.IsLetter)).ToArray();
                if (known >= 0)
                {
                    discourse.TitledUnknown.RemoveAt(known);
                }
                discourse.TitledUnknown.Add((a, title));
            }
            if (a is { Kind: AgentKind.Person, Possessive: false } && a.IsNamed)
            {
                named++;
                (first, second) = first is null ? (a, null) : (first, a);
            }
        }
        if (named == 2 && first!.Party >= 0 && second!.Party >= 0 && first.Party != second.Party)
        {
            discourse.LastPair.Clear();
            discourse.LastPair.Add(first);
            discourse.LastPair.Add(second);
        }
    }

    /// <summary>
    /// "Foreign Secretary Priya Haldane spoke to …" … "The Foreign Secretary reiterated …": "the" and the end of the title a
    /// person the pack does not know was introduced with is that person again (the one introduced with it last).
    /// </summary>
    private static void TitledDescriptions(SentenceAnalysis s, Discourse discourse)
    {
        var tokens = s.Tokens;
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Norm != "the" || Mentions.Covered(s.Agents, i + 1, i + 2))
            {
                continue;
            }
            for (var k = discourse.TitledUnknown.Count - 1; k >= 0; k--)
            {
                var (person, title) = discourse.TitledUnknown[k];
                // (The words must be the title's whole end, with no name after them: "the Foreign Secretary Priya Haldane" is an
                // introduction of its own.)
                var n = Math.Min(title.Length, tokens.Length - i - 1);
                while (n > 0 && !EndsTitle(tokens, i + 1, n, title))
                {
                    n--;
                }
                var end = i + 1 + n;
                // (They must hold a post: "the rights of civilians" after "Commissioner for Human Rights X" is no one.)
                if (n == 0 || end < tokens.Length && tokens[end].IsWord && tokens[end].IsCapitalized || Mentions.Covered(s.Agents, i, end)
                    || !Mentions.IsTitle(tokens[(i + 1)..end]))
                {
                    continue;
                }
                var index = s.Agents.FindIndex(a => a.Start > i);
                s.Agents.Insert(index < 0 ? s.Agents.Count : index, new Agent
                {
                    Kind = AgentKind.Person, Party = discourse.PartyOf(person), Start = i, End = end, Name = person.Name, Title = person.Title,
                    Outsider = person.Outsider, Possessive = end < tokens.Length && tokens[end].Norm == "'s",
                });
                break;
            }
        }
    }

    /// <summary>Whether the <paramref name="n"/> tokens from <paramref name="from"/> are the last <paramref name="n"/> words of the title.</summary>
    private static bool EndsTitle(Token[] tokens, int from, int n, string[] title)
    {
        for (var j = 0; j < n; j++)
        {
            if (tokens[from + j].Norm != title[title.Length - n + j])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "At the same time, the presidential aide emphasized …", "The Head of State stressed …": an office with no name and
    /// no party before a speech verb is the person named earlier in the item who holds it (the pack's role, through the
    /// pack's office synonyms: "head of state" is a president, "the head of Ukrainian diplomacy" a foreign minister).
    /// </summary>
    private static Agent? OfficeHolder(SentenceAnalysis s, int speech, Discourse discourse, DomainPack pack, int resolved)
    {
        if (discourse.NamedPeople.Count == 0)
        {
            return null;
        }
        var start = speech - 1;
        while (start >= 0 && s.Tokens[start].IsWord && s.Tokens[start].Norm is not ("the" or "that") && speech - start <= 6)
        {
            start--;
        }
        if (start < 0 || s.Tokens[start].Norm != "the" || start + 1 >= speech
            || s.Agents.Exists(a => a.Start > start && a.End <= speech && (a.Kind is AgentKind.Person || a.Kind is AgentKind.Entity && !s.IsKindAt(CueKind.PartyAdjective, a.Start))))
        {
            return null;
        }
        var office = string.Join(' ', s.Tokens[(start + 1)..speech].Select(k => k.Norm));
        foreach (var (synonym, post) in pack.OfficeSynonyms)
        {
            if (synonym.All(w => office.Contains(w, StringComparison.Ordinal)))
            {
                office = post;
                break;
            }
        }
        var words = office.Split(' ');
        var party = s.Of(CueKind.PartyAdjective).Find(m => m.Start > start && m.End <= speech);
        // The person the post already points to keeps it when the post is theirs.
        var candidates = new List<int>();
        if (resolved >= 0)
        {
            candidates.Add(resolved);
        }
        for (var k = discourse.NamedPeople.Count - 1; k >= 0; k--)
        {
            if (discourse.NamedPeople[k] != resolved)
            {
                candidates.Add(discourse.NamedPeople[k]);
            }
        }
        foreach (var candidate in candidates)
        {
            var person = pack.People[candidate];
            var role = person.Role?.ToLowerInvariant() ?? "";
            var partyIndex = Mentions.PartyIndex(pack, person.Party);
            if (role.Contains(office, StringComparison.Ordinal) || words.Length == 1 && role.Split(' ').Contains(words[0]))
            {
                return party.End > 0 && party.Cue.Ref != partyIndex
                    ? null
                    : new Agent { Kind = AgentKind.Person, Person = candidate, Party = partyIndex, Start = start, End = speech };
            }
        }
        return null;
    }

    /// <summary>
    /// The body an item's opening line says issued it: "European Council conclusions on Ukraine", "Declaration on Ukraine,
    /// issued by the Heads of State and Government participating in the meeting of the North Atlantic Council".
    /// </summary>
    internal static Agent? Issuer(SentenceAnalysis s, DomainPack pack)
    {
        var tokens = s.Tokens;
        var documents = pack.IssuedDocuments;
        foreach (var a in s.Agents)
        {
            if (a is { Kind: AgentKind.Entity, Party: >= 0, Possessive: false } && a.End < tokens.Length && documents.Contains(tokens[a.End].Norm))
            {
                return new Agent { Kind = AgentKind.Entity, Party = a.Party, Start = a.Start, End = a.End };
            }
        }
        // "The following is an excerpt from President Volodymyr Zelenskyy's evening video address …", "… of remarks by Foreign
        // Minister …": a preamble that names whose text follows.
        if (tokens.Length > 2 && tokens[0].Norm == "the" && tokens[1].Norm == "following")
        {
            foreach (var a in s.Agents.Where(a => a is { Kind: AgentKind.Person or AgentKind.Entity, Party: >= 0 }))
            {
                var owns = a.Possessive && Enumerable.Range(a.End, Math.Min(4, tokens.Length - a.End)).Any(k => documents.Contains(tokens[k].Norm));
                var by = a.Start >= 2 && tokens[a.Start - 1].Norm == "by" && documents.Contains(tokens[a.Start - 2].Norm);
                if (owns || by)
                {
                    return new Agent { Kind = a.Kind, Party = a.Party, Person = a.Person, Name = a.Name, Start = a.Start, End = a.End };
                }
            }
        }
        for (var i = 1; i + 3 < tokens.Length; i++)
        {
            // "The leaders of the coalition of the willing met by video conference … and issued the following statement."
            // (The line may name what the meeting was about: "… after a meeting on military support".)
            if (tokens[i].Norm is "issued" or "adopted" or "published" or "agreed" or "released"
                && tokens[i + 1].Norm == "the" && tokens[i + 2].Norm == "following" && documents.Contains(tokens[i + 3].Norm)
                && s.Agents.Find(a => a is { Kind: AgentKind.Entity or AgentKind.Group or AgentKind.Person, Party: >= 0, Possessive: false, Absorbed: false }
                    && a.End <= i && a.Start <= 6 && !(a.IsMetonym && s.IsDateline(new CueMatch(default, a.Start, a.End)))) is { } author)
            {
                // ("NATO Secretary General Mark Rutte issued the following statement": a person's statement is in that person's voice.)
                return author.Kind == AgentKind.Person
                    ? new Agent { Kind = AgentKind.Person, Party = author.Party, Person = author.Person, Name = author.Name, Start = author.Start, End = author.End }
                    : new Agent { Kind = AgentKind.Entity, Party = author.Party, Start = author.Start, End = author.End };
            }
        }
        // ("The following is a translation of a statement issued in French on Wednesday by the spokesperson of the French
        // Ministry …", "published on the website of the Russian Foreign Ministry": a preamble states no stance itself.)
        if (s.Of(CueKind.Stance).Count > 0)
        {
            return null;
        }
        for (var i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].Norm is not ("issued" or "adopted" or "published" or "agreed" or "released"))
            {
                continue;
            }
            if (Enumerable.Range(i + 1, Math.Min(8, tokens.Length - i - 1)).Any(k => tokens[k].Norm == "by" || tokens[k].Norm == "website"))
            {
                var body = s.Agents.Find(a => a is { Kind: AgentKind.Entity, Party: >= 0, Possessive: false } && a.Start > i && a.Start <= i + 16);
                return body is null ? null : new Agent { Kind = AgentKind.Entity, Party = body.Party, Start = body.Start, End = body.End };
            }
        }
        return null;
    }

    /// <summary>
    /// A headline that is the name of the text: "Statement by the coalition of the willing after …", "Joint declaration of
    /// the Nordic countries", "NATO statement on Ukraine". A headline that only mentions one ("Kremlin statement angers
    /// Kyiv") names no issuer.
    /// </summary>
    public static Agent? TitleIssuer(SentenceAnalysis title, DomainPack pack)
    {
        var tokens = title.Tokens;
        var documents = pack.IssuedDocuments;
        var at = tokens.Length > 0 && tokens[0].Norm == "joint" ? 1 : 0;
        // ("Joint statement on Ukraine by the leaders of France, Germany, …": a topic may come before the issuer.)
        var by = at + 1 < tokens.Length && documents.Contains(tokens[at].Norm)
            ? Array.FindIndex(tokens, at + 1, Math.Min(5, tokens.Length - at - 1), t => t.Norm is "by" or "of" or "from")
            : -1;
        if (by > 0 && by + 1 < tokens.Length)
        {
            // ("Address by President of Ukraine Ostap Verbytsky": a person's text is that person's words.)
            if (title.Agents.Find(a => a is { Kind: AgentKind.Person, Party: >= 0, Possessive: false } && a.Start > by && a.Start <= by + 5) is { } author
                && !title.Agents.Exists(a => a is { Kind: AgentKind.Entity or AgentKind.Group, Party: >= 0 } && a.Start > by && a.Start < author.Start && a.End <= author.Start))
            {
                return new Agent { Kind = AgentKind.Person, Party = author.Party, Person = author.Person, Name = author.Name, Start = 0, End = 0 };
            }
            var body = title.Agents.Find(a => a is { Kind: AgentKind.Entity or AgentKind.Group, Party: >= 0, Possessive: false } && a.Start > by && a.Start <= by + 5);
            return body is null ? null : new Agent { Kind = AgentKind.Entity, Party = body.Party, Start = 0, End = 0 };
        }
        var named = title.Agents.Find(a => a is { Kind: AgentKind.Entity, Party: >= 0, Possessive: false } && a.Start <= 1);
        if (named is not null && named.End < tokens.Length && documents.Contains(tokens[named.End].Norm)
            && (named.End + 1 == tokens.Length || tokens[named.End + 1].Norm is "on" or "after" or "following" or ":" or "," or "."))
        {
            return new Agent { Kind = AgentKind.Entity, Party = named.Party, Start = 0, End = 0 };
        }
        // "Coalition of the willing issues statement after leaders' video call".
        var verb = named?.End ?? -1;
        if (named is not null && verb + 1 < tokens.Length && tokens[verb].Norm is "issues" or "issued" or "releases" or "released" or "adopts" or "adopted" or "publishes"
            && (documents.Contains(tokens[verb + 1].Norm) || verb + 2 < tokens.Length && tokens[verb + 1].Norm is "joint" or "a" && documents.Contains(tokens[verb + 2].Norm)))
        {
            return new Agent { Kind = AgentKind.Entity, Party = named.Party, Start = 0, End = 0 };
        }
        return null;
    }

    /// <summary>"It was noted in the Kremlin that …": the institution an agency's impersonal passive places the words in.</summary>
    private static Agent? ImpersonalSource(SentenceAnalysis s, CueMatch speech)
    {
        if (!s.ImpersonalPassiveAt(speech.Start - 1) || speech.End + 1 >= s.Tokens.Length || s.Tokens[speech.End].Norm != "in")
        {
            return null;
        }
        var place = s.Agents.Find(a => a is { Kind: AgentKind.Entity, Party: >= 0 }
            && (a.Start == speech.End + 1 && !a.Possessive || a.Start == speech.End + 2 && s.Tokens[speech.End + 1].Norm == "the"));
        return place is null
            ? null
            : new Agent { Kind = AgentKind.Entity, Party = place.Party, Start = place.Start, End = place.End, IsMetonym = place.IsMetonym };
    }

    /// <summary>"It was noted that …", "It has been stressed that …": a speech verb in the passive with "it" as its subject.</summary>
    private static bool ImpersonalReport(SentenceAnalysis s) =>
        s.Speeches.Exists(sp => sp.Start <= 10 && s.ImpersonalPassiveAt(sp.Start - 1));

    /// <summary>The sayer of the quotation in this sentence: its attribution, or the inherited speaker.</summary>
    public static Agent? SayerForQuote(SentenceAnalysis s)
    {
        foreach (var speech in s.Speeches)
        {
            if (speech.Sayer is not null)
            {
                return speech.Sayer;
            }
        }
        return s.InheritedSayer;
    }

    private static int QuoteSpeakerParty(SentenceAnalysis s) => SayerForQuote(s)?.Party ?? -1;

    private static void ResolvePronouns(SentenceAnalysis s, Discourse discourse, DomainPack pack)
    {
        foreach (var agent in s.Agents)
        {
            if (agent.Kind != AgentKind.Pronoun)
            {
                continue;
            }
            if (agent.Post is not null)
            {
                // "the Kremlin official": the party's last named voice, if it holds such a post.
                var known = discourse.LastVoice.TryGetValue(agent.Party, out var voice) && voice >= 0;
                if (known && Holds(pack.People[voice], agent.Post))
                {
                    agent.Person = voice;
                }
                // ("Russian Presidential Aide Oleg Durasov, who heads the delegation, …" … "The Russian negotiator also said": or the
                // person of that party the pack does not know, named last, if the post is anyone's or theirs.)
                else if (discourse.LastUnknown is { } named && discourse.PartyOf(named) == agent.Party
                    && (AnyonesPost.Contains(agent.Post) || agent.Post.EndsWith("negotiator", StringComparison.Ordinal) || named.TitledAs(agent.Post.Split(' ')[^1])))
                {
                    agent.Name = named.Name;
                }
                continue;
            }
            // "Trump spoke with Putin and said he would …": the subject before the pronoun, not the person after "with".
            // People in a reporter's fronted question are not who answers it.
            var antecedent = s.Agents.LastOrDefault(a => a.Kind == AgentKind.Person && a.End <= agent.Start && !a.Possessive && !a.Oblique && !a.Absorbed)
                ?? s.Agents.LastOrDefault(a => a.Kind == AgentKind.Person && a.End <= agent.Start && !a.Possessive && !a.Absorbed && !InFrontedAdjunct(s, a, agent));
            if (antecedent is { Person: < 0, Name: not null })
            {
                PointBack(agent, antecedent, antecedent.Party);
                continue;
            }
            // ("At the same time, the diplomat noted": a post is that person too, unless it names a head of state or government
            // or a minister, who the pack's people more often are.)
            // (Unless that person was introduced with it: "Foreign Minister Paolo Ferrante" … "According to the minister".)
            // ("The President of the Republic will travel …": a post of a body the person was not introduced with is someone else's.)
            var head = PostHead(s, agent, pack);
            if (antecedent is null && discourse.LastUnknown is { } unknown && agent.Party < 0
                && (agent.End - agent.Start == 1 || !pack.LeaderPosts.Contains(head) || unknown.TitledAs(head))
                && !(OfName(s, agent.End) is { } body && !unknown.TitledAs(body)))
            {
                PointBack(agent, unknown, discourse.PartyOf(unknown));
                continue;
            }
            // ("President of Ukraine Oleksandra Hordiienko said …" … "the President stressed": or the person introduced with that
            // post last, when someone else was named since.)
            if (antecedent is null && agent.Party < 0 && agent.End - agent.Start > 1 && LastTitled(discourse, head) is { } titled
                && OfName(s, agent.End) is null)
            {
                PointBack(agent, titled, discourse.PartyOf(titled));
                continue;
            }
            // ("Ukraine's delegate said … He added that …": a sentence that opens on the pronoun goes on with the unnamed
            // speaker of the sentence before.)
            if (antecedent is null && agent.Start == 0 && agent.Party < 0 && !agent.Possessive && s.IsKindAt(CueKind.Speech, 1)
                && discourse.LastSayer is { Kind: AgentKind.Group, Person: < 0, Name: null, Party: >= 0 } group)
            {
                agent.Party = group.Party;
                continue;
            }
            var person = antecedent?.Person ?? discourse.LastPerson;
            // "the Kremlin spokesman" names its party: it cannot point back to a person of another.
            if (person >= 0 && agent.Party >= 0 && Mentions.PartyIndex(pack, pack.People[person].Party) != agent.Party)
            {
                continue;
            }
            if (person >= 0)
            {
                agent.Person = person;
                agent.Party = Mentions.PartyIndex(pack, pack.People[person].Party);
            }
        }
    }

    /// <summary>
    /// The post a post pronoun names, by its head word, through the pack's office synonyms: "the head of state" is a president.
    /// </summary>
    private static string PostHead(SentenceAnalysis s, Agent pronoun, DomainPack pack)
    {
        var words = s.Tokens[pronoun.Start..pronoun.End];
        var from = words.Length > 1 && words[0].Norm == "the" ? 1 : 0;
        foreach (var (synonym, post) in pack.OfficeSynonyms)
        {
            if (synonym.Length == words.Length - from && synonym.Select((w, k) => w == words[from + k].Norm).All(same => same))
            {
                return post.Split(' ')[^1];
            }
        }
        return words[^1].Norm;
    }

    /// <summary>A pronoun or a post that points back to a person the pack does not know takes that person's name and side.</summary>
    private static void PointBack(Agent pronoun, Agent person, int party)
    {
        pronoun.Party = party;
        pronoun.Name = person.Name;
        pronoun.Outsider = person.Outsider;
    }

    /// <summary>
    /// The person the pack does not know introduced last with <paramref name="post"/> as the head of their title (the word
    /// before any "of": "President of Ukraine" is a president, "Special Envoy of the President" is not; "Minister for Foreign
    /// Affairs of Finland" is left to the pack's ministers, whom the item more often means), or null.
    /// </summary>
    private static Agent? LastTitled(Discourse discourse, string post)
    {
        for (var k = discourse.TitledUnknown.Count - 1; k >= 0; k--)
        {
            var title = discourse.TitledUnknown[k].Title;
            var of = Array.IndexOf(title, "of");
            if (title.Length > 0 && title[of > 0 ? of - 1 : title.Length - 1] == post)
            {
                return discourse.TitledUnknown[k].Person;
            }
        }
        return null;
    }

    /// <summary>The capitalised word after "of" (and "the") at <paramref name="at"/>, in lower case ("of the Republic": "republic"), or null.</summary>
    private static string? OfName(SentenceAnalysis s, int at) =>
        Mentions.AfterOf(s.Tokens, at) is > 0 and var name && s.Tokens[name].IsWord && s.Tokens[name].IsCapitalized ? s.Tokens[name].Norm : null;

    /// <summary>
    /// "Under questioning from Senator Ellen Marsh of New Hampshire, he said …": a person in a prepositional phrase fronted
    /// before the pronoun's clause is not who the pronoun is.
    /// </summary>
    private static bool InFrontedAdjunct(SentenceAnalysis s, Agent person, Agent pronoun) =>
        person.Oblique && s.IsKindAt(CueKind.Oblique, 0) && pronoun.Start >= 1 && s.Tokens[pronoun.Start - 1].Norm == ","
        && Array.FindIndex(s.Tokens, 0, person.Start, t => t.Norm == ",") < 0;

    private static readonly HashSet<string> AnyonesPost = new(StringComparer.Ordinal) { "official", "diplomat", "representative", "aide", "adviser", "advisor" };

    private static bool Holds(PersonDefinition person, string post) =>
        AnyonesPost.Contains(post) || person.Role is null || person.Role.Contains(post.Split(' ')[^1], StringComparison.OrdinalIgnoreCase);

    /// <summary>"a senior Russian official", "another diplomat": an indefinite article in the two words before.</summary>
    private static bool Indefinite(SentenceAnalysis s, int start)
    {
        for (var i = Math.Max(0, start - 2); i < start; i++)
        {
            if (s.Tokens[i].Norm is "a" or "an" or "one" or "another")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Remembers, per party, who spoke for it last: a named person, or no one after "a senior Russian official".</summary>
    private static void RememberVoices(SentenceAnalysis s, Discourse discourse)
    {
        foreach (var a in s.Agents)
        {
            if (a.Party < 0 || a.Possessive || a.Oblique || a.InRelativeClause)
            {
                continue;
            }
            if (a.Kind is AgentKind.Person or AgentKind.Pronoun && a.Person >= 0)
            {
                discourse.LastVoice[a.Party] = a.Person;
            }
            else if (a.Kind is AgentKind.Group or AgentKind.Person && a.Person < 0 && !a.Absorbed && Indefinite(s, a.Start))
            {
                discourse.LastVoice[a.Party] = -1;
            }
        }
    }

    /// <summary>
    /// "Prime Minister Giulia Benedetti told parliament that Italian soldiers would serve only under a UN flag": a person the item
    /// gives no party, who speaks in a sentence that names one side only, is of that side.
    /// </summary>
    private static void OnlySideNamed(SentenceAnalysis s)
    {
        if (s.Of(CueKind.Speech).Count == 0)
        {
            return;
        }
        // (Or one whose side is only a guess from the person named before: "Foreign Minister Ingrid Solheim-Berg told our news
        // programme that Norway was ready …" after an American observer.)
        var person = s.Agents.Find(a => a is { Kind: AgentKind.Person, Person: < 0, Outsider: false, Oblique: false, Possessive: false, Name: not null } && (a.Party < 0 || a.SideGuessed));
        if (person is null)
        {
            return;
        }
        // (Not a person of the pack, whom one speaks to or about, nor a party after a preposition: "guarantees for Ukraine".)
        // (Nor one a mediator names as a party to what it hosts: "talks between the presidents of Russia and Ukraine",
        // "Russia-Ukraine negotiations".)
        // (What they say counts, not whom they praised on the way: "President Meade commended … Ukraine's constructive
        // engagement …, and underscored that …".)
        var speech = s.Of(CueKind.Speech).Find(m => m.Start >= person.End);
        var (from, to) = speech.End > 0 ? (speech.End, s.Tokens.Length) : (0, person.Start);
        // (Up to a condition: "she could accept a long pause if Western allies provided guarantees" names the other side there.)
        if (s.Of(CueKind.Condition).Find(c => c.Start >= from && c.Start < to) is { End: > 0 } condition)
        {
            to = condition.Start;
        }
        // (Party words, not only mentions that can hold: "that Italian soldiers would serve only under a UN flag".)
        var side = -1;
        foreach (var kind in SideWords)
        {
            foreach (var m in s.Of(kind))
            {
                if (m.Start < from || m.End > to || IsNoSide(s, m))
                {
                    continue;
                }
                if (side >= 0 && side != m.Cue.Ref)
                {
                    return; // two sides named
                }
                side = m.Cue.Ref;
            }
        }
        if (side >= 0)
        {
            person.Party = side;
        }
    }

    private static readonly CueKind[] SideWords = [CueKind.PartyName, CueKind.PartyAdjective, CueKind.PartyMetonym];

    /// <summary>A party word that names no side the speaker is of: inside a pack person's name, after a preposition, in a
    /// "US-brokered" compound, in a place, in an issue's object, in a relative clause that describes a thing ("the plant,
    /// which Russian troops have occupied since 2022"), or before what it "must" do.</summary>
    private static bool IsNoSide(SentenceAnalysis s, CueMatch m)
    {
        var tokens = s.Tokens;
        // ("… has insisted that Ukraine must leave the Donbas": a side told what it must do is the one the speaker makes demands of.)
        if (s.InRelativeClause(m.Start) || m.End + 1 < tokens.Length && (tokens[m.End].Norm is "must" or "should" or "ought"
            || tokens[m.End].Norm is "has" or "have" or "needs" or "need" && tokens[m.End + 1].Norm == "to"))
        {
            return true;
        }
        foreach (var p in s.Of(CueKind.Person))
        {
            if (p.Start <= m.Start && m.End <= p.End)
            {
                return true;
            }
        }
        if (m.Start > 0 && s.IsKindAt(CueKind.Oblique, m.Start - 1) && tokens[m.Start - 1].Norm is not ("of" or "and")
            || m.End + 1 < tokens.Length && tokens[m.End].Norm == "-" && tokens[m.End + 1] is { IsWord: true, IsCapitalized: false })
        {
            return true;
        }
        foreach (var p in s.Of(CueKind.Place))
        {
            if (p.Start <= m.Start && m.End <= p.End && m.Start > 0 && tokens[m.Start - 1].Norm is "in" or "to" or "from" or "at")
            {
                return true;
            }
        }
        foreach (var i in s.Of(CueKind.Issue))
        {
            // ("frozen Russian assets" is the issue's object; "Italian soldiers would serve" opens the clause's subject.)
            if (i.Start <= m.Start && m.End <= i.End && !(i.Start == m.Start && i.End < tokens.Length
                && tokens[i.End].Norm is "would" or "will" or "could" or "can" or "must" or "should" or "may" or "might" or "are" or "were"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"According to him, the parties agreed …": the person last named (not "according to her ministry").</summary>
    private static Agent? SourcePronoun(SentenceAnalysis s, int at, Discourse discourse, DomainPack pack)
    {
        var tokens = s.Tokens;
        var inWords = at >= 1 && at + 1 < tokens.Length && tokens[at - 1].Norm == "in" && tokens[at].Norm is "his" or "her" && tokens[at + 1].Norm is "words" or "view";
        if (!inWords && (at >= tokens.Length || tokens[at].Norm is not ("him" or "her") || at + 1 < tokens.Length && tokens[at + 1].IsWord))
        {
            return null;
        }
        // (A person the pack does not know, named after the last one it does, is who "him" is.)
        if (discourse.LastUnknown is { } unknown)
        {
            return new Agent { Kind = AgentKind.Pronoun, Party = discourse.PartyOf(unknown), Name = unknown.Name, Outsider = unknown.Outsider, Start = at, End = at + 1, Oblique = true };
        }
        if (discourse.LastPerson < 0)
        {
            return null;
        }
        var person = discourse.LastPerson;
        return new Agent { Kind = AgentKind.Pronoun, Person = person, Party = Mentions.PartyIndex(pack, pack.People[person].Party), Start = at, End = at + 1, Oblique = true };
    }

    /// <summary>
    /// "The Russians still want all of Donetsk. They also refuse any European soldiers": a "they" that opens a
    /// sentence or a clause is the plural subject named last, when the sentence names no party before it.
    /// </summary>
    private static void ResolveThey(SentenceAnalysis s, Discourse discourse)
    {
        var previous = discourse.LastGroupParty;
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Length && previous >= 0; i++)
        {
            var opensClause = i == 0 || tokens[i - 1].IsQuote || tokens[i - 1].Norm is "and" or "but" or ";" or ":";
            if (tokens[i].Norm == "they" && opensClause && !s.Agents.Any(a => a.Start <= i && a.End > i)
                && !s.Agents.Any(a => a.End <= i && a.CanHold))
            {
                s.Agents.Add(new Agent { Kind = AgentKind.Group, Party = previous, Start = i, End = i + 1 });
            }
        }
        s.Agents.Sort((a, b) => a.Start.CompareTo(b.Start));
        var plural = s.Agents.FirstOrDefault(a => a.CanHold && a.Kind is AgentKind.Entity or AgentKind.Group && !a.Possessive && NamesMany(s, a));
        if (plural is not null)
        {
            discourse.LastGroupParty = plural.Party;
        }
    }

    /// <summary>
    /// Whether a mention is many, for a later "they": a plural noun or a demonym ("officials", "the Russians", "the Nordics"),
    /// or two of one side ("France and the United Kingdom"); a name that ends in "s" is one party ("the United States").
    /// </summary>
    private static bool NamesMany(SentenceAnalysis s, Agent a)
    {
        var tokens = s.Tokens;
        var last = tokens[a.End - 1];
        if (last.Norm.EndsWith('s') && !(a.Kind == AgentKind.Entity && last.IsCapitalized && !last.Norm.EndsWith("ns", StringComparison.Ordinal)
            && !last.Norm.EndsWith("ies", StringComparison.Ordinal) && !last.Norm.EndsWith("ics", StringComparison.Ordinal)))
        {
            return true;
        }
        return a.End + 1 < tokens.Length && tokens[a.End].Norm == "and"
            && s.Agents.Exists(b => b.Party == a.Party && (b.Start == a.End + 1 || b.Start == a.End + 2 && tokens[a.End + 1].Norm == "the"));
    }

    /// <summary>
    /// "Moscow has not rejected the draft, but it wants all of Donbas": an "it" that opens a coordinated clause is the
    /// party that is the sentence's subject, not the nearer noun ("the draft"). "but it is unclear" stays impersonal.
    /// </summary>
    private static void ResolveIt(SentenceAnalysis s)
    {
        var tokens = s.Tokens;
        for (var i = 2; i < tokens.Length - 1; i++)
        {
            // "Kyiv says it will not leave land …, although it has signalled …": after a clause opener or the subject's own
            // speech verb; "it would be difficult" and "it is unclear" stay impersonal.
            var afterSpeech = s.Of(CueKind.Speech).Any(m => m.End == i);
            // ("Ukraine rejects the Russian draft, repeating that it will not withdraw …": a participle after a comma is the
            // subject's.)
            var afterParticiple = i >= 3 && tokens[i - 1].Norm == "that" && tokens[i - 2] is { IsWord: true, IsCapitalized: false } participle
                && participle.Norm.EndsWith("ing", StringComparison.Ordinal) && tokens[i - 3].Norm == ",";
            if (tokens[i].Norm != "it" || !afterSpeech && !afterParticiple && tokens[i - 1].Norm is not ("but" or "and" or "although" or "though" or "while" or "whereas")
                || tokens[i + 1].Norm is "is" or "was" or "'s" or "seems" or "seemed" or "remains" or "remained" or "appears" or "appeared"
                || tokens[i + 1].Norm is "would" or "will" or "could" or "may" or "might" && Impersonal(tokens, i + 2))
            {
                continue;
            }
            // After a speech verb "it" is whoever speaks ("the White House says it won't …"); after an opener, the sentence's subject.
            // ("…, which Moscow has said it would reject": inside a relative clause, its own subject.)
            var inRelative = s.InRelativeClause(i);
            // ("Kyiv proposed a truce; the Kremlin has not said no, but it has tied …": the subject of the clause after a semicolon.)
            var clauseStart = Array.FindLastIndex(tokens, i - 1, i, t => t.Norm == ";");
            Func<Agent, bool> candidate = a => a.End <= i && a.Start > clauseStart && a.CanHold && !a.Possessive && (!a.InRelativeClause || inRelative) && a.Kind is AgentKind.Entity;
            // (By position: an "it" resolved earlier in this loop sits at the list's end until the sort below.)
            var subject = afterSpeech ? s.Agents.Where(candidate).MaxBy(a => a.Start) : s.Agents.Where(candidate).MinBy(a => a.Start);
            if (subject is not null && !s.Agents.Any(a => a.Start <= i && a.End > i))
            {
                s.Agents.Add(new Agent { Kind = AgentKind.Entity, Party = subject.Party, Start = i, End = i + 1, IsMetonym = subject.IsMetonym });
            }
        }
        s.Agents.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// "The European Council welcomes the ceasefire. It calls for the release of all prisoners": an "it" that opens the
    /// sentence and goes straight on with its own verb is the institution that opened the sentence before.
    /// ("It is unclear", "it would be difficult" and "it has been agreed" stay impersonal.)
    /// </summary>
    private static void ResolveOpeningIt(SentenceAnalysis s, Discourse discourse)
    {
        var tokens = s.Tokens;
        var opener = s.Agents.FirstOrDefault(a => !a.Possessive && !a.Oblique && a.Start <= 1);
        // ("Moscow demands … It wants …", "It is ready for …", "It has offered …": a capital as subject goes on the same way, and
        // so do "is" before a readiness and "has" before a deed.)
        if (tokens.Length > 2 && tokens[0].Norm == "it" && opener is null && discourse.LastInstitution is { } institution
            && tokens[1] is { IsWord: true, IsCapitalized: false } verb && (verb.Norm.EndsWith('s') || verb.Norm.EndsWith("ed", StringComparison.Ordinal))
            && (verb.Norm is not ("is" or "was" or "has" or "seems" or "seemed" or "remains" or "remained" or "appears" or "appeared" or "makes" or "depends" or "needs")
                || verb.Norm is "is" && tokens[2].Norm is "ready" or "willing" or "prepared" or "open" or "opposed"
                    && !(tokens.Length > 4 && tokens[3].Norm == "to" && tokens[4].Norm is "question" or "debate" or "doubt" or "interpretation")
                || verb.Norm is "has" && tokens[2].Norm is not ("been" or "become") && tokens[2].Norm.EndsWith("ed", StringComparison.Ordinal))
            && !(verb.Norm == "takes" && tokens[2].Norm != "note"))
        {
            s.Agents.Insert(0, new Agent { Kind = AgentKind.Entity, Party = institution.Party, Start = 0, End = 1, IsMetonym = institution.IsMetonym });
            return;
        }
        discourse.LastInstitution = opener is { Kind: AgentKind.Entity, CanHold: true } && tokens[opener.End - 1].IsCapitalized ? opener : null;
    }

    private static bool Impersonal(Token[] tokens, int at)
    {
        if (at < tokens.Length && tokens[at].Norm == "not")
        {
            at++;
        }
        return at >= tokens.Length || tokens[at].Norm is "be" or "take" or "make" or "seem" or "appear" or "depend" or "remain" or "have";
    }

    /// <summary>
    /// "On territory, it proposes that Ukrainian forces pull back …": an "it" that opens a clause and says what it
    /// provides for is the draft named just before, which speaks for the party that drew it up.
    /// </summary>
    private static void DraftAsIt(SentenceAnalysis s, int party)
    {
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Length - 1; i++)
        {
            if (tokens[i].Norm != "it" || i > 0 && tokens[i - 1].Norm is not ("," or ";" or "and") || s.Agents.Any(a => a.Start <= i && a.End > i))
            {
                continue;
            }
            var at = i + 1;
            // "It would also commit Washington to …": what a draft would do is its provision too.
            var modal = tokens[at].Norm is "would" or "will";
            if (modal && at + 1 < tokens.Length)
            {
                at++;
            }
            if (tokens[at].Norm == "also" && at + 1 < tokens.Length)
            {
                at++;
            }
            var verb = tokens[at].Norm;
            if (!modal && verb is "proposes" or "proposed" or "envisages" or "envisaged" or "foresees" or "stipulates" or "provides" or "states"
                    or "calls" or "offers" or "requires" or "sets" or "includes" or "guarantees" or "keeps" or "caps" or "gives" or "asks" or "obliges"
                || modal && verb is "offer" or "give" or "commit" or "require" or "cap" or "allow" or "grant" or "guarantee" or "provide" or "oblige"
                    or "ban" or "bar" or "limit" or "freeze" or "leave" or "recognise" or "recognize" or "lift" or "create" or "establish" or "keep" or "set")
            {
                s.Agents.Add(new Agent { Kind = AgentKind.Document, Party = party, Start = i, End = i + 1 });
            }
        }
    }

    private static readonly HashSet<string> DraftingVerbs = new(StringComparer.Ordinal)
    {
        "circulated", "circulates", "presented", "presents", "drafted", "drafts", "submitted", "submits", "tabled", "tables", "unveiled",
        "unveils", "prepared", "prepares", "published", "publishes", "drew", "draws", "put", "puts", "sent", "sends", "handed", "hands",
    };

    /// <summary>"US negotiators circulated a revised 22-point draft": whoever drew up or handed over a draft is its party.</summary>
    private static Agent? DrafterOf(SentenceAnalysis s, CueMatch document)
    {
        var documentStart = document.Start;
        // ("The 24-point document was drafted by US envoy Grant Pelletier": or the agent of the passive after it.)
        for (var k = document.End; k + 1 < s.Tokens.Length && k <= document.End + 3; k++)
        {
            if (s.Tokens[k].Norm is "was" or "were" or "is" or "has" or "been" or "being" or "first" or "originally")
            {
                continue;
            }
            if (DraftingVerbs.Contains(s.Tokens[k].Norm) && s.Tokens[k + 1].Norm == "by"
                && s.Agents.Find(a => a.Start == k + 2 && a.Kind != AgentKind.Document && a.Party >= 0 && !a.Absorbed && !a.Possessive) is { } author)
            {
                return author;
            }
            break;
        }
        var subject = s.Agents.LastOrDefault(a => a.End <= documentStart && a.Kind != AgentKind.Document && a.CanHold && !a.Possessive);
        // ("The White House on Tuesday unveiled a 22-point framework": a day and a number of points may stand between.)
        if (subject is null || documentStart - subject.End > 9)
        {
            return null;
        }
        var between = s.Tokens[subject.End..documentStart];
        if (between.Any(t => t.Norm is "," or ";" or "but" or "that"))
        {
            return null;
        }
        if (between.Any(t => DraftingVerbs.Contains(t.Norm)))
        {
            return subject;
        }
        // ("The United States has sent Russia and Ukraine a revised 22-point framework": the sides it was sent to stand between
        // the verb and the draft; its drafter is the subject before the verb.)
        var verb = subject.Start < 1 ? -1 : Array.FindLastIndex(s.Tokens, subject.Start - 1, Math.Min(8, subject.Start), t => DraftingVerbs.Contains(t.Norm));
        if (verb < 0 || s.Tokens[verb..subject.Start].Any(t => t.Norm is "," or ";" or "but" or "that" or "by" or "to"))
        {
            return null;
        }
        var drafter = s.Agents.LastOrDefault(a => a.End <= verb && verb - a.End <= 3 && a.Kind != AgentKind.Document && a.CanHold && !a.Possessive);
        return drafter is not null && !s.Tokens[drafter.End..verb].Any(t => t.Norm is "," or ";" or "that") ? drafter : null;
    }

    /// <summary>"TERRITORY: …", "Elections and sanctions: …": the colon of a short capitalised label that opens the line, or -1.</summary>
    private static int TopicLabelEnd(SentenceAnalysis s)
    {
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Length && i <= 4; i++)
        {
            if (tokens[i].Norm == ":")
            {
                // (An interview's "Q:" and "A:" are turns, not topics.)
                return i > 0 && tokens[0].IsCapitalized && !s.Agents.Any(a => a.Start < i && a.Kind is AgentKind.Person)
                    && !(i == 1 && tokens[0].Norm is "q" or "a" or "question" or "answer") ? i : -1;
            }
            if (!tokens[i].IsWord)
            {
                return -1;
            }
        }
        return -1;
    }

    private static void ResolveDocuments(SentenceAnalysis s, Discourse discourse)
    {
        // A draft named with its party ("the U.S.-drafted plan") sets whose plan a later bare "the plan" is.
        foreach (var agent in s.Agents)
        {
            if (agent.Kind == AgentKind.Document && agent.Party >= 0)
            {
                discourse.DocumentParty = agent.Party;
            }
        }
        foreach (var m in s.Of(CueKind.Document))
        {
            if (DrafterOf(s, m) is { } drafter)
            {
                discourse.DrafterParty = drafter.Party;
            }
        }
        var sinceDocument = discourse.SentencesSinceDocument;
        discourse.SentencesSinceDocument = s.Of(CueKind.Document).Count > 0 ? 0 : sinceDocument == int.MaxValue ? sinceDocument : sinceDocument + 1;
        if (sinceDocument <= 4 && s.TopicLabelEnd >= 0)
        {
            s.ProvisionOf = discourse.DocumentParty >= 0 ? discourse.DocumentParty : discourse.DrafterParty;
        }
        // (A draft whose party is known only from who sent it is that party's: "The United States has sent Russia and Ukraine a
        // revised framework" … "The new text keeps a cap …".)
        var party = discourse.DocumentParty >= 0 ? discourse.DocumentParty : discourse.DrafterParty;
        if (party < 0)
        {
            return;
        }
        if (sinceDocument <= 2)
        {
            DraftAsIt(s, party);
        }

        var owned = s.Agents.Where(a => a.Kind == AgentKind.Document).Select(a => a.End).ToHashSet();
        foreach (var m in s.Of(CueKind.Document))
        {
            if (owned.Contains(m.End) || m.Start == 0 && s.Tokens.Length == 1)
            {
                continue;
            }
            var before = m.Start > 0 ? s.Tokens[m.Start - 1].Norm : "";
            // ("The new text keeps a cap …": the item's draft in a newer version.)
            var revised = m.Start >= 2 && before is "new" or "revised" or "latest" or "updated" or "amended" && s.Tokens[m.Start - 2].Norm is "the" or "this" or "its";
            if (before is "the" or "this" or "that" or "another" or "separate" or "its" || revised)
            {
                // ("could work with the new text": after a preposition it is no one's subject.)
                var start = m.Start - (revised ? 2 : 1);
                // ("She said Brussels was preparing a theft with its plan for a loan": "its" is the party named before it, not the
                // item's draft.)
                var owner = s.Tokens[start].Norm == "its"
                    ? s.Agents.LastOrDefault(a => a is { Kind: AgentKind.Entity or AgentKind.Group, Party: >= 0, Possessive: false, Oblique: false } && a.End <= start)?.Party ?? party
                    : party;
                s.Agents.Add(new Agent { Kind = AgentKind.Document, Party = owner, Start = start, End = m.End, Oblique = revised && start > 0 && s.IsKindAt(CueKind.Oblique, start - 1) });
            }
        }
        s.Agents.Sort((a, b) => a.Start.CompareTo(b.Start));
        // "Under the American proposal, the plant would be operated jointly …": what would happen under a party's draft is
        // its provision.
        // ("Under the plan, …": so is the item's draft named bare.)
        // ("Under the American framework now under negotiation, …": words on its state may come before the comma.)
        if (s.Tokens.Length > 3 && s.Tokens[0].Norm == "under"
            && s.Agents.FirstOrDefault(a => a.Kind == AgentKind.Document && a.Start <= 3) is { Party: >= 0 } opening
            && Array.FindIndex(s.Tokens, opening.End, Math.Min(5, s.Tokens.Length - opening.End), t => !t.IsWord || t.IsCapitalized) is >= 0 and var comma
            && s.Tokens[comma].Norm == ",")
        {
            s.ProvisionOf = opening.Party;
            s.ProvisionOpened = true;
        }
        // "The document … would cap Ukraine's armed forces at 700,000. In return, Ukraine would receive … guarantees. Sanctions
        // on Russia would be eased in stages …": sentences that go on saying what "would" happen, with no one reported or
        // quoted, go on setting out the draft.
        var sets = s.Agents.Exists(a => a is { Kind: AgentKind.Document, Oblique: false, Possessive: false } && a.Party >= 0
            && s.Of(CueKind.Modal).Exists(m => m.Start >= a.End && m.Start - a.End <= 14 && s.Tokens[m.Start].Norm == "would"));
        var goesOn = discourse.ProvisionAt == s.Sentence.Index - 1 && s.Of(CueKind.Speech).Count == 0 && !(s.Tokens.Length > 0 && s.Tokens[0].IsQuote)
            && s.Of(CueKind.Modal).Exists(m => s.Tokens[m.Start].Norm == "would");
        if (sets || goesOn)
        {
            discourse.ProvisionAt = s.Sentence.Index;
            if (goesOn && s.ProvisionOf < 0)
            {
                s.ProvisionOf = party;
                s.ProvisionContinued = true;
            }
        }
    }

    /// <summary>
    /// "the position of the Russian side on the territorial issue remains unchanged: the Kiev regime must withdraw …",
    /// "Moscow's position on foreign troops is unchanged: no NATO soldiers in Ukraine": what follows the colon after a party's
    /// position is that party's, as if it spoke.
    /// </summary>
    private static Speech? PositionSayer(SentenceAnalysis s)
    {
        var tokens = s.Tokens;
        var colon = Array.FindIndex(tokens, t => t.Norm == ":");
        var noun = colon < 0 ? -1 : Array.FindLastIndex(tokens, colon - 1, Math.Min(colon, 14), t => t.Norm is "position" or "stance");
        // ("Kyiv's position is simple: it wants a guarantee package …": a clause with a pronoun subject of its own says whose it is.)
        if (noun < 0 || colon + 1 >= tokens.Length || tokens[colon + 1].Norm is "it" or "they" or "we")
        {
            return null;
        }
        var owner = s.Agents.Find(a => a is { Possessive: true, Party: >= 0, Absorbed: false } && (a.End == noun || a.End + 1 == noun && tokens[a.End].Norm == "'s"))
            ?? (noun + 2 < colon && tokens[noun + 1].Norm == "of"
                ? s.Agents.Find(a => a is { Party: >= 0, Absorbed: false, Possessive: false } && a.Start > noun + 1 && a.Start <= noun + 3)
                : null);
        return owner is null ? null : new Speech(colon, colon + 1, owner);
    }

    /// <summary>
    /// A quotes roundup names the speaker, a role and an occasion, then a colon and the quote: "Vladimir Putin, Russian
    /// president, to reporters in Minsk on Saturday: “…”", "A senior U.S. official, briefing reporters: “…”".
    /// </summary>
    private static Speech? RoundupSayer(SentenceAnalysis s)
    {
        var tokens = s.Tokens;
        var colon = Array.FindIndex(tokens, t => t.Norm == ":");
        if (colon < 0)
        {
            return null;
        }
        // "EU foreign policy chief Kaja Kallas: “Sanctions stay …”": a named person, titled however long, before the colon.
        if (colon + 1 < tokens.Length && tokens[colon + 1].IsQuote
            && s.Agents.Find(a => a is { Kind: AgentKind.Person, Absorbed: false, Possessive: false } && a.IsNamed && a.End == colon) is { } titled
            && Enumerable.Range(0, titled.Start).All(i => tokens[i].IsWord))
        {
            return new Speech(colon, colon + 1, titled);
        }
        // ("A senior U.S. official": the article and an adjective may come first.)
        var first = s.Agents.FirstOrDefault(a => a.Start <= 2 && a.Party >= 0 && a.Kind is AgentKind.Person or AgentKind.Group or AgentKind.Entity
            && Enumerable.Range(0, a.Start).All(i => tokens[i].IsWord));
        if (first is null || first.End >= tokens.Length || tokens[first.End].Norm != ",")
        {
            return null;
        }
        for (var i = first.End + 1; i + 1 < tokens.Length && i <= first.End + 16; i++)
        {
            if (tokens[i].Norm == ":")
            {
                return tokens[i + 1].IsQuote ? new Speech(i, i + 1, first) : null;
            }
            if (tokens[i].IsQuote || tokens[i].Norm is ";" or ".")
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// The comma that closes a fronted reporter's question ("Asked about …,", "When asked whether …,") or a fronted topic
    /// that the speaker then answers on ("On the Italian contribution to future guarantees, Ferrante reiterated that …",
    /// "Regarding the plan, the aide said …"), or -1.
    /// </summary>
    private static int AskedClauseEnd(SentenceAnalysis s)
    {
        var tokens = s.Tokens;
        var start = tokens.Length > 1 && tokens[0].Norm == "when" ? 1 : 0;
        // (Not "Commenting on statements from London that a force is ready, Peskov said": that opening reports a stance.)
        if (tokens.Length > 3 && TopicOpenings.Contains(tokens[0].Norm) && (tokens[0].Shape & TokenShape.AllCaps) == 0)
        {
            var comma = Array.FindIndex(tokens, t => t.Norm is "," or ":");
            return comma > 1 && tokens[comma].Norm == "," && !s.Of(CueKind.Speech).Exists(m => m.Start < comma)
                && s.Of(CueKind.Speech).Exists(m => m.Start > comma + 1 && m.Start <= comma + 5) ? comma : -1;
        }
        if (tokens.Length <= start + 2 || tokens[start].Norm != "asked")
        {
            return -1;
        }
        // The question may carry asides of its own ("Asked about the idea, floated in Turkish media, of a meeting …, the aide
        // said"): it ends at the last comma before the answer's speech verb.
        var speech = s.Of(CueKind.Speech).Find(m => m.Start > start + 1);
        var end = -1;
        for (var i = start + 1; i < (speech.End > 0 ? speech.Start : tokens.Length); i++)
        {
            if (tokens[i].Norm == ",")
            {
                end = i;
                if (speech.End == 0) break;
            }
        }
        return end;
    }

    private static readonly HashSet<string> TopicOpenings = new(StringComparer.Ordinal) { "on", "regarding", "concerning" };

    private static Agent? SubjectOf(SentenceAnalysis s, int verbStart, int verbEnd)
    {
        // "… reacting to Kaja Kallas, who said on Sunday that …": the relative's antecedent speaks, even after a preposition.
        for (var who = verbStart - 1; who >= 2 && who >= verbStart - 3; who--)
        {
            if (s.Tokens[who].Norm == "who" && s.Tokens[who - 1].Norm == ",")
            {
                var antecedent = s.Agents.LastOrDefault(a => a.End == who - 1 && a.Party >= 0 && !a.Absorbed && !a.Possessive);
                if (antecedent is not null)
                {
                    return antecedent;
                }
            }
        }
        Agent? best = null;
        foreach (var agent in s.Agents)
        {
            if (agent.End > verbStart || agent.Absorbed || agent.Oblique || agent.Kind is AgentKind.Document || agent.Party < 0 && agent.Person < 0 && agent is not { Kind: AgentKind.Person or AgentKind.Pronoun, Name: not null })
            {
                continue;
            }
            if (agent.Possessive && agent.Kind != AgentKind.Pronoun)
            {
                continue;
            }
            if (agent.Kind == AgentKind.Pronoun && agent.Possessive)
            {
                continue;
            }
            if (agent.InRelativeClause && !s.InRelativeClause(verbStart))
            {
                continue;
            }
            // ("President Hordiienko thanked the US team and said he was ready …": a verb's object is no subject of the verb joined
            // to it by "and".)
            if (verbStart > 0 && s.Tokens[verbStart - 1].Norm == "and" && agent.End == verbStart - 1 && ObjectOfVerb(s, agent.Start))
            {
                continue;
            }
            // "It welcomes the resumption of negotiations led by the United States and stresses …": the agent of a participle is
            // no subject of the verbs after it.
            if (agent.Start >= 2 && s.Tokens[agent.Start - 1].Norm == "by" && s.Tokens[agent.Start - 2].Norm.EndsWith("ed", StringComparison.Ordinal)
                && !(agent.Start >= 3 && s.Tokens[agent.Start - 3].Norm is "was" or "were" or "is" or "are" or "been" or "be"))
            {
                continue;
            }
            if (verbStart - agent.End > MaxSubjectDistance)
            {
                continue;
            }
            if (CrossesSpeechOrQuoteContent(s, agent.End, verbStart))
            {
                continue;
            }
            best = agent;
        }
        if (best is not null)
        {
            return best;
        }
        // "…, said Peskov"
        return s.Agents.FirstOrDefault(a => a.Start >= verbEnd && a.Start <= verbEnd + 1 && !a.Absorbed && a.Party >= 0);
    }

    /// <summary>Whether the words before <paramref name="start"/> are a verb and a determiner: "thanked the …", "met …".</summary>
    private static bool ObjectOfVerb(SentenceAnalysis s, int start)
    {
        var k = start - 1;
        if (k >= 0 && s.Tokens[k].Norm is "the" or "a" or "an")
        {
            k--;
        }
        return k >= 0 && s.Tokens[k] is { IsWord: true, IsCapitalized: false } verb && !s.IsKindAt(CueKind.Oblique, k)
            && verb.Norm is not ("and" or "but" or "or" or "that" or "who" or "which" or "then" or "also" or "as" or "while" or "when" or "because" or "if");
    }

    private static bool CrossesSpeechOrQuoteContent(SentenceAnalysis s, int from, int to)
    {
        // "Umerov called it "a first step" and said …": a verb coordinated with "and" shares the subject of the clause,
        // past the quoted words of the first verb.
        var coordinated = to > 0 && s.Tokens[to - 1].Norm == "and" && !s.InQuote(from);
        for (var i = from; i < to && !coordinated; i++)
        {
            // A subject is not inside the quotation it introduces, and not beyond an earlier speech verb.
            if (s.InQuote(i) && !s.InQuote(to))
            {
                return true;
            }
        }
        foreach (var m in s.Of(CueKind.Speech))
        {
            if (m.Start >= from && m.End <= to)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The preposition a list member hangs from: "from" for each of "from Ukraine, Russia and the United States".</summary>
    private static string GoverningWord(SentenceAnalysis s, int start)
    {
        var i = start - 1;
        while (i >= 0 && (s.Tokens[i].Norm is "," or "and" or "the" or "its" || s.Agents.Any(a => a.Start <= i && a.End > i)))
        {
            i--;
        }
        return i >= 0 ? s.Tokens[i].Norm : "";
    }

    /// <summary>A sentence that reports a round between two or more named parties sets who "both sides" are.</summary>
    private static void RememberSides(SentenceAnalysis s, Discourse discourse)
    {
        if (!s.Of(CueKind.MeetingTrigger).Any())
        {
            RememberSidesBetween(s, discourse);
            return;
        }
        // "Negotiators from Ukraine, Russia and the United States": the parties a round's participants come from count,
        // but not a place ("talks in Moscow") nor the mediator met "with".
        // ("…, Fidan told a joint news conference in Ankara with his Hungarian counterpart": nor whom the reporter told it with.)
        var trigger = s.Of(CueKind.MeetingTrigger)[0].Start;
        var reportEnd = s.Of(CueKind.Speech).Find(sp => sp.Start > trigger).Start is var said and > 0 ? said : s.Tokens.Length;
        var parties = s.Agents.Where(a => a.Start < reportEnd && a.Party >= 0 && !a.Absorbed && !a.InsideIssue && !a.Possessive && (a.CanHold || !a.IsMetonym && GoverningWord(s, a.Start) is "from" or "of" or "between"))
            .Select(a => a.Party).Distinct().ToList();
        if (parties.Count >= 2)
        {
            discourse.Sides.Clear();
            discourse.Sides.AddRange(parties);
        }
    }

    /// <summary>
    /// Before any round is reported, "a settlement between Russia and Ukraine" names the sides too ("On paper, the sides are
    /// closer …. Both have agreed to keep exchanging prisoners").
    /// </summary>
    private static void RememberSidesBetween(SentenceAnalysis s, Discourse discourse)
    {
        if (discourse.Sides.Count > 0)
        {
            return;
        }
        var between = Array.FindIndex(s.Tokens, t => t.Norm == "between");
        var first = between < 0 ? null : s.Agents.Find(a => a.Start == between + 1 && a.Party >= 0);
        var second = first is null ? null : s.Agents.Find(a => a.Start == first.End + 1 && s.Tokens[first.End].Norm == "and" && a.Party >= 0 && a.Party != first.Party);
        if (second is not null)
        {
            discourse.Sides.AddRange([first!.Party, second.Party]);
        }
    }
}
