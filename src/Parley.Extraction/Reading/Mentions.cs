namespace Parley.Extraction.Reading;

internal enum AgentKind
{
    /// <summary>A named person of the pack.</summary>
    Person,
    /// <summary>A party by name or metonym ("Ukraine", "the Kremlin").</summary>
    Entity,
    /// <summary>A party's people without a name ("Russian officials", "a Ukrainian source").</summary>
    Group,
    /// <summary>A party's draft or plan speaking for it ("the U.S. plan would require…").</summary>
    Document,
    /// <summary>he / she / his / her, pointing back to a person.</summary>
    Pronoun,
    /// <summary>we / our inside a quote: the quoted speaker's party.</summary>
    FirstPerson,
}

/// <summary>A mention of someone who can hold or report a position.</summary>
internal sealed class Agent
{
    public AgentKind Kind { get; init; }
    public int Party { get; set; } = -1;
    public int Person { get; set; } = -1;
    /// <summary>First token, including a title or party word absorbed in front ("U.S. envoy").</summary>
    public int Start { get; set; }
    public int End { get; init; }
    /// <summary>After a preposition ("talks in Moscow", "guarantees for Kyiv"): a place or an object, never a holder.</summary>
    public bool Oblique { get; set; }
    /// <summary>Owner of something else ("Trump's son-in-law", "Ukraine's constitution").</summary>
    public bool Possessive { get; init; }
    public bool InRelativeClause { get; set; }
    public bool Absorbed { get; set; }
    public bool IsMetonym { get; init; }
    /// <summary>The name as written, for a person the pack does not know ("Eelco Heinen, the Dutch finance minister"); <see cref="Person"/> is then -1.</summary>
    public string? Name { get; set; }
    /// <summary>The last word of <see cref="Name"/>, by which the item names the person again ("Weber").</summary>
    public string? Surname => Name?.Split(' ')[^1];
    /// <summary>Whether the person was introduced with a title holding this word ("Foreign Minister Paolo Ferrante": "minister").</summary>
    public bool TitledAs(string word) => Title is { } title && title.Split(' ').Contains(word);

    public bool InsideIssue { get; set; }

    /// <summary>
    /// Whether <see cref="Party"/> is only the side of the person named before ("Deputy Foreign Minister X" after a Russian), which
    /// what the person goes on to say may overrule.
    /// </summary>
    public bool SideGuessed { get; set; }

    /// <summary>An official of a state that is no party ("Turkish Foreign Minister Kerem Aydin"): reports stances, speaks for none.</summary>
    public bool Outsider { get; set; }

    /// <summary>For a person the pack does not know, the words before the name in lower case ("foreign minister"), or null.</summary>
    public string? Title { get; init; }

    /// <summary>Asked by a demand to do something ("urged Kyiv to …"): the object of the demand, not a holder.</summary>
    public bool Addressee { get; set; }

    /// <summary>For "the Kremlin official" or "the Russian minister": the post named, which the person pointed back to must hold.</summary>
    public string? Post { get; init; }

    public bool CanHold => !Oblique && !Absorbed && !InsideIssue && Party >= 0;

    /// <summary>A pack person, or a person the item named that the pack does not know.</summary>
    public bool IsNamed => Person >= 0 || Name is not null;
}

/// <summary>A place named in a sentence; metonyms used after a preposition count as places too.</summary>
internal readonly record struct PlaceMention(int Place, string Name, int Start, int End);

/// <summary>Finds the people, parties and places a sentence mentions.</summary>
internal static class Mentions
{
    // With the compass words of a place: "deploy to western Ukraine" is a destination, not a voice.
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "this", "that", "both", "western", "eastern", "southern", "northern", "central",
    };

    /// <summary>
    /// "the Central Election Commission", "Novaya Gazeta Europe", "the Moscow Times": a party's name at the end of a longer
    /// proper name, or before a word that names papers and exchanges, is part of another name and names no party.
    /// </summary>
    private static bool InsideOtherName(SentenceAnalysis s, DomainPack pack, CueMatch m)
    {
        var tokens = s.Tokens;
        if (m.End < tokens.Length && tokens[m.End].IsCapitalized && pack.NameTails.Contains(tokens[m.End].Norm))
        {
            return true;
        }
        if (m.Start < 2)
        {
            return false;
        }
        for (var i = m.Start - 2; i < m.Start; i++)
        {
            if (!tokens[i].IsWord || !tokens[i].IsCapitalized || pack.Weekdays.Contains(tokens[i].Norm) || pack.Months.ContainsKey(tokens[i].Norm)
                || s.IsKindAt(CueKind.PartyName, i) || s.IsKindAt(CueKind.PartyAdjective, i) || s.IsKindAt(CueKind.PartyMetonym, i)
                || s.IsKindAt(CueKind.Person, i) || s.IsKindAt(CueKind.Place, i) || TitleWords.Contains(tokens[i].Norm))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Full names the item gives with no title or role ("with Yevgeny Kolotov and Taras Hordiienko leading the Russian and
    /// Ukrainian teams", "a meeting of Catherine Alder, Arkady Voronov and Oksana Melnychuk"), by surname, for a later
    /// "Kolotov told reporters …" (<see cref="UntitledSurnames"/>). Runs of capitals that name an office, an institution or an
    /// outlet are no one's name, and "Mr Lapshin" is no full name.
    /// </summary>
    public static void CollectUntitledNames(SentenceAnalysis s, DomainPack pack, Dictionary<string, string> names)
    {
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            // ("When Yevgeny Kolotov walked into the talks": a sentence's capitalised first word may open a clause.)
            if (i > 0 && tokens[i - 1].IsWord && tokens[i - 1].IsCapitalized && !(i == 1 && ClauseOpeners.Contains(tokens[0].Norm))
                || ClauseOpeners.Contains(tokens[i].Norm) || Honorifics.Contains(tokens[i].Norm) || UnknownNameEnd(s, i, pack.Weekdays) is not (> 0 and var end)
                || end < tokens.Length && tokens[end].IsWord && tokens[end].IsCapitalized || NamesAnOffice(tokens, i, end) || NamesAnOutlet(tokens, i, end, pack))
            {
                continue;
            }
            if (!names.ContainsKey(tokens[end - 1].Text))
            {
                names[tokens[end - 1].Text] = NameText(tokens, i, end);
            }
            i = end;
        }
    }

    /// <param name="contextParty">The party of the person the item named last, for a title that names none ("Deputy Foreign Minister X").</param>
    /// <param name="untitled">Full names the item gave earlier with no title, by surname (<see cref="CollectUntitledNames"/>).</param>
    public static List<Agent> FindAgents(SentenceAnalysis s, DomainPack pack, IReadOnlyDictionary<string, Agent>? introduced = null, int contextParty = -1,
        IReadOnlyDictionary<string, string>? untitled = null)
    {
        var tokens = s.Tokens;
        var agents = new List<Agent>();
        var groupAt = s.StartsOf(CueKind.GroupNoun);
        // ("Ukraine's Parliament Commissioner for Human Rights Oleh Kurylo": a capitalised group noun before a capitalised post
        // is part of a title, not the group.)
        List<int>? titleParts = null;
        foreach (var (start, end) in groupAt)
        {
            // ("Ukraine's Parliamentary Commissioner for Human Rights Iryna Savchuk": so is a post whose field follows in capitals.)
            if (tokens[start].IsCapitalized && end < tokens.Length && (tokens[end].IsCapitalized && TitleHeads.Contains(tokens[end].Norm)
                || end + 1 < tokens.Length && TitleHeads.Contains(tokens[end - 1].Norm) && tokens[end].Norm == "for" && tokens[end + 1].IsCapitalized && tokens[end + 1].IsWord))
            {
                (titleParts ??= []).Add(start);
            }
        }
        titleParts?.ForEach(start => groupAt.Remove(start));
        var documentAt = s.StartsOf(CueKind.Document);
        ForgetNamesakes(s, pack, introduced);

        foreach (var m in s.Of(CueKind.Person))
        {
            agents.Add(new Agent
            {
                Kind = AgentKind.Person,
                Party = PartyIndex(pack, pack.People[m.Cue.Ref].Party),
                Person = m.Cue.Ref,
                Start = m.Start,
                End = m.End,
                Possessive = IsPossessiveAt(tokens, m.End),
            });
        }

        // Adjectives only speak when they qualify people ("Russian officials") or a draft ("the U.S. plan").
        var adjectives = s.Of(CueKind.PartyAdjective).OrderByDescending(m => m.Start).ToList();
        var adjectiveAgents = new Dictionary<int, Agent>();
        foreach (var m in adjectives)
        {
            if (agents.Any(a => a.Start <= m.Start && a.End > m.Start))
            {
                continue;
            }
            var after = SkipModifiers(tokens, m.End, groupAt, documentAt, 3);
            Agent? agent = null;
            if (after >= 0 && groupAt.TryGetValue(after, out var groupEnd))
            {
                agent = new Agent { Kind = AgentKind.Group, Party = m.Cue.Ref, Start = m.Start, End = PostEnd(tokens, groupAt, groupEnd, pack) };
            }
            else if (after >= 0 && documentAt.TryGetValue(after, out var documentEnd))
            {
                agent = new Agent { Kind = AgentKind.Document, Party = m.Cue.Ref, Start = m.Start, End = documentEnd };
            }
            else if (s.Of(CueKind.Stance).Exists(c => c.Start == m.End && pack.StanceCues[c.Cue.Ref].Noun))
            {
                // "a Russian offer of a truce" is Russia's offer, as "Russia's offer" would be.
                agent = new Agent { Kind = AgentKind.Entity, Party = m.Cue.Ref, Start = m.Start, End = m.End, Possessive = true };
            }
            else
            {
                // "U.S. and Russian officials", "Russian, Ukrainian and U.S. officials": coordinated adjectives share the noun.
                var next = m.End;
                if (next < tokens.Length && (tokens[next].Norm is "and" or "," or "or"))
                {
                    next++;
                    if (next < tokens.Length && tokens[next].Norm == "and")
                    {
                        next++;
                    }
                    if (adjectiveAgents.TryGetValue(next, out var partner))
                    {
                        agent = new Agent { Kind = partner.Kind, Party = m.Cue.Ref, Start = m.Start, End = m.End };
                    }
                }
            }
            if (agent is not null)
            {
                adjectiveAgents[m.Start] = agent;
                agents.Add(agent);
            }
        }

        foreach (var m in s.Of(CueKind.PartyName).Concat(s.Of(CueKind.PartyMetonym)))
        {
            if (s.Of(CueKind.Person).Any(p => p.Start <= m.Start && p.End >= m.End) || agents.Any(a => a.Start <= m.Start && a.End > m.Start)
                || InsideOtherName(s, pack, m))
            {
                continue;
            }
            if (m.End + 1 < tokens.Length && tokens[m.End].Norm == "-" && tokens[m.End + 1].Norm is "based" or "headquartered" or "registered" or "listed" or "led" or "brokered" or "mediated" or "sponsored")
            {
                continue; // "the Brussels-based depository" says where a company sits, "US-led talks" who runs them: not who speaks
            }
            if (NamesPaper(s, m, pack))
            {
                continue; // "a London financial daily observes": where a paper is published, not who speaks
            }
            var end = m.End;
            var kind = AgentKind.Entity;
            var possessive = false;
            if (IsPossessiveAt(tokens, end))
            {
                // "Kyiv's negotiators" speak for Kyiv; "Ukraine's constitution" does not.
                var after = SkipModifiers(tokens, end + 1, groupAt, documentAt, 3);
                if (after >= 0 && groupAt.TryGetValue(after, out var groupEnd))
                {
                    kind = AgentKind.Group;
                    end = PostEnd(tokens, groupAt, groupEnd, pack);
                }
                else if (after >= 0 && documentAt.TryGetValue(after, out var documentEnd))
                {
                    kind = AgentKind.Document;
                    end = documentEnd;
                }
                else
                {
                    possessive = true;
                }
            }
            agents.Add(new Agent
            {
                Kind = kind,
                Party = m.Cue.Ref,
                Start = m.Start,
                End = end,
                Possessive = possessive,
                IsMetonym = m.Kind == CueKind.PartyMetonym,
            });
        }

        foreach (var m in s.Of(CueKind.PersonPronoun).Concat(s.Of(CueKind.PossessivePronoun)))
        {
            // "His team is pushing hard for an energy truce": "his" and a group noun are that person's side, as "our team" is.
            var team = m.Kind == CueKind.PossessivePronoun && groupAt.TryGetValue(m.End, out var teamEnd) ? teamEnd : -1;
            agents.Add(new Agent
            {
                Kind = AgentKind.Pronoun,
                Start = m.Start,
                End = team > 0 ? team : m.End,
                Possessive = team > 0 ? IsPossessiveAt(tokens, team) : m.Kind == CueKind.PossessivePronoun,
            });
        }
        // ("Russia no longer insists on …; its negotiators now concentrate on demanding …": "its" and a group noun are the side of
        // the party that opened the sentence.)
        foreach (var (start, end) in groupAt)
        {
            // (Not a title before a name: "through its spokesman Dmitry Peskov". "its foreign policy chief": words may qualify the noun.)
            var its = start - 1;
            while (its > start - 4 && its > 1 && tokens[its] is { IsWord: true, IsCapitalized: false } && tokens[its].Norm != "its")
            {
                its--;
            }
            if (its > 1 && tokens[its].Norm == "its" && !agents.Exists(a => a.Start <= start && a.End > start)
                && !(end < tokens.Length && tokens[end] is { IsWord: true, IsCapitalized: true })
                && agents.Find(a => a is { Kind: AgentKind.Entity or AgentKind.Group, Party: >= 0, Possessive: false, Oblique: false } && (a.Start == 0 || a.Start == 1 && tokens[0].Norm == "the")) is { } opener)
            {
                agents.Add(new Agent { Kind = AgentKind.Group, Party = opener.Party, Start = its, End = end, Possessive = IsPossessiveAt(tokens, end) });
            }
        }
        foreach (var m in s.Of(CueKind.FirstPerson))
        {
            // "we" speaks for the quoted speaker, or, unquoted, for the speaker of a transcript turn ("RUBIO: We are…").
            if ((tokens[m.Start].Shape & TokenShape.AllCaps) != 0 || !s.InQuote(m.Start) && s.TurnSayer is null && !s.InStatement)
            {
                continue;
            }
            // "our teams are ready for the next round": "our" and a group noun are the speaker's side, as "Ukraine's team" is.
            var team = tokens[m.Start].Norm is "our" ? s.Of(CueKind.GroupNoun).Find(g => g.Start == m.End) : default;
            agents.Add(new Agent
            {
                Kind = AgentKind.FirstPerson, Start = m.Start, End = team.End > 0 ? team.End : m.End,
                Possessive = tokens[m.Start].Norm is "our" && team.End == 0 || team.End > 0 && IsPossessiveAt(tokens, team.End),
            });
        }

        // "KYIV — … Several MPs demanded that any treaty be put to a referendum": a legislature named with no party, in an
        // item filed from a party's capital, is that party's.
        if (s.DatelineParty >= 0)
        {
            foreach (var m in s.Of(CueKind.GroupNoun))
            {
                if (Legislators.Contains(tokens[m.Start].Norm) && m.End - m.Start == 1 && !agents.Exists(a => a.Start <= m.Start && a.End > m.Start))
                {
                    agents.Add(new Agent { Kind = AgentKind.Group, Party = s.DatelineParty, Start = m.Start, End = m.End });
                }
            }
        }
        if (introduced is { Count: > 0 })
        {
            IntroducedBySurname(s, agents, introduced);
        }
        if (untitled is { Count: > 0 })
        {
            UntitledSurnames(s, agents, untitled, introduced);
        }
        agents.Sort((a, b) => a.Start.CompareTo(b.Start));
        AbsorbTitles(s, agents, tokens);
        AbsorbIntoDescriptions(agents);
        Appositives(s, agents, pack, contextParty);
        // ("Russian President Arkady Belozersky …" / "President Arkady Belozersky would receive …": a full name the item
        // introduced with a side keeps it when a later title names none.)
        foreach (var a in agents)
        {
            if (a is { Kind: AgentKind.Person, Person: < 0, Party: < 0, Outsider: false, Name: { } name } && introduced is not null
                && introduced.TryGetValue(a.Surname!, out var known) && known.Party >= 0 && known.Name == name)
            {
                a.Party = known.Party;
            }
        }
        if (contextParty >= 0)
        {
            BareTitles(s, agents, pack, contextParty);
        }
        Descriptions(s, agents, pack);
        PersonOfParty(tokens, agents);
        FrontedCapital(s, agents);
        // "Ukraine's delegation, led by Mykola Stasiuk, pressed for …, and Stasiuk told reporters": a person introduced in this
        // sentence is already their surname later in it.
        if (agents.Exists(a => a is { Kind: AgentKind.Person, Person: < 0, Name: not null }))
        {
            var here = new Dictionary<string, Agent>(StringComparer.Ordinal);
            foreach (var a in agents.Where(a => a is { Kind: AgentKind.Person, Person: < 0, Name: not null }))
            {
                here.TryAdd(a.Surname!, a);
            }
            IntroducedBySurname(s, agents, here);
        }
        agents.Sort((a, b) => a.Start.CompareTo(b.Start));
        Agent? previous = null;
        foreach (var agent in agents)
        {
            // "never join NATO": a party named inside an issue phrase is its object, not a voice.
            agent.InsideIssue = agent.Kind is AgentKind.Entity or AgentKind.Person && s.Of(CueKind.Issue).Any(m => m.Start < agent.Start && m.End >= agent.End || m.Start <= agent.Start && m.End > agent.End);
            // ("contacts with the United States and Ukraine", "a call between Putin and Trump": the second of two partners
            // joined by "and" is one too.)
            agent.Oblique = IsOblique(s, agent.Start)
                || previous is { Oblique: true } && agent.Start >= 1 && AfterWith(s, previous.Start) && agent.Start - previous.End <= 2 && s.Tokens[previous.End].Norm is "and" or "or"
                    && Enumerable.Range(previous.End + 1, agent.Start - previous.End - 1).All(k => Determiners.Contains(s.Tokens[k].Norm));
            agent.InRelativeClause = s.InRelativeClause(agent.Start);
            previous = agent;
        }
        return agents;
    }

    /// <summary>
    /// "President Oksana Marchuk of Ukraine said …": the party after a person's name and "of" is the person's, not a subject
    /// of its own. ("Deputy Foreign Minister Artyom Zhdanovich, who headed the Russian delegation at the talks, spoke …": a name
    /// with no side yet takes the side of the team a relative clause says it leads.)
    /// </summary>
    private static void PersonOfParty(Token[] tokens, List<Agent> agents)
    {
        foreach (var person in agents.Where(a => a is { Kind: AgentKind.Person, Possessive: false, Absorbed: false }).ToList())
        {
            if (OfParty(tokens, agents, person) is { } country && !country.Absorbed && (person.Party < 0 || person.Party == country.Party)
                && !agents.Exists(a => a != country && a.Start > person.End && a.Start < country.End))
            {
                person.Party = country.Party;
                country.Absorbed = true;
            }
            var at = person.End;
            // ("Presidential adviser Rodion Krivtsov, who will lead Russia's delegation at the second round, …".)
            var verb = at + 3 < tokens.Length && tokens[at + 2].Norm is "will" or "would" or "is" or "was" or "also" ? at + 3 + (tokens[at + 3].Norm == "to" ? 1 : 0) : at + 2;
            if (person is { Party: < 0, Outsider: false } && verb + 1 < tokens.Length && tokens[at].Norm == "," && tokens[at + 1].Norm == "who"
                && tokens[verb].Norm is "heads" or "headed" or "leads" or "led" or "lead" or "head" or "chairs" or "chaired" or "chair"
                && agents.Find(a => a.Start > verb && a.Start <= verb + 3 && a.Kind is AgentKind.Entity or AgentKind.Group && a.Party >= 0) is { } team
                && Enumerable.Range(team.End - 1, Math.Min(3, tokens.Length - team.End + 1)).Any(k => tokens[k].Norm is "delegation" or "team" or "negotiators"))
            {
                person.Party = team.Party;
            }
        }
    }

    /// <summary>
    /// The party named right after a post and "of" ("the President of Ukraine", "the Foreign Minister of the Russian Federation"),
    /// or null. (A party's name may open on "the" itself: "of the Coalition".)
    /// </summary>
    private static Agent? OfParty(Token[] tokens, List<Agent> agents, Agent post) =>
        AfterOf(tokens, post.End) is > 0 and var named
            ? agents.Find(a => a is { Kind: AgentKind.Entity, Party: >= 0, Possessive: false } && (a.Start == named || a.Start == post.End + 1))
            : null;

    /// <summary>The first token after "of" at <paramref name="at"/> and an optional "the" ("of the Republic": "Republic"), or -1.</summary>
    internal static int AfterOf(Token[] tokens, int at) =>
        at + 1 >= tokens.Length || tokens[at].Norm != "of" ? -1 : tokens[at + 1].Norm == "the" && at + 2 < tokens.Length ? at + 2 : at + 1;

    /// <summary>The party of a capital fronted right before <paramref name="at"/> ("In Kyiv, …"), or -1.</summary>
    private static int FrontedCapitalBefore(SentenceAnalysis s, int at) =>
        FrontedCapitalOf(s) is ({ End: > 0 } capital, var comma) && capital.End - capital.Start == 1 && comma + 1 == at
            ? capital.Cue.Ref : -1; // (one word only: the bound its rule was measured with)

    /// <summary>
    /// "In Washington, …", "Speaking in Moscow on Friday, …": the capital a sentence opens with before its comma, and that comma;
    /// or a default match.
    /// </summary>
    private static (CueMatch Capital, int Comma) FrontedCapitalOf(SentenceAnalysis s)
    {
        if (s.Tokens.Length < 4)
        {
            return default;
        }
        if (s.Tokens[0].Norm == "in")
        {
            var capital = s.Of(CueKind.PartyMetonym).Find(m => m.Start == 1);
            return capital.End == 0 || capital.End >= s.Tokens.Length || s.Tokens[capital.End].Norm != "," ? default : (capital, capital.End);
        }
        // (Who is "speaking in Moscow" speaks from there, as a dateline would say; "visiting Kyiv" says the opposite.)
        var comma = Array.FindIndex(s.Tokens, t => t.Norm == ",");
        if (s.Tokens[0].Norm != "speaking" || comma is < 3 or > 10)
        {
            return default;
        }
        var place = s.Of(CueKind.PartyMetonym).Find(m => m.Start > 1 && m.End <= comma && s.Tokens[m.Start - 1].Norm == "in");
        return place.End == 0 ? default : (place, comma);
    }

    /// <summary>
    /// "In Washington, officials said the administration was studying whether …": a capital fronted before the comma is
    /// where the clause's unnamed people and bodies speak from.
    /// </summary>
    private static void FrontedCapital(SentenceAnalysis s, List<Agent> agents)
    {
        var (capital, comma) = FrontedCapitalOf(s);
        if (capital.End == 0)
        {
            return;
        }
        // ("In Kyiv, presidential adviser Dmytro Lytvyn said …": so is a person right after it whom the item gives no party.)
        if (agents.Find(a => a is { Kind: AgentKind.Person, Person: < 0, Party: < 0, Name: not null, Outsider: false } && a.Start == comma + 1) is { } person)
        {
            person.Party = capital.Cue.Ref;
        }
        foreach (var noun in s.Of(CueKind.GroupNoun).Where(m => m.Start > comma && !agents.Exists(a => a.Start <= m.Start && a.End > m.Start)))
        {
            // (Only a bare group: "officials", "the administration"; "a Turkish diplomat" has a party of its own elsewhere.)
            var start = noun.Start > 0 && s.Tokens[noun.Start - 1].Norm == "the" ? noun.Start - 1 : noun.Start;
            if (start == comma + 1 || start > 0 && s.Tokens[start - 1] is { IsWord: true, IsCapitalized: false } && s.Tokens[start - 1].Norm is not ("a" or "an"))
            {
                agents.Add(new Agent { Kind = AgentKind.Group, Party = capital.Cue.Ref, Start = start, End = noun.End });
            }
        }
    }

    /// <summary>
    /// "U.S. envoy Grant Whitaker" is not the pack's Matthew Whitaker: a pack person's surname alone, after a capitalised word
    /// that is no title, no date and no cue's, is someone else's name; and once the item has introduced a person the pack does
    /// not know, their surname alone is theirs.
    /// </summary>
    private static void ForgetNamesakes(SentenceAnalysis s, DomainPack pack, IReadOnlyDictionary<string, Agent>? introduced)
    {
        var tokens = s.Tokens;
        var people = s.Of(CueKind.Person);
        for (var k = people.Count - 1; k >= 0; k--)
        {
            var m = people[k];
            if (m.End - m.Start != 1)
            {
                continue;
            }
            if (introduced is not null && introduced.ContainsKey(tokens[m.Start].Text))
            {
                people.RemoveAt(k);
            }
            else if (m.Start >= 2 && IsOtherName(s, pack, m.Start - 1))
            {
                people.RemoveAt(k);
                // (The given name is no verb or issue word either: "Grant Whitaker".)
                foreach (var kind in NotInName)
                {
                    s.Of(kind).RemoveAll(c => c.Start == m.Start - 1 && c.End == m.Start);
                }
            }
            else if (IsOtherName(s, pack, m.End) && !s.IsKindAt(CueKind.Speech, m.End) && !s.IsKindAt(CueKind.Stance, m.End))
            {
                // "U.S. special envoy Graham Teller" is not the pack's senator Graham: the pack's surname is this person's given
                // name. (Not before a headline's verb: "Putin Says …".)
                people.RemoveAt(k);
            }
        }
    }

    /// <summary>A capitalised word beside a pack surname that is no title, no date and no cue's: part of someone else's name.</summary>
    private static bool IsOtherName(SentenceAnalysis s, DomainPack pack, int at) =>
        at < s.Tokens.Length && s.Tokens[at] is { IsWord: true, IsCapitalized: true } word && (word.Shape & TokenShape.AllCaps) == 0
        && word.Text.Length > 1 && !TitleWords.Contains(word.Norm) && !Honorifics.Contains(word.Norm) && !pack.Weekdays.Contains(word.Norm)
        && !pack.Months.ContainsKey(word.Norm) && !NamesOther.Any(kind => s.IsKindAt(kind, at));

    private static readonly CueKind[] NamesOther =
    [
        CueKind.Person, CueKind.PartyName, CueKind.PartyAdjective, CueKind.PartyMetonym, CueKind.Place, CueKind.GroupNoun, CueKind.Document, CueKind.Source,
    ];

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sir", "madam" };

    /// <summary>
    /// "Kolotov told reporters …" after "with Yevgeny Kolotov and Taras Hordiienko leading the teams": a surname alone that opens
    /// a clause before a lower-case word is the person the item named in full, of no side yet.
    /// </summary>
    private static void UntitledSurnames(SentenceAnalysis s, List<Agent> agents, IReadOnlyDictionary<string, string> untitled, IReadOnlyDictionary<string, Agent>? introduced)
    {
        var tokens = s.Tokens;
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i] is not { IsWord: true, IsCapitalized: true } || (tokens[i].Shape & TokenShape.AllCaps) != 0 || !untitled.TryGetValue(tokens[i].Text, out var name)
                || introduced?.ContainsKey(tokens[i].Text) == true || !IsLowerWord(tokens[i + 1]) || tokens[i + 1].Norm is "and" or "or" or "of"
                || i > 0 && tokens[i - 1].Norm is not ("," or ";" or ":" or "and" or "but" or "—" or "–") && !tokens[i - 1].IsQuote
                || agents.Exists(a => a.Start <= i && a.End > i) || NotInName.Any(k => s.IsKindAt(k, i)))
            {
                continue;
            }
            agents.Add(new Agent { Kind = AgentKind.Person, Start = i, End = i + 1, Name = name });
        }
    }

    /// <summary>"Whitcombe said …" after "Laura Whitcombe, the U.S. special envoy": a surname alone is the person introduced with it.</summary>
    private static void IntroducedBySurname(SentenceAnalysis s, List<Agent> agents, IReadOnlyDictionary<string, Agent> introduced)
    {
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].IsWord || !tokens[i].IsCapitalized || !introduced.TryGetValue(tokens[i].Text, out var person)
                || agents.Any(a => a.Start <= i && a.End > i) || i + 1 < tokens.Length && tokens[i + 1].IsWord && tokens[i + 1].IsCapitalized)
            {
                continue;
            }
            // ("Russia's Yevgeny Ostashkin calls …": the full name again is the person too.)
            var given = person.Name?.Split(' ') is { Length: > 1 } words && i >= words.Length - 1
                && Enumerable.Range(0, words.Length - 1).All(k => tokens[i - words.Length + 1 + k].Text == words[k]) ? words.Length - 1 : 0;
            if (given > 0 && !agents.Any(a => a.Start < i && a.End > i - given))
            {
                agents.Add(new Agent { Kind = AgentKind.Person, Party = person.Party, Start = i - given, End = i + 1, Name = person.Name, Possessive = IsPossessiveAt(tokens, i + 1), Outsider = person.Outsider, Title = person.Title });
                continue;
            }
            if (i > 0 && tokens[i - 1].IsWord && tokens[i - 1].IsCapitalized && i - 1 != 0 && !s.IsKindAt(CueKind.GroupNoun, i - 1) && !s.IsKindAt(CueKind.PersonPronoun, i - 1)
                    && !TitleHeads.Contains(tokens[i - 1].Norm) && !Honorifics.Contains(tokens[i - 1].Norm))
            {
                continue; // part of a longer name, or someone else of the same surname (a title before it is fine: "Special Envoy Marsh",
                          // "President Levytska", and so is "Mr Lapshin")
            }
            var start = i > 0 && Honorifics.Contains(tokens[i - 1].Norm) ? i - 1 : i;
            agents.Add(new Agent { Kind = AgentKind.Person, Party = person.Party, Start = start, End = i + 1, Name = person.Name, Possessive = IsPossessiveAt(tokens, i + 1), Outsider = person.Outsider, Title = person.Title });
        }
    }

    /// <summary>
    /// "Kremlin spokesman Dmitry Peskov", "U.S. envoy Steve Witkoff": the party word and title belong to
    /// the person, so the person takes over their start (and with it any preposition in front).
    /// </summary>
    private static void AbsorbTitles(SentenceAnalysis s, List<Agent> agents, Token[] tokens)
    {
        for (var i = 0; i < agents.Count; i++)
        {
            var outer = agents[i];
            if (outer.Kind is not (AgentKind.Entity or AgentKind.Group) || outer.Possessive)
            {
                continue;
            }
            for (var j = i + 1; j < agents.Count; j++)
            {
                var person = agents[j];
                if (person.Kind != AgentKind.Person)
                {
                    continue;
                }
                if (person.Start - outer.End > 4)
                {
                    break;
                }
                var clean = true;
                for (var k = outer.End; k < person.Start; k++)
                {
                    // ("U.S. envoys will meet Vladimir Putin": a verb between them makes the person an object, not a title's holder.)
                    if (!tokens[k].IsWord || tokens[k].Norm is "and" or "said" or "told" or "will" or "would" or "to" or "has" or "had" or "have" or "is" or "was" or "are" or "were"
                        || s.IsKindAt(CueKind.MeetingTrigger, k) || s.IsKindAt(CueKind.Stance, k) || s.IsKindAt(CueKind.Speech, k))
                    {
                        clean = false;
                        break;
                    }
                }
                if (clean)
                {
                    outer.Absorbed = true;
                    person.Start = Math.Min(person.Start, outer.Start);
                }
                break;
            }
        }
        // A person inside a larger person span ("Russian President Vladimir Putin's investment envoy, Kirill Dmitriev") stays separate.
    }

    /// <summary>
    /// "the Kremlin spokesman underlined": a description of a person that names a party is one person, whose party
    /// it names; the party inside it is no holder or speaker of its own.
    /// </summary>
    private static void AbsorbIntoDescriptions(List<Agent> agents)
    {
        foreach (var description in agents)
        {
            if (description.Kind != AgentKind.Pronoun || description.Possessive)
            {
                continue;
            }
            // "Head of the Office of the President Kyrylo Budanov": a description right before a name is that person's title.
            if (agents.Exists(a => a.Kind == AgentKind.Person && a.Start == description.End))
            {
                description.Absorbed = true;
                continue;
            }
            if (description.End - description.Start < 3)
            {
                continue;
            }
            foreach (var inner in agents)
            {
                if (inner.Kind is AgentKind.Entity or AgentKind.Group && inner.Start > description.Start && inner.End <= description.End)
                {
                    inner.Absorbed = true;
                    description.Party = inner.Party;
                }
            }
        }
    }

    /// <summary>
    /// "the Kremlin official said", "the Russian minister stressed": a definite party word and post, with no name after
    /// them, describe one person of that party already named. They become a pronoun that keeps the party.
    /// </summary>
    private static void Descriptions(SentenceAnalysis s, List<Agent> agents, DomainPack pack)
    {
        var tokens = s.Tokens;
        List<Agent>? added = null;
        foreach (var a in agents)
        {
            if (a.Kind is not (AgentKind.Entity or AgentKind.Group) || a.Party < 0 || a.Absorbed || a.Possessive || a.Start == 0
                || tokens[a.Start - 1].Norm != "the")
            {
                continue;
            }
            // A group already ends in its post ("the Russian minister"); a metonym is followed by it ("the Kremlin official").
            var post = a.Kind == AgentKind.Group ? PostEndingAt(tokens, a.End, pack) : PostStartingAt(tokens, a.End, pack);
            if (post is null)
            {
                continue;
            }
            var end = a.Kind == AgentKind.Group ? a.End : a.End + post.Length;
            if (end < tokens.Length && (tokens[end].IsCapitalized && tokens[end].IsWord || tokens[end].Norm == "'s"))
            {
                continue; // a title before a name, or an owner
            }
            a.Absorbed = true;
            (added ??= []).Add(new Agent { Kind = AgentKind.Pronoun, Party = a.Party, Start = a.Start - 1, End = end, Post = string.Join(' ', post) });
        }
        if (added is not null)
        {
            agents.AddRange(added);
        }
    }

    private static string[]? PostEndingAt(Token[] tokens, int end, DomainPack pack)
    {
        foreach (var post in pack.OfficeHolders)
        {
            if (end - post.Length >= 0 && WordsAt(tokens, end - post.Length, post))
            {
                return post;
            }
        }
        return null;
    }

    private static string[]? PostStartingAt(Token[] tokens, int start, DomainPack pack)
    {
        foreach (var post in pack.OfficeHolders)
        {
            if (start + post.Length <= tokens.Length && WordsAt(tokens, start, post))
            {
                return post;
            }
        }
        return null;
    }

    private static bool WordsAt(Token[] tokens, int start, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[start + k].Norm != words[k])
            {
                return false;
            }
        }
        return true;
    }

    private static readonly HashSet<string> NounPhraseStarts = new(StringComparer.Ordinal) { "the", "a", "an" };

    /// <summary>Whether the word can be part of a post ("secretary", "general", "deputy").</summary>
    internal static bool IsTitleWord(string norm) => TitleWords.Contains(norm);

    /// <summary>Whether the words are a post: "SPOKESPERSON", "DEPUTY FOREIGN MINISTER".</summary>
    internal static bool IsTitle(Token[] words) => words.Length > 0 && words.All(w => TitleWords.Contains(w.Norm)) && TitleHeads.Overlaps(words.Select(w => w.Norm));

    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "deputy", "head", "chief", "governor", "minister", "spokesman", "spokeswoman", "spokesperson", "envoy", "adviser", "advisor", "aide", "ambassador",
        "secretary", "commissioner", "negotiator", "director", "chairman", "chairwoman", "chair", "speaker", "leader", "member", "president",
        "foreign", "defence", "defense", "first", "senior", "special", "former", "acting",
        // "NATO Secretary General Ingrid Solberg": the title's second word is no first name.
        "general",
        // The tabloids' prime minister: "Poland's PM Tomasz Wierzba".
        "pm",
    };

    /// <summary>Words that open a title of one's own government ("Presidential Aide", "Energy Minister") and name no country.</summary>
    private static readonly HashSet<string> OfficeWords = new(StringComparer.Ordinal)
    {
        "presidential", "prime", "vice", "energy", "finance", "economy", "economic", "justice", "interior", "trade", "culture", "health",
    };

    private static readonly CueKind[] NotInName =
    [
        CueKind.Oblique, CueKind.Person, CueKind.PartyName, CueKind.PartyAdjective, CueKind.PartyMetonym, CueKind.Place,
        CueKind.GroupNoun, CueKind.Speech, CueKind.Stance, CueKind.Issue, CueKind.Document, CueKind.Source,
    ];

    private static Agent? PersonAt(List<Agent> agents, int start)
    {
        foreach (var a in agents)
        {
            if (a.Kind == AgentKind.Person && a.Start == start && !a.Possessive)
            {
                return a;
            }
        }
        return null;
    }

    /// <summary>
    /// Appositions name a speaker and their role side by side, set off by commas: "Kaja Kallas, the EU's top
    /// diplomat, cautioned…" and "Ukraine's foreign minister, Andrii Sybiha, said…". The role belongs to the person,
    /// who is the subject. A name the pack does not know becomes a person when a party's role introduces it; its
    /// party is the role's.
    /// </summary>
    private static void Appositives(SentenceAnalysis s, List<Agent> agents, DomainPack pack, int contextParty)
    {
        var tokens = s.Tokens;
        var weekdays = pack.Weekdays;
        var added = new List<Agent>();
        // Name, role, …
        for (var i = 0; i < tokens.Length; i++)
        {
            var person = PersonAt(agents, i);
            var nameEnd = person?.End ?? -1;
            // (At the start of a clause: after a comma, a bullet, a dash or an update label, "UPDATE 2 — Oksana Hrytsenko, …".)
            // ("an interview with Dmytro Levchenko, secretary of Ukraine's National Security and Defence Council, recorded …": or
            // after "with".)
            // ("“…,” said Oleksandra Virchenko, Ukraine's chief negotiator.": or after the speech verb that follows a quote.)
            if (person is null && (i == 0 || tokens[i - 1].Norm is "," or "•" or "—" or "–" or "-" or ":" or ";" or "·" or "with"
                    || i >= 2 && s.IsKindAt(CueKind.Speech, i - 1) && tokens[i - 2].IsQuote))
            {
                nameEnd = UnknownNameEnd(s, i, weekdays);
            }
            if (nameEnd < 0 || nameEnd >= tokens.Length || tokens[nameEnd].Norm != ",")
            {
                continue;
            }
            // ("Dana Whitfield, Department Spokesperson": a briefing's header line gives the name and the post, and nothing else.)
            if (person is null && i == 0 && nameEnd + 1 < tokens.Length
                && Enumerable.Range(nameEnd + 1, tokens.Length - nameEnd - 1).All(k => tokens[k].IsWord && tokens[k].IsCapitalized || k == tokens.Length - 1 && tokens[k].Norm == ".")
                && Enumerable.Range(nameEnd + 1, tokens.Length - nameEnd - 1).Any(k => TitleHeads.Contains(tokens[k].Norm) || pack.IsOneWordOffice(tokens[k].Norm)))
            {
                added.Add(UnknownPerson(tokens, contextParty, i, i, nameEnd));
                break;
            }
            // "Yevgeny Lobanov, who heads the Russian team, said …": a name the pack does not know may be introduced by a
            // relative clause that names its party.
            var close = AppositiveEnd(s, nameEnd + 1, agents, relativeOpens: person is null);
            if (close < 0)
            {
                continue;
            }
            var inside = AsideRoles(agents, nameEnd, close);
            if (person is null)
            {
                var role = inside.FirstOrDefault();
                if (role is null)
                {
                    // "Paweł Zaremba, a deputy defence minister, told …": an office with no party still names a voice, of the side
                    // the item named last, or else of whichever party the person speaks for (StanceReader.Emit).
                    // ("Maksym Oliynyk, who heads the headquarters, wrote …": or a relative clause that says what the person runs.)
                    if (Enumerable.Range(nameEnd + 1, close - nameEnd - 1).Any(k => pack.IsOneWordOffice(tokens[k].Norm))
                        || (i == 0 || tokens[i - 1].Norm != ",") && tokens[nameEnd + 1].Norm == "who" && nameEnd + 2 < close && tokens[nameEnd + 2].Norm is "heads" or "headed" or "leads" or "led" or "chairs" or "chaired" or "runs" or "ran"
                           && Enumerable.Range(nameEnd + 3, Math.Min(3, close - nameEnd - 3)).Any(k => tokens[k].Norm is "headquarters" or "team" or "delegation" or "ministry" or "office" or "agency" or "service" or "committee" or "commission" or "council" or "department"))
                    {
                        added.Add(UnknownPerson(tokens, contextParty, i, i, nameEnd));
                        i = close;
                    }
                    // ("Nadia Ferrante, who follows the talks at the Lisbon Institute …, thinks …": one who watches the talks is an
                    // observer: a person, whom a later "she" means, who speaks for no side.)
                    else if (tokens[nameEnd + 1].Norm == "who" && nameEnd + 2 < close
                        && tokens[nameEnd + 2].Norm is "follows" or "followed" or "studies" or "studied" or "tracks" or "tracked" or "watches" or "covers" or "covered" or "researches" or "teaches" or "taught" or "monitors")
                    {
                        added.Add(UnknownPerson(tokens, -1, i, i, nameEnd, outsider: true));
                        i = close;
                    }
                    continue;
                }
                person = UnknownPerson(tokens, role.Party, i, i, nameEnd);
                added.Add(person);
            }
            foreach (var a in inside)
            {
                a.Absorbed = true;
            }
            i = close;
        }
        // Role, Name, …
        // ("the Kremlin spokesman, Arkady Shelest, said": the pack's description of one person is a role too.)
        // ("“…,” her chief of staff, Danylo Prykhodko, told reporters": a pronoun's office names a person of no party yet; the side
        // they speak for is learnt from what they report.)
        // ("in the presence of the President of Ukraine, Taras Voloshyn, and …": a post "of" a party is a role of that party.)
        // ("Renwick's deputy, Marisol Tate, told …", "the President's representative in parliament, Vasyl Horobets, said …": a post
        // that belongs to someone is a role of their side, and the owner is not the one who speaks.)
        foreach (var (role, possessed) in agents.Select(a => (Agent: a, Possessed: PossessedPost(tokens, a.End, pack))).Where(r => r.Agent is var a
            && (a.Kind is AgentKind.Group or AgentKind.Entity && a.Party >= 0
                || a.Kind == AgentKind.Pronoun && a.End - a.Start > 1 && (a.Party >= 0 || tokens[a.Start].Norm is "his" or "her" or "their" || OfParty(tokens, agents, a) is not null)
                || a.Kind is AgentKind.Person or AgentKind.Pronoun && r.Possessed > 0
                || a.Kind == AgentKind.Pronoun && a.End - a.Start > 1 && BodyEnd(tokens, a.End) > 0)
            && !a.Absorbed && (!a.Possessive || r.Possessed > 0 && !agents.Exists(b => b.Start > a.End && b.Start < a.End + r.Possessed))).ToList())
        {
            var roleEnd = role.End;
            var party = role.Party;
            if (possessed > 0)
            {
                roleEnd += possessed;
            }
            else if (role.Kind == AgentKind.Person)
            {
                continue;
            }
            var country = role is { Kind: AgentKind.Pronoun, Party: < 0 } ? OfParty(tokens, agents, role) : null;
            if (country is not null)
            {
                roleEnd = country.End;
                party = country.Party;
            }
            else if (role is { Kind: AgentKind.Pronoun, Party: < 0 } && roleEnd + 1 < tokens.Length && tokens[roleEnd].Norm == "of" && IsLowerWord(tokens[roleEnd + 1]))
            {
                roleEnd += 2; // "chief of staff"
            }
            // ("The Minister of Foreign Affairs, Iryna Bondarchuk, will answer": a post of a ministry named in capitals, of no party.)
            else if (role is { Kind: AgentKind.Pronoun, Party: < 0 } && BodyEnd(tokens, roleEnd) is > 0 and var comma)
            {
                roleEnd = comma;
            }
            // ("Ukraine's parliament speaker, Iryna Voloshchuk, wrote …": a body's post after it is the role's end.)
            while (role.Kind == AgentKind.Group && roleEnd < tokens.Length && roleEnd - role.End < 2 && IsLowerWord(tokens[roleEnd]) && TitleWords.Contains(tokens[roleEnd].Norm))
            {
                roleEnd++;
            }
            if (possessed == 0 && role.Kind == AgentKind.Entity)
            {
                // "the Kremlin spokesman, Anton Belyaev, said": a metonym and a post after it are a role too.
                if (PostStartingAt(tokens, role.End, pack) is not { } post)
                {
                    continue;
                }
                roleEnd += post.Length;
            }
            // "Ukraine's Finance Minister Serhiy Marchenko said".
            else if (possessed == 0 && TitledPerson(s, agents, role, weekdays) is { } titled)
            {
                added.Add(titled);
                continue;
            }
            // "Ukraine's ambassador in Berlin, Oleksii Makeiev, told …": the role may name the post's place.
            if (roleEnd + 1 < tokens.Length && tokens[roleEnd].Norm is "in" or "to" or "at" or "for")
            {
                var post = roleEnd + 1;
                // ("the EU's special representative for human rights, Annika Berg, said": what a post is for may be lower case.)
                while (post < tokens.Length && post - roleEnd <= 4 && (tokens[post].Norm is "the" or "talks" or "negotiations" or "consultations" or "parliament" || tokens[post].IsWord && tokens[post].IsCapitalized
                    || tokens[roleEnd].Norm == "for" && IsLowerWord(tokens[post]) && tokens[post].Norm is not ("his" or "her" or "its" or "their" or "now" or "years" or "months")))
                {
                    post++;
                }
                roleEnd = post > roleEnd + 1 && post < tokens.Length && tokens[post].Norm == "," ? post : roleEnd;
            }
            var at = roleEnd + 1;
            if (roleEnd >= tokens.Length || tokens[roleEnd].Norm != "," || at >= tokens.Length)
            {
                continue;
            }
            // "the head of the Russian delegation, Deputy Foreign Minister Gennady Orlov, told …": a title may stand before the name.
            // ("head of the Russian delegation, presidential aide Yevgeny Rudakov, told …": or a post in lower case.)
            while (at + 1 < tokens.Length && (TitleWords.Contains(tokens[at].Norm) || !tokens[at].IsCapitalized && OfficeWords.Contains(tokens[at].Norm)) && PersonAt(agents, at) is null)
            {
                at++;
            }
            var person = PersonAt(agents, at);
            var nameEnd = person?.End ?? UnknownNameEnd(s, at, weekdays);
            // ("… with Verbytsky and the head of the Ukrainian delegation, Roman Didenko.": or the sentence's end.)
            if (nameEnd < 0 || nameEnd >= tokens.Length
                || !(nameEnd + 1 < tokens.Length && tokens[nameEnd].Norm == "," && IsLowerWord(tokens[nameEnd + 1]) || nameEnd == tokens.Length - 1 && tokens[nameEnd].Norm == "."))
            {
                continue;
            }
            // "the head of the Russian delegation, Gennady Orlov, told …": the role's own head noun starts the person, so the
            // person is no oblique of "of".
            var roleStart = role.Start;
            var of = roleStart - (roleStart >= 1 && tokens[roleStart - 1].Norm is "the" ? 2 : 1);
            if (of >= 1 && tokens[of].Norm == "of" && TitleWords.Contains(tokens[of - 1].Norm))
            {
                roleStart = of - 1 - (of >= 2 && tokens[of - 2].Norm is "the" or "a" ? 1 : 0);
            }
            if (person is null)
            {
                person = UnknownPerson(tokens, party, roleStart, at, nameEnd);
                added.Add(person);
            }
            else
            {
                person.Start = Math.Min(person.Start, roleStart);
                // ("Russia's chief negotiator, Pavel Sedykh, said …" after a bare "Sedykh": the role gives the name its party.)
                if (person.Party < 0 && person.Person < 0)
                {
                    person.Party = party;
                }
            }
            role.Absorbed = true;
            if (country is not null)
            {
                country.Absorbed = true;
            }
        }
        // "A deputy energy minister, Olena Kravets, told me …": an office with no party before the name, set off by commas, names
        // a voice as the office after the name does.
        for (var i = 0; i + 4 < tokens.Length; i++)
        {
            if (tokens[i].Norm is not ("a" or "an" or "the") || i > 0 && tokens[i - 1].Norm is not ("," or ";" or ":" or "-")
                || agents.Exists(a => a.Start <= i + 1 && a.End > i) || added.Exists(a => a.Start <= i + 1 && a.End > i))
            {
                continue;
            }
            // ("The adviser of the administration, Ivan Sorokin, met …": the office may say of what.)
            var comma = Array.FindIndex(tokens, i + 1, Math.Min(5, tokens.Length - i - 1), k => !IsLowerWord(k));
            var office = comma - 1;
            if (comma > i + 3 && tokens[i + 2].Norm == "of")
            {
                office = i + 1;
            }
            // ("The Head of the Office of the President, Maksym Ostapenko, wrote …": or a capitalised post of a body.)
            var capitalised = comma >= 0 && tokens[comma].Norm != "," && i + 3 < tokens.Length && tokens[i + 1].IsCapitalized
                && TitleWords.Contains(tokens[i + 1].Norm) && tokens[i + 2].Norm == "of";
            var side = contextParty;
            if (capitalised)
            {
                comma = Array.FindIndex(tokens, i + 3, Math.Min(8, tokens.Length - i - 3), k => !k.IsWord);
                office = i + 1;
                // (The body names its party, or is the office of the head of state or government the item was speaking of; "The
                // Head of the IAEA, Rafael Grossi," speaks for no side.)
                var body = comma > 0 ? agents.Find(a => a is { Kind: AgentKind.Entity, Party: >= 0 } && a.Start > i && a.End <= comma) : null;
                side = body?.Party ?? (comma > 0 && tokens[comma - 1].Norm is "president" or "minister" ? contextParty : -2);
            }
            if (comma < 0 || tokens[comma].Norm != "," || !(capitalised || pack.IsOneWordOffice(tokens[office].Norm)) || side == -2
                || PersonAt(agents, comma + 1) is not null || UnknownNameEnd(s, comma + 1, weekdays) is not (> 0 and var end)
                || end + 1 >= tokens.Length || tokens[end].Norm != "," || !IsLowerWord(tokens[end + 1]))
            {
                continue;
            }
            added.Add(UnknownPerson(tokens, side, i, comma + 1, end));
            if (capitalised)
            {
                // ("the President" inside "The Head of the Office of the President" is no one of its own; the body's party is the
                // person's.)
                agents.RemoveAll(a => a.Start > i && a.End <= comma && a.Party < 0);
                agents.ForEach(a => a.Absorbed |= a.Start > i && a.End <= comma);
            }
            i = end;
        }
        // "Ukraine's delegation is led by Taras Melnychuk, a deputy energy minister": who leads a party's team is that party's.
        foreach (var team in agents.Where(a => a.Kind == AgentKind.Group && a.Party >= 0 && !a.Possessive).ToList())
        {
            if (LeaderAfter(s, agents, team, weekdays) is { } leader)
            {
                added.Add(leader);
            }
        }
        // "…, while Russia has sent presidential aide Viktor Larionov": whom a party sends is that party's.
        for (var k = 0; k < agents.Count; k++)
        {
            var sender = agents[k];
            var at = sender.End < tokens.Length && tokens[sender.End].Norm is "has" or "have" or "had" ? sender.End + 1 : sender.End;
            if (sender is not { Kind: AgentKind.Entity or AgentKind.Group, Party: >= 0, Possessive: false } || at + 2 >= tokens.Length
                || tokens[at].Norm is not ("sent" or "dispatched" or "fielded"))
            {
                continue;
            }
            var nameStart = at + 1;
            while (nameStart < tokens.Length && nameStart - at <= 4 && (TitleWords.Contains(tokens[nameStart].Norm) || OfficeWords.Contains(tokens[nameStart].Norm)
                || nameStart == at + 1 && tokens[nameStart].Norm is "its" or "their"))
            {
                nameStart++;
            }
            // (A title must introduce the name: "Britain has sent Storm Shadow missiles" sends no one.)
            if (nameStart > at + 1 && TitleWords.Contains(tokens[nameStart - 1].Norm) && PersonAt(agents, nameStart) is null
                && UnknownNameEnd(s, nameStart, weekdays) is > 0 and var nameEnd)
            {
                added.Add(UnknownPerson(tokens, sender.Party, at + 1, nameStart, nameEnd));
            }
        }
        // "State Department spokeswoman Dana Whitcombe said": a party's office, a post, then a name the pack does not know.
        foreach (var office in agents.Where(a => a.Kind == AgentKind.Entity && a.Party >= 0 && !a.Possessive && !a.Absorbed).ToList())
        {
            // ("EU foreign policy chief Katrin Aaltonen said": a field of one or two words may stand before the post.)
            for (var at = office.End; at < tokens.Length && at <= office.End + 2; at++)
            {
                var post = PostStartingAt(tokens, at, pack) ?? (pack.EntityPosts.Contains(tokens[at].Norm) ? [tokens[at].Norm] : null);
                if (post is not null)
                {
                    if (TitledPerson(s, agents, office, weekdays, at + post.Length) is { } titled)
                    {
                        added.Add(titled);
                    }
                    break;
                }
                // ("leaders of the coalition of the willing and President Iryna Levadna": a conjunction ends the office's words.)
                if (!IsLowerWord(tokens[at]) || tokens[at].Norm is "and" or "or" or "but")
                {
                    break;
                }
            }
        }
        // "Hungary's Zoltán Bakos says he will veto …": a name after a party's possessive, saying something, is that party's
        // person. (A speech verb must follow: "Russia's Central Bank" names an institution.) ("Hungary's Levente Sárközi,
        // meanwhile, calls for …": so may a comma, a stance verb or an auxiliary after a name of two words that no cue covers;
        // "Ukraine's National Security and Defence Council" is no one.)
        foreach (var owner in agents)
        {
            if (owner is { Kind: AgentKind.Entity, Possessive: true, Party: >= 0 } && UnknownNameEnd(s, owner.End + 1, weekdays) is > 0 and var end && end < tokens.Length
                && (s.IsKindAt(CueKind.Speech, end) || end - owner.End == 3 && !owner.Absorbed && tokens[owner.End].Norm == "'s" && !agents.Exists(a => a.Start <= owner.End + 2 && a.End > owner.End + 1)
                    && (tokens[end].Norm is "," or "is" or "was" or "has" or "had" or "will" or "would" || s.IsKindAt(CueKind.Stance, end)))
                && !TitleWords.Contains(tokens[owner.End + 1].Norm) && !OfficeWords.Contains(tokens[owner.End + 1].Norm))
            {
                owner.Absorbed = true;
                added.Add(UnknownPerson(tokens, owner.Party, owner.Start, owner.End + 1, end));
            }
        }
        // ("The US team is led by envoy X, Ukraine's by Bohdan Skoryk": a possessive standing for a team already said to be led by
        // someone names that party's leader after "by".)
        foreach (var owner in agents)
        {
            if (owner is { Kind: AgentKind.Entity, Possessive: true, Party: >= 0 } && owner.End + 2 < tokens.Length && tokens[owner.End].Norm == "'s"
                && tokens[owner.End + 1].Norm == "by" && Array.FindIndex(tokens, 0, owner.Start, t => t.Norm is "led" or "headed") >= 0
                && PersonAt(agents, owner.End + 2) is null && UnknownNameEnd(s, owner.End + 2, weekdays) is > 0 and var end
                && (end == tokens.Length || tokens[end].Norm is "," or "and" or "." or ";") && !Covered(added, owner.End + 2, end))
            {
                owner.Absorbed = true;
                added.Add(UnknownPerson(tokens, owner.Party, owner.Start, owner.End + 2, end));
            }
        }
        // ("The Russian delegation was headed by X, the Ukrainian by Bohdan Skoryk": so does a party's adjective after "the" that stands
        // for the team.)
        foreach (var adjective in s.Of(CueKind.PartyAdjective))
        {
            if (adjective.Start > 0 && tokens[adjective.Start - 1].Norm == "the" && adjective.End + 1 < tokens.Length && tokens[adjective.End].Norm == "by"
                && Array.FindIndex(tokens, 0, adjective.Start, t => t.Norm is "led" or "headed") >= 0 && !Covered(agents, adjective.Start, adjective.End + 1)
                && PersonAt(agents, adjective.End + 1) is null && UnknownNameEnd(s, adjective.End + 1, weekdays) is > 0 and var end
                && (end == tokens.Length || tokens[end].Norm is "," or "and" or "." or ";") && !Covered(added, adjective.End + 1, end))
            {
                added.Add(UnknownPerson(tokens, adjective.Cue.Ref, adjective.Start, adjective.End + 1, end));
            }
        }
        // ("…, and Denis Arbuzov said at the Geneva round that …": a bare name of two or three words that no cue knows, opening a
        // clause right before a speech verb, is a person of no party yet.)
        foreach (var speech in s.Of(CueKind.Speech))
        {
            var said = speech.Start;
            for (var start = said - 3; start <= said - 2; start++)
            {
                if (start < 0 || start > 0 && !(tokens[start - 1].IsQuote || tokens[start - 1].Norm is "," or "and" or "but" or ":" or ";")
                    || !tokens[start].IsCapitalized || UnknownNameEnd(s, start, weekdays) != said
                    || NamesAnOffice(tokens, start, said) || NamesAnOutlet(tokens, start, said, pack) || Covered(agents, start, said) || Covered(added, start, said))
                {
                    continue;
                }
                added.Add(UnknownPerson(tokens, -1, start, start, said));
                break;
            }
        }
        // "Mikkel Dalsager has been NATO Secretary General since 2042": a sentence that opens on a name and says what office it
        // holds introduces that person, with the office's party.
        if (UnknownNameEnd(s, 0, weekdays) is > 0 and var opened && PersonAt(agents, 0) is null)
        {
            var copula = opened;
            // ("Iryna Solovei, 47, has been Ukraine's foreign minister since 2042": past the age set off by commas.)
            if (copula + 3 < tokens.Length && tokens[copula].Norm == "," && (tokens[copula + 1].Shape & TokenShape.Number) != 0 && tokens[copula + 2].Norm == ",")
            {
                copula += 3;
            }
            if (copula + 1 < tokens.Length && tokens[copula].Norm is "has" or "had" && tokens[copula + 1].Norm == "been")
            {
                copula++;
            }
            if (copula < tokens.Length && tokens[copula].Norm is "is" or "was" or "been" or "became" or "becomes"
                && agents.Find(a => a.Kind is AgentKind.Entity or AgentKind.Group && a.Party >= 0 && !a.Possessive
                    && a.Start - copula >= 1 && a.Start - copula <= 2 && (a.Start - copula == 1 || tokens[copula + 1].Norm is "the" or "a" or "an")) is { } office
                && (office.Kind == AgentKind.Group || office.End < tokens.Length && TitleWords.Contains(tokens[office.End].Norm)))
            {
                added.Add(UnknownPerson(tokens, office.Party, 0, 0, opened));
            }
        }
        // "Minister for Foreign Affairs of Finland Aino Lehtisalo": the agencies' title names the party after "of".
        foreach (var party in agents.Where(a => a.Kind == AgentKind.Entity && a.Party >= 0 && !a.Possessive && a.Start >= 2).ToList())
        {
            if (tokens[party.Start - 1].Norm != "of" || !tokens[party.Start - 2].IsCapitalized)
            {
                continue;
            }
            // (The title before "of" is the person's too: "President of Ukraine Oksana Melnychuk" was introduced as a president.)
            var titleStart = party.Start - 2;
            while (titleStart > 0 && (tokens[titleStart - 1].IsCapitalized && tokens[titleStart - 1].IsWord || tokens[titleStart - 1].Norm is "of" or "for" or "and")
                && !Covered(agents, titleStart - 1, titleStart) && !Covered(added, titleStart - 1, titleStart))
            {
                titleStart--;
            }
            if (TitledPerson(s, agents, party, weekdays, titleStart: titleStart) is { } titled)
            {
                added.Add(titled);
            }
        }
        // "Deputy Prime Minister Krzysztof Gawkowski said Poland would …": a title and a name the pack does not know, with no
        // party of their own, still name who speaks (the party is the one whose stance they report).
        for (var start = 0; start < tokens.Length; start++)
        {
            // ("Department Press Briefing with Spokesperson Lena Ortiz", "testimony from Assistant Secretary of State Peter Lindqvist":
            // a title after "with", "by" or "from" names its person too.)
            // ("Ukraine's Parliamentary Commissioner for Human Rights Iryna Savchuk wrote": or after a party's possessive, whose
            // party the title is.)
            var owner = start >= 2 && tokens[start - 1].Norm == "'s" ? agents.Find(a => a is { Kind: AgentKind.Entity, Possessive: true, Party: >= 0 } && a.End == start - 1) : null;
            // ("…, Kremlin Press Secretary Gleb Rostovtsev told reporters": or after a party's seat that opens the title.)
            owner ??= start >= 1 && tokens[start].IsCapitalized && TitleWords.Contains(tokens[start].Norm) || start >= 1 && tokens[start].Norm == "press"
                ? agents.Find(a => a is { Kind: AgentKind.Entity, Possessive: false, Party: >= 0 } && a.End == start && a.End - a.Start == 1
                    && (a.Start == 0 || tokens[a.Start - 1].IsQuote || tokens[a.Start - 1].Norm is "," or "-" or "—" or ":" or "by" or "with" or "that"))
                : null;
            // ("14:10 President Bohdan Lysenchuk, speaking in Kyiv, says …": or after a live blog's time stamp.)
            if (!(start == 0 || owner is not null || start == 3 && tokens[1].Norm == ":" && IsNumber(tokens[0]) && IsNumber(tokens[2]) || tokens[start - 1].IsQuote || tokens[start - 1].Norm is "," or "and" or "but" or "-" or ":" or "with" or "by" or "from" or "met" or "meets" or "received" or "receives" or "hosted" or "hosts" or "why" or "whether" or "that") || !tokens[start].IsCapitalized
                || agents.Exists(a => a.Start <= start && start < a.End) || added.Exists(a => a.Start <= start && start < a.End))
            {
                continue;
            }
            var run = start;
            // ("Secretary of State Margaret Holloway": "of" may join a title's words.)
            // ("Chairman of the Verkhovna Rada Ruslan Stefanchuk", "Commissioner for Human Rights Iryna Savchuk": a title's body.)
            var complement = -1;
            // ("Secretary of the National Security and Defense Council Taras Hnatiuk": "and" may join the body's words.)
            // ("President Oksana Levytska of Ukraine": "of" after a name, not a title's word, ends the run.)
            while (run < tokens.Length && run - start < 12 && (tokens[run].IsWord && (tokens[run].IsCapitalized
                       || Joins(tokens, run) && run > start && (complement > 0 || TitleWords.Contains(tokens[run - 1].Norm) || tokens[run].Norm == "the")
                       || complement > 0 && tokens[run].Norm == "and" && tokens[run - 1].IsCapitalized && run + 1 < tokens.Length && tokens[run + 1].IsCapitalized)
                   || Glued(tokens, run)))
            {
                if (complement < 0 && run > start && Joins(tokens, run) && TitleHeads.Contains(tokens[run - 1].Norm))
                {
                    complement = run;
                }
                run++;
            }
            // (The name may be a double one, "Press Secretary Jenna Ortiz-Hale": its hyphen is no word; after a title's body the
            // name is taken as its last two words.)
            for (var title = run - 3; title >= start && title >= run - 6; title--)
            {
                // ("met Special Envoy of the President of the United States Theodore Ashby in Kyiv": a body may end on the country
                // whose office it is.)
                var country = complement > 0 && title > complement ? CountryEndingAt(agents, complement, title + 1) : null;
                // (After a title's body, only a speech verb may follow: "Secretary of the National Security and Defense Council" is
                // all title.)
                // ("…, Secretary of the National Security and Defense Council Taras Hnatiuk, said": or a comma and the speech verb.)
                if (!(TitleHeads.Contains(tokens[title].Norm) || complement > 0 && title == run - 3 && title > complement && run < tokens.Length
                        && (s.IsKindAt(CueKind.Speech, run) || tokens[run].Norm == "," && run + 1 < tokens.Length && s.IsKindAt(CueKind.Speech, run + 1)
                            // ("Parliament Commissioner for Human Rights Oleh Kurylo called on …": or any lower-case word, when the body
                            // ends on a capitalised word and the name's two words name no institution.)
                            || IsLowerWord(tokens[run]) && tokens[title].IsCapitalized && !InstitutionWords.Contains(tokens[title + 1].Norm)
                               && !InstitutionWords.Contains(tokens[title + 2].Norm)))
                    || UnknownNameEnd(s, title + 1, weekdays) != run
                    // ("Deputy Foreign Minister Mariana Betsa welcomed …": any verb after the name.)
                    // ("Department Press Briefing, Spokesperson Alicia Tran": an item's opening line may end on the name.)
                    // (Or a sentence end on it: "…, with testimony from Assistant Secretary of State Peter Lindqvist.")
                    // ("DEPARTMENT PRESS BRIEFING\nSpokesperson Owen Castellano": or a line of its own near the top that is only the post
                    // and the name.)
                    || (run >= tokens.Length ? s.Sentence.Index != 0 && !(start == 0 && s.Sentence.Index <= 3) : !ClauseGoesOn(s, run) && !(run == tokens.Length - 1 && tokens[run].Norm == "."))
                    || agents.Exists(a => a.Start < run && title < a.End && a != country && !OfficeInTitle(tokens, a, start, title)) || Covered(added, start, run))
                {
                    continue;
                }
                // ("Head of the Office of the President Bohdan Kravets said": "the President" is part of the title, no one of its own.)
                agents.Find(a => OfficeInTitle(tokens, a, start, title))?.Absorbed = true;
                // ("MOSCOW, Oct. 10 - … Foreign Minister Alexei Gromov said": a title that names no country, in an item filed from a
                // party's capital, is that party's office; with no dateline, "Berlin quietly plans …" over it is as good.)
                var party = owner?.Party ?? country?.Party ?? TitledParty(tokens, pack, start, title + 1);
                // ("President Oksana Levytska of Ukraine": or the party named right after the name.)
                if (party < 0 && run + 1 < tokens.Length && tokens[run].Norm == "of")
                {
                    party = agents.Find(a => a.Start == run + 1 && a is { Kind: AgentKind.Entity, Party: >= 0 })?.Party ?? -1;
                }
                // ("The White House publishes a 22-point peace framework. President Daniel Whitcombe calls it …", "The Kremlin was
                // more guarded. Spokesman Timur Glebov said …": a title the item gives no country, opening the sentence after one whose
                // subject was a party's seat, is that party's, before the dateline's; whoever the person then speaks about does not
                // overrule it: "The Kremlin reacted sharply. Spokesman Oleg Barinov said German soldiers … would be a target".)
                var titled = TitleWords.Contains(tokens[start].Norm) || OfficeWords.Contains(tokens[start].Norm);
                if (party < 0 && start == 0 && title == 0 && titled && s.PreviousSubjectParty >= 0)
                {
                    party = s.PreviousSubjectParty;
                }
                // ("But the text still asks Ukraine to pull its forces out … President Iryna Levadna has rejected that": or a president
                // after a sentence about one party alone.)
                if (party < 0 && start == 0 && title == 0 && tokens[0].Norm == "president" && s.PreviousOnlyParty >= 0)
                {
                    party = s.PreviousOnlyParty;
                }
                // ("President Bohdan Lysenchuk, speaking in Kyiv, says …": or a capital the aside after the name speaks from.)
                if (party < 0 && titled && run + 4 < tokens.Length && tokens[run].Norm == "," && tokens[run + 1].Norm == "speaking" && tokens[run + 2].Norm is "in" or "from")
                {
                    party = s.Of(CueKind.PartyMetonym).Find(m => m.Start == run + 3 && m.End - m.Start == 1 && m.End < tokens.Length && tokens[m.End].Norm is "," or "on") is { End: > 0 } spoken ? spoken.Cue.Ref : -1;
                }
                if (party < 0 && titled && (FrontedCapitalBefore(s, start) is >= 0 and var fronted ? fronted : s.HomeParty) is >= 0 and var home)
                {
                    party = home;
                }
                if (owner is not null)
                {
                    owner.Absorbed = true;
                }
                if (country is not null)
                {
                    country.Absorbed = true;
                }
                // ("Secretary General Sigrid Halvorsen": the rest of a title is no first name of a three-word name.)
                var nameStart = title + 1;
                while (run - nameStart > 2 && TitleWords.Contains(tokens[nameStart].Norm))
                {
                    nameStart++;
                }
                added.Add(UnknownPerson(tokens, party, start, nameStart, run, party < 0 && OutsiderBefore(tokens, start + 1, pack)));
                break;
            }
        }
        // "…, presidential press secretary Timur Zaslavsky told journalists": agency copy writes the title in lower case.
        for (var head = 0; head + 2 < tokens.Length; head++)
        {
            // ("Presidential envoy for investment Pavel Gromeko will meet …": the title may say in lower case what the post is for.)
            var nameStart = head + 3 < tokens.Length && tokens[head + 1].Norm is "for" or "on" && IsLowerWord(tokens[head + 2]) ? head + 3 : head + 1;
            if (!TitleHeads.Contains(tokens[head].Norm) || !IsLowerWord(tokens[head]) || UnknownNameEnd(s, nameStart, weekdays) is not (> 0 and var end)
                || end < tokens.Length && !ClauseGoesOn(s, end)
                || agents.Exists(a => a.Start <= end - 1 && head < a.End) || added.Exists(a => a.Start <= end - 1 && head < a.End))
            {
                continue;
            }
            var start = head;
            while (start > 0 && IsLowerWord(tokens[start - 1]) && (TitleWords.Contains(tokens[start - 1].Norm) || OfficeWords.Contains(tokens[start - 1].Norm) || tokens[start - 1].Norm is "press" or "ministry"))
            {
                start--;
            }
            var outsider = OutsiderBefore(tokens, start, pack);
            // ("Ukraine's human rights commissioner Iryna Savchuk said": a party owning the title's words is the person's.)
            var field = start;
            while (field > 0 && start - field < 3 && IsLowerWord(tokens[field - 1]) && tokens[field - 1].Norm != "'s")
            {
                field--;
            }
            var owner = agents.Find(a => a is { Possessive: true, Party: >= 0 } && a.Kind != AgentKind.Pronoun && a.End + 1 == field);
            if (owner is not null)
            {
                owner.Absorbed = true;
                start = owner.Start;
            }
            // ("WASHINGTON - … In Kyiv, presidential spokeswoman Marta Hrytsenko said": a capital fronted right before the title
            // is a better home than the dateline; "Moscow answered as expected. Foreign ministry spokeswoman Alla Vereshchagina
            // described …": so is the seat the sentence before had for subject, as for a capitalised title.)
            var home = FrontedCapitalBefore(s, start) is >= 0 and var fronted ? fronted : start <= 1 && s.PreviousSubjectParty >= 0 ? s.PreviousSubjectParty : s.HomeParty;
            added.Add(UnknownPerson(tokens, owner?.Party ?? (outsider ? -1 : home), start, nameStart, end, owner is null && outsider));
            head = end;
        }
        agents.AddRange(added);
        // ("Chief negotiator Yevgeny Kolotov, a Kremlin aide, told …": a titled name read last has its aside too; the party in it
        // describes the person, and gives a side to one who has none.)
        foreach (var person in added.Where(p => p.Name is not null && p.End < tokens.Length && tokens[p.End].Norm == ","))
        {
            var close = AppositiveEnd(s, person.End + 1, agents);
            if (close < 0)
            {
                continue;
            }
            foreach (var role in AsideRoles(agents, person.End, close))
            {
                person.Party = person.Party < 0 && !person.Outsider ? role.Party : person.Party;
                role.Absorbed = true;
            }
        }
    }

    /// <summary>An office named after "of" inside a title that ends at <paramref name="title"/>: "the President" in "Head of the Office of the President".</summary>
    private static bool OfficeInTitle(Token[] tokens, Agent a, int start, int title) =>
        a.Kind == AgentKind.Pronoun && a.Start > start + 1 && a.End == title + 1 && tokens[a.Start - 1].Norm == "of";

    /// <summary>
    /// Whether a word of the outsiders' list stands in the capitalised words right before <paramref name="end"/> ("Chinese Foreign
    /// Ministry spokesperson …", "Turkish Foreign Minister …").
    /// </summary>
    private static bool OutsiderBefore(Token[] tokens, int end, DomainPack pack)
    {
        for (var i = end - 1; i >= 0 && i >= end - 5 && tokens[i].IsWord && tokens[i].IsCapitalized; i--)
        {
            if (pack.Outsiders.Contains(tokens[i].Norm))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Senator Rand Paul", "Secretary of State Margaret Holloway": the party whose office holders alone bear the title, or -1.</summary>
    private static int TitledParty(Token[] tokens, DomainPack pack, int from, int to)
    {
        var title = " " + string.Join(' ', tokens[from..to].Select(t => t.Norm)) + " ";
        for (var party = 0; party < pack.Parties.Count; party++)
        {
            if (pack.Parties[party].Titles.Any(t => title.Contains(" " + t + " ", StringComparison.Ordinal)))
            {
                return party;
            }
        }
        return -1;
    }

    /// <summary>Words that end an institution's name, so that the two capitalised words before a verb are no person.</summary>
    private static readonly HashSet<string> InstitutionWords = new(StringComparer.Ordinal)
    {
        "council", "committee", "commission", "office", "service", "agency", "ministry", "department", "affairs", "rights", "forces",
        "security", "defense", "defence", "assembly", "parliament", "rada", "duma", "union", "nations", "organization", "organisation",
        "court", "bank", "fund", "board", "cabinet", "administration", "government", "staff", "intelligence", "guard", "police",
        "centre", "center", "institute", "foundation", "bureau", "directorate", "house", "senate", "congress", "relations", "policy",
    };

    private static readonly HashSet<string> TitleHeads = new(StringComparer.Ordinal)
    {
        "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "envoy", "adviser", "advisor", "aide", "ambassador",
        "commissioner", "negotiator", "director", "chairman", "chairwoman", "speaker", "chancellor", "ombudsman", "senator",
        "president", "premier", "pm",
        // "Head of the Office of the President Bohdan Kravets".
        "head", "governor",
        // "Secretary of State …".
        "state",
    };

    /// <summary>
    /// "Deputy Foreign Minister Oksana Hrytsenko, who oversees …, said": a capitalised title of two words or more that names
    /// no party, at the start of a clause, before a name the pack does not know, is of the side the item was just speaking of.
    /// </summary>
    private static void BareTitles(SentenceAnalysis s, List<Agent> agents, DomainPack pack, int contextParty)
    {
        var tokens = s.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (i > 0 && tokens[i - 1].Norm is not ("," or "-" or "•" or ":" or ";"))
            {
                continue;
            }
            // ("NATO: Secretary General X said …": a line filed under a party gives its title that party, not the item's last.)
            var side = i > 1 && tokens[i - 1].Norm == ":" && agents.Find(a => a is { Kind: AgentKind.Entity, Party: >= 0 } && a.End == i - 1) is { } label ? label.Party : contextParty;
            var at = i;
            while (at < tokens.Length && tokens[at].IsCapitalized && TitleWords.Contains(tokens[at].Norm))
            {
                at++;
            }
            // (A person already read there with no party yet takes the side, and is not read a second time.)
            if (at - i >= 2 && agents.Find(a => a is { Kind: AgentKind.Person, Party: < 0 } && a.Start <= i && a.End > at) is { } read)
            {
                // (An official of a state that is no party keeps no side.)
                if (!read.Outsider)
                {
                    read.Party = side;
                    read.SideGuessed = side == contextParty;
                }
                continue;
            }
            if (at - i < 2 || agents.Exists(a => a.Party >= 0 && a.Start < at && a.End > i) || PersonAt(agents, at) is not null
                || UnknownNameEnd(s, at, pack.Weekdays) is not (> 0 and var nameEnd))
            {
                continue;
            }
            // The title's own words ("Minister") are no pronoun of someone else.
            agents.RemoveAll(a => a.Start >= i && a.End <= at && a.Party < 0);
            var person = UnknownPerson(tokens, side, i, at, nameEnd);
            person.SideGuessed = side == contextParty;
            agents.Add(person);
            i = nameEnd;
        }
    }

    /// <summary>
    /// The person named as leading a party's team: "Ukraine's delegation is led by Taras Melnychuk", "Ukraine's delegation,
    /// led in Istanbul by Oksana Hrytsenko, …", "the Ukrainian team under Bohdan Kravets". Null when no name the pack does not
    /// know follows "by" or "under".
    /// </summary>
    private static Agent? LeaderAfter(SentenceAnalysis s, List<Agent> agents, Agent team, HashSet<string> weekdays)
    {
        var tokens = s.Tokens;
        var by = team.End;
        if (by + 1 < tokens.Length && tokens[by].Norm == "," && tokens[by + 1].Norm is "led" or "headed" or "chaired")
        {
            // The participle may name the place first: ", led in Istanbul by".
            by += 2;
            while (by < tokens.Length && by - team.End < 7 && tokens[by].Norm != "by" && tokens[by].IsWord)
            {
                by++;
            }
        }
        // ("The Ukrainian delegation was led by Dmytro Levchenko and the Russian delegation by Maxim Lyubimov": a second team
        // after "and" shares the first one's "led", and "by" follows it at once.)
        else if (by >= tokens.Length || tokens[by].Norm != "under" && !SharesLedBy(tokens, team))
        {
            // ("will again be led by": an adverb may stand among the auxiliaries.)
            while (by < tokens.Length && by - team.End < 4 && tokens[by].Norm is "is" or "was" or "will" or "be" or "has" or "been" or "led" or "headed" or "chaired" or "again" or "also" or "still" or "now")
            {
                by++;
            }
            if (by == team.End || tokens[by - 1].Norm is not ("led" or "headed" or "chaired"))
            {
                return null;
            }
        }
        // ("headed by presidential aide Yevgeny Rudakov": a post may come before the name.)
        var name = by + 1;
        while (name + 1 < tokens.Length && name - by <= 3 && tokens[name].IsWord && (TitleWords.Contains(tokens[name].Norm) || OfficeWords.Contains(tokens[name].Norm)))
        {
            name++;
        }
        // ("headed by Deputy Minister of Defence Artyom Rudakov", "by Commissioner for Human Rights Iryna Bondar": a post's body
        // in capitals; the name is the run's last two words.)
        if (name > by + 1 && name + 1 < tokens.Length && tokens[name].Norm is "of" or "for")
        {
            var run = name + 1;
            while (run < tokens.Length && tokens[run] is { IsWord: true, IsCapitalized: true })
            {
                run++;
            }
            name = run - name - 1 >= 3 ? run - 2 : name;
        }
        if (by >= tokens.Length || tokens[by].Norm is not ("by" or "under") || PersonAt(agents, name) is not null || UnknownNameEnd(s, name, weekdays) is not (> 0 and var nameEnd))
        {
            return null;
        }
        return UnknownPerson(tokens, team.Party, by + 1, name, nameEnd);
    }

    /// <summary>Whether a team after "and the" shares an earlier "led by": "… was led by A and the Russian delegation by B".</summary>
    private static bool SharesLedBy(Token[] tokens, Agent team) =>
        team.End < tokens.Length && tokens[team.End].Norm == "by" && team.Start >= 2 && tokens[team.Start - 1].Norm == "the" && tokens[team.Start - 2].Norm == "and"
        && Array.FindLastIndex(tokens, team.Start - 2, Math.Min(team.Start - 1, 12), t => t.Norm is "led" or "headed" or "chaired") is > 0 and var led
        && tokens[led + 1].Norm == "by";

    /// <summary>
    /// A name the pack does not know right after a party's title is that person's title: the person, with the title
    /// absorbed into it, or null when no such name follows.
    /// </summary>
    private static Agent? TitledPerson(SentenceAnalysis s, List<Agent> agents, Agent title, HashSet<string> weekdays, int titleEnd = -1, int titleStart = -1)
    {
        // (The title may go on past the party's own words: "State Department spokeswoman Dana Whitcombe".)
        var nameStart = titleEnd >= 0 ? titleEnd : title.End;
        // "Russian Ambassador to Turkey Gennady Lobanov": the post's country may stand between the title and the name.
        if (nameStart + 3 < s.Tokens.Length && s.Tokens[nameStart].Norm is "to" or "in" && s.Tokens[nameStart - 1].IsCapitalized
            && s.Of(CueKind.Place).Find(p => p.Start == nameStart + 1) is { End: > 0 } post)
        {
            nameStart = post.End;
        }
        // ("NATO Secretary General Ingrid Solberg": the rest of a title is no first name.)
        while (nameStart + 2 < s.Tokens.Length && s.Tokens[nameStart].IsCapitalized && TitleWords.Contains(s.Tokens[nameStart].Norm) && PersonAt(agents, nameStart) is null)
        {
            nameStart++;
        }
        var nameEnd = PersonAt(agents, nameStart) is null ? UnknownNameEnd(s, nameStart, weekdays) : -1;
        if (nameEnd < 0)
        {
            return null;
        }
        title.Absorbed = true;
        return UnknownPerson(s.Tokens, title.Party, titleStart >= 0 ? titleStart : title.Start, nameStart, nameEnd);
    }

    /// <summary>A person the pack does not know: the span from <paramref name="start"/> (with any title), named by the words from <paramref name="nameStart"/>.</summary>
    private static Agent UnknownPerson(Token[] tokens, int party, int start, int nameStart, int nameEnd, bool outsider = false) =>
        new()
        {
            Kind = AgentKind.Person, Party = party, Start = start, End = nameEnd, Name = NameText(tokens, nameStart, nameEnd), Possessive = IsPossessiveAt(tokens, nameEnd),
            Outsider = outsider, Title = nameStart > start ? string.Join(' ', tokens[start..nameStart].Select(t => t.Norm)) : null,
        };

    private static bool IsNumber(Token token) => token.Text.Length is > 0 and <= 4 && token.Text.All(char.IsAsciiDigit);

    /// <summary>End of a name of two or three capitalised words that no cue knows, or -1.</summary>
    private static int UnknownNameEnd(SentenceAnalysis s, int from, HashSet<string> weekdays)
    {
        var tokens = s.Tokens;
        var i = from;
        var words = 0;
        // ("U.S. special envoy Grant Pellerin": a capitalised verb of giving inside a clause is a first name; prepositions never are.)
        while (i < tokens.Length && words < 3 && tokens[i].IsWord && tokens[i].IsCapitalized && (tokens[i].Shape & TokenShape.AllCaps) == 0
               && tokens[i].Text.Length > 1 && !weekdays.Contains(tokens[i].Norm)
               && !NotInName.Any(k => s.IsKindAt(k, i) && !(k == CueKind.Oblique && GivingVerbs.Contains(tokens[i].Norm) && (i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalized
                   // ("Grant Pellerin, for his part, said": or opening the sentence on a name followed by a comma or a speech verb.)
                   || i == 0 && tokens.Length > 2 && tokens[1].IsCapitalized && (tokens[2].Norm == "," || s.IsKindAt(CueKind.Speech, 2))
                   // ("Washington's envoy, Grant Pelletier, says": or set off by commas after a role.)
                   || i > 0 && tokens[i - 1].Norm == "," && i + 2 < tokens.Length && tokens[i + 1].IsCapitalized && tokens[i + 2].Norm == ","))))
        {
            i++;
            words++;
            // "Jenna Ortiz-Hale": a hyphen with no space around it joins a double surname.
            if (i < tokens.Length && Glued(tokens, i))
            {
                i += 2;
            }
        }
        return words >= 2 ? i : -1;
    }

    /// <summary>The comma after "of" and a body named in capitals at <paramref name="at"/> ("of Foreign Affairs,"), or -1.</summary>
    private static int BodyEnd(Token[] tokens, int at)
    {
        if (at + 2 >= tokens.Length || tokens[at].Norm != "of")
        {
            return -1;
        }
        var comma = Array.FindIndex(tokens, at + 1, Math.Min(4, tokens.Length - at - 1), t => !(t.IsWord && (t.IsCapitalized || t.Norm == "and")));
        return comma > at + 1 && tokens[comma].Norm == "," ? comma : -1;
    }

    /// <summary>
    /// How many tokens "'s" and a lower-case post after it take at <paramref name="at"/> ("'s deputy", "'s special envoy"), or 0.
    /// </summary>
    private static int PossessedPost(Token[] tokens, int at, DomainPack pack)
    {
        if (at + 1 >= tokens.Length || tokens[at].Norm != "'s")
        {
            return 0;
        }
        // ("Ukraine's Parliament Commissioner for Human Rights, Nazar Tkachuk, said …": a capitalised post may carry words that
        // are no title; it ends at its last title word.)
        var last = -1;
        for (var k = at + 1; k < tokens.Length && k - at <= 4 && tokens[k].IsWord && (IsLowerWord(tokens[k]) || tokens[k].IsCapitalized); k++)
        {
            var title = TitleWords.Contains(tokens[k].Norm) || pack.IsOneWordOffice(tokens[k].Norm) || tokens[k].Norm is "representative";
            if (!title && IsLowerWord(tokens[k]))
            {
                break;
            }
            if (title)
            {
                last = k;
            }
        }
        return last > at ? last + 1 - at : 0;
    }

    /// <summary>The parties named in the aside between a name's end and the comma that closes it ("X, a Kremlin aide,").</summary>
    private static List<Agent> AsideRoles(List<Agent> agents, int nameEnd, int close) =>
        agents.Where(a => a.Start > nameEnd && a.End <= close && a.Kind is AgentKind.Entity or AgentKind.Group && a.Party >= 0).ToList();

    /// <summary>The comma that closes an appositive noun phrase starting at <paramref name="from"/> ("the EU's top diplomat,"), or -1.</summary>
    private static int AppositiveEnd(SentenceAnalysis s, int from, List<Agent> agents, bool relativeOpens = false)
    {
        var tokens = s.Tokens;
        var opensRelative = relativeOpens && from < tokens.Length && tokens[from].Norm == "who";
        // "Oksana Hrytsenko, deputy head of Ukraine's delegation, said …": the role may come without an article.
        // ("Rustem Umerov, Secretary of the National Security and Defense Council, …": capitalised, when "of" names its office.)
        var bareTitle = from + 1 < tokens.Length && TitleWords.Contains(tokens[from].Norm) && (IsLowerWord(tokens[from]) || tokens[from + 1].Norm == "of");
        if (from >= tokens.Length || !(opensRelative || bareTitle || NounPhraseStarts.Contains(tokens[from].Norm) || agents.Any(a => a.Start == from && a.Kind is AgentKind.Entity or AgentKind.Group)))
        {
            return -1;
        }
        // "Igor Kostyukov, the Russian military intelligence chief who headed Moscow's team, repeated …": the role may
        // carry a relative clause of its own, up to the closing comma.
        var relative = opensRelative;
        // "Taras Levchenko, a deputy head of Ukraine's negotiating team and a former ambassador to Canada, …": two roles
        // joined by "and" are one aside, as long as a relative clause.
        var coordinated = false;
        // ("Petro Yaremenko, the soft-spoken former military intelligence officer who led Ukraine's negotiations on prisoner
        // exchanges for more than a decade, has died": a relative clause may run long.)
        for (var i = from + 1; i < tokens.Length && i <= from + (relative ? 24 : coordinated ? 18 : 10); i++)
        {
            var t = tokens[i];
            // ("secretary of Ukraine's National Security and Defence Council and head of its negotiating team": or a bare post.)
            if (t.Norm == "and" && i + 1 < tokens.Length && (NounPhraseStarts.Contains(tokens[i + 1].Norm) || IsLowerWord(tokens[i + 1]) && TitleWords.Contains(tokens[i + 1].Norm)))
            {
                coordinated = true;
            }
            // ("“…,” said Oleksandra Virchenko, Ukraine's chief negotiator.": an aside may close the sentence.)
            if (t.Norm == "." && i == tokens.Length - 1 && from >= 4 && tokens[from - 1].Norm == "," && !relative
                && Enumerable.Range(Math.Max(0, from - 5), Math.Min(3, from - 3)).Any(k => s.IsKindAt(CueKind.Speech, k)))
            {
                return i;
            }
            if (t.Norm == ",")
            {
                // The aside is closed and the verb follows; "Peskov, the spokesman, and Ushakov" is a list.
                // ("Rustem Umerov, Secretary of the National Security and Defense Council, who headed the delegation, said": a
                // relative clause on the person may follow it.)
                return i + 1 < tokens.Length && IsLowerWord(tokens[i + 1]) && (tokens[i + 1].Norm is not ("and" or "or" or "who" or "which") || tokens[i + 1].Norm == "who" && bareTitle) ? i : -1;
            }
            if (t.Norm is "who" or "which" or "that" && !relative && i > from + 1)
            {
                relative = true;
                continue;
            }
            if (t.IsQuote || !(t.IsWord || t.Norm is "-" or "." or "'s") || t.Norm is "who" or "which" or "that")
            {
                return -1;
            }
            if (s.IsKindAt(CueKind.Speech, i) || s.IsKindAt(CueKind.Source, i)
                || !relative && (s.IsKindAt(CueKind.Stance, i) || s.IsKindAt(CueKind.Modal, i) || s.IsKindAt(CueKind.Negation, i)
                    || s.IsKindAt(CueKind.Issue, i) || s.IsKindAt(CueKind.Person, i)))
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>"of", "for" or "the" inside a capitalised title, before a capitalised word ("Minister for Foreign Affairs", "Chairman of the Rada").</summary>
    private static bool Joins(Token[] tokens, int at) =>
        at + 1 < tokens.Length && (tokens[at].Norm is "of" or "for" && (tokens[at + 1].IsCapitalized || tokens[at + 1].Norm == "the" && at + 2 < tokens.Length && tokens[at + 2].IsCapitalized)
            || tokens[at].Norm == "the" && at > 0 && tokens[at - 1].Norm is "of" or "for" && tokens[at + 1].IsCapitalized);

    /// <summary>Whether the token is a hyphen with no space around it between two capitalised words ("Ortiz-Hale").</summary>
    private static bool Glued(Token[] tokens, int at) => Tokenizer.IsGluedHyphen(tokens, at) && tokens[at - 1].IsCapitalized && tokens[at + 1].IsCapitalized;

    /// <summary>After a titled name, what shows it is the clause's subject: a speech verb, a comma or any lower-case word ("… Betsa welcomed").</summary>
    private static bool ClauseGoesOn(SentenceAnalysis s, int at) => s.IsKindAt(CueKind.Speech, at) || s.Tokens[at].Norm == "," || IsLowerWord(s.Tokens[at]);

    private static bool IsLowerWord(Token t) => t.IsWord && !t.IsCapitalized && (t.Shape & TokenShape.Number) == 0;

    private static string NameText(Token[] tokens, int from, int to) => Tokenizer.Join(tokens, from, to);

    /// <summary>Whether a word from <paramref name="from"/> to <paramref name="to"/> is a post's or an institution's.</summary>
    private static bool NamesAnOffice(Token[] tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var norm = tokens[k].Norm;
            if (TitleWords.Contains(norm) || TitleHeads.Contains(norm) || OfficeWords.Contains(norm) || InstitutionWords.Contains(norm))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Sky News reported", "The Guardian reported", "Amnesty International said", "Meanwhile Arbuzov said": no person's name.</summary>
    private static bool NamesAnOutlet(Token[] tokens, int from, int to, DomainPack pack)
    {
        for (var k = from; k < to; k++)
        {
            var norm = tokens[k].Norm;
            if (OutletWords.Contains(norm) || pack.MediaNouns.Contains(norm) || pack.NameTails.Contains(norm) || k == from && (NounPhraseStarts.Contains(norm) || OpeningAdverbs.Contains(norm)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> GivingVerbs = new(StringComparer.Ordinal) { "grant", "grants", "given", "lent", "provide" };

    /// <summary>Words of an outlet's or an organisation's name the pack's <c>nameTails</c> ("times", "post", "journal", …) do not already hold.</summary>
    private static readonly HashSet<string> OutletWords = new(StringComparer.Ordinal)
    {
        "news", "press", "international", "guardian", "economist", "watch", "gazeta", "review", "agency", "network", "radio", "television", "tv",
        "channel", "jazeera", "reuters", "bloomberg",
    };

    /// <summary>Words that open a clause, capitalised only at a sentence's start: never a first name ("When Yevgeny Kolotov …").</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "when", "while", "as", "after", "before", "since", "until", "once", "if", "although", "though", "because", "yet", "but", "and", "so",
        "with", "without", "like", "unlike", "despite", "for", "by", "to",
    };

    private static readonly HashSet<string> OpeningAdverbs = new(StringComparer.Ordinal)
    {
        "meanwhile", "however", "separately", "later", "earlier", "still", "also", "now", "then", "today", "yesterday", "instead", "finally",
    };

    /// <summary>Whether an agent overlaps the tokens from <paramref name="from"/> to <paramref name="to"/>.</summary>
    internal static bool Covered(List<Agent> agents, int from, int to)
    {
        foreach (var a in agents)
        {
            if (a.Start < to && from < a.End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The country a title's body ends on ("of the United States"), after its first joining word, or null.</summary>
    private static Agent? CountryEndingAt(List<Agent> agents, int after, int end)
    {
        foreach (var a in agents)
        {
            if (a is { Kind: AgentKind.Entity, Party: >= 0, Possessive: false } && a.Start > after && a.End == end)
            {
                return a;
            }
        }
        return null;
    }

    /// <summary>
    /// "a London financial daily observes", "Madrid's main liberal daily focuses": a paper named by its city, after an article
    /// or the city's possessive, with at most three plain words on to the paper, which ends its noun phrase.
    /// </summary>
    private static bool NamesPaper(SentenceAnalysis s, CueMatch m, DomainPack pack)
    {
        var tokens = s.Tokens;
        var possessive = IsPossessiveAt(tokens, m.End);
        var article = false;
        for (var k = m.Start - 1; k >= 0 && k >= m.Start - 4 && !article; k--)
        {
            article = NounPhraseStarts.Contains(tokens[k].Norm);
            if (!article && !(IsLowerWord(tokens[k]) || tokens[k].Norm == "-"))
            {
                break;
            }
        }
        if (!possessive && !article)
        {
            return false;
        }
        // ("Moscow says daily strikes …", "Russia's daily drone attacks": a cue or a noun after the word is no paper.)
        for (int i = possessive ? m.End + 1 : m.End, words = 0; i < tokens.Length && words < 3 && IsLowerWord(tokens[i]) && !NounPhraseStarts.Contains(tokens[i].Norm)
             && !s.IsKindAt(CueKind.Speech, i) && !s.IsKindAt(CueKind.Stance, i) && !s.IsKindAt(CueKind.Issue, i); i++, words++)
        {
            if (pack.MediaNouns.Contains(tokens[i].Norm))
            {
                return i + 1 >= tokens.Length || !IsLowerWord(tokens[i + 1]) || s.IsKindAt(CueKind.Speech, i + 1)
                    || tokens[i + 1].Norm.EndsWith('s') && !tokens[i + 1].Norm.EndsWith("ss", StringComparison.Ordinal);
            }
        }
        return false;
    }

    private static bool IsPossessiveAt(Token[] tokens, int index) => index < tokens.Length && tokens[index].Norm == "'s";

    /// <summary>
    /// "Ukraine's chief negotiator", "the Russian delegation head": a group noun goes on with the group nouns and posts right
    /// after it, and all of them name one role.
    /// </summary>
    private static int PostEnd(Token[] tokens, Dictionary<int, int> groupAt, int end, DomainPack pack)
    {
        while (end < tokens.Length && !tokens[end].IsCapitalized)
        {
            if (groupAt.TryGetValue(end, out var next))
            {
                end = next;
            }
            else if (pack.EntityPosts.Contains(tokens[end].Norm))
            {
                end++;
            }
            else
            {
                break;
            }
        }
        return end;
    }

    /// <summary>Index of the group or document noun reached from <paramref name="from"/> over at most <paramref name="maxWords"/> modifiers, or -1.</summary>
    private static int SkipModifiers(Token[] tokens, int from, Dictionary<int, int> groupAt, Dictionary<int, int> documentAt, int maxWords)
    {
        var i = from;
        for (var skipped = 0; i < tokens.Length && skipped <= maxWords; skipped++)
        {
            if (groupAt.ContainsKey(i) || documentAt.ContainsKey(i))
            {
                return i;
            }
            var t = tokens[i];
            if (!(t.IsWord || t.Norm == "-") || t.Norm is "and" or "or" or "said" or "says" or "told" or "'s" or "has" or "have" or "had" or "is" or "are" or "was" or "were" or "will" or "would")
            {
                return -1;
            }
            i++;
        }
        return -1;
    }

    private static bool AfterWith(SentenceAnalysis s, int start) => BeforeDeterminers(s, start) is var i && i >= 0 && s.Tokens[i].Norm is "with" or "between";

    /// <summary>The token before a mention and the determiners in front of it ("with the United States"), or -1.</summary>
    private static int BeforeDeterminers(SentenceAnalysis s, int start)
    {
        var i = start - 1;
        while (i >= 0 && Determiners.Contains(s.Tokens[i].Norm))
        {
            i--;
        }
        return i;
    }

    private static bool IsOblique(SentenceAnalysis s, int start)
    {
        var i = BeforeDeterminers(s, start);
        // "Chairman of the Verkhovna Rada Ruslan Stefanchuk said": "of" after a capitalised title belongs to the
        // person's title, so what stands before the title decides.
        if (i >= 1 && s.Tokens[i].Norm == "of" && s.Tokens[i - 1].IsCapitalized && !s.IsKindAt(CueKind.Place, i - 1)
            && !s.IsKindAt(CueKind.PartyName, i - 1) && !s.IsKindAt(CueKind.Person, i - 1))
        {
            var title = i - 1;
            while (title > 0 && s.Tokens[title - 1].IsCapitalized && s.Tokens[title - 1].IsWord)
            {
                title--;
            }
            return IsOblique(s, title);
        }
        // "A revised version of the U.S. framework would cap …": a version of a draft is that draft.
        if (i >= 1 && s.Tokens[i].Norm == "of" && s.Tokens[i - 1].Norm is "version" or "versions" or "revision" or "edition" or "copy")
        {
            var head = i - 1;
            while (head > 0 && VersionModifiers.Contains(s.Tokens[head - 1].Norm))
            {
                head--;
            }
            return IsOblique(s, head);
        }
        // "… ended with Moscow and Kyiv agreeing to exchange all prisoners": "with" and a participle make the parties its subject.
        if (i >= 0 && s.Tokens[i].Norm == "with" && WithParticiple(s, start))
        {
            return false;
        }
        // "The delegation is led by Taras Melnychuk": the leader is named, and is the person a later "he" means.
        if (i >= 1 && s.Tokens[i].Norm == "by" && s.Tokens[i - 1].Norm is "led" or "headed" or "chaired")
        {
            return false;
        }
        // "A number of EU countries intend to send …", "most of the European allies": a quantity of a group is that group.
        if (i >= 1 && s.Tokens[i].Norm == "of" && Quantities.Contains(s.Tokens[i - 1].Norm))
        {
            return IsOblique(s, i - 1);
        }
        // "Officials from Ukraine said …", "lawmakers from Hungary's governing party voted against …": where a group that
        // opens its clause comes from is whose voice it is ("met officials from Ukraine" is an object). So is whom a
        // representative speaks for ("The representative of the United States said …").
        if (i >= 1 && s.Tokens[i].Norm is "from" or "of" && s.IsKindAt(CueKind.GroupNoun, i - 1)
            && (i - 1 > 0 && s.Tokens[i - 2].Norm == "the" ? i - 2 : i - 1) is var opening
            && (opening == 0 || s.Tokens[opening - 1].Norm is "that" or "," || s.Tokens[opening - 1].IsQuote))
        {
            return IsOblique(s, i - 1);
        }
        return i >= 0 && s.IsKindAt(CueKind.Oblique, i);
    }

    private static bool WithParticiple(SentenceAnalysis s, int start)
    {
        for (var k = start; k < s.Tokens.Length && k < start + 8; k++)
        {
            var token = s.Tokens[k];
            if (token.IsWord && !token.IsCapitalized && token.Norm is not ("and" or "the"))
            {
                return token.Norm.Length > 4 && token.Norm.EndsWith("ing", StringComparison.Ordinal);
            }
        }
        return false;
    }

    private static readonly HashSet<string> Legislators = new(StringComparer.Ordinal)
    {
        "mps", "lawmakers", "deputies", "legislators", "parliamentarians", "senators", "parliament", "legislature",
    };

    private static readonly HashSet<string> Quantities = new(StringComparer.Ordinal)
    {
        "number", "majority", "minority", "group", "handful", "some", "most", "many", "several", "few", "all", "none", "each", "both", "half", "bulk",
        // "the partners of the Coalition of the Willing have confirmed their readiness": a body's members are that body.
        "partners", "members", "leaders",
    };

    private static readonly HashSet<string> VersionModifiers = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "its", "revised", "new", "newest", "latest", "updated", "amended", "final", "first", "second", "earlier", "previous",
    };

    public static int PartyIndex(DomainPack pack, string id)
    {
        for (var i = 0; i < pack.Parties.Count; i++)
        {
            if (pack.Parties[i].Id == id)
            {
                return i;
            }
        }
        return -1;
    }

    private static readonly HashSet<string> NamedAfterPlace = new(StringComparer.Ordinal)
    {
        "framework", "accords", "accord", "agreement", "agreements", "declaration", "communique", "communiqué", "protocol", "principles", "formula", "memorandum", "understandings",
    };

    private static readonly HashSet<string> NamedBodies = new(StringComparer.Ordinal)
    {
        "institute", "university", "school", "academy", "centre", "center", "foundation", "college", "club", "observatory", "museum",
    };

    public static List<PlaceMention> FindPlaces(SentenceAnalysis s, DomainPack pack)
    {
        var places = new List<PlaceMention>();
        // ("RIYADH, Saudi Arabia — …": the country after a dateline's city is part of the dateline, no other place.)
        var datelineCountry = s.Tokens.Length > 4 && s.Tokens[1].Norm == "," && (s.Tokens[0].Shape & TokenShape.AllCaps) != 0
            ? s.Of(CueKind.Place).Find(c => c.Start == 2 && c.End < s.Tokens.Length && s.Tokens[c.End].Norm is "-" or "—" or "–" && s.StartsAt(CueKind.Place, 0))
            : default;
        foreach (var m in s.Of(CueKind.Place))
        {
            if (datelineCountry.End > 0 && m.Start == datelineCountry.Start)
            {
                continue;
            }
            if (s.IsDateline(m) && s.Of(CueKind.Place).Any(other => other.Start > m.End && other.Cue.Ref != m.Cue.Ref && (datelineCountry.End == 0 || other.Start != datelineCountry.Start)))
            {
                continue; // "MOSCOW, Feb 25 (Interfax) - … talks will take place in Geneva": the dateline is where the story was filed
            }
            if (m.End < s.Tokens.Length && (s.StartsAt(CueKind.Document, m.End) || NamedAfterPlace.Contains(s.Tokens[m.End].Norm)))
            {
                continue; // "talks on the annexes of the Geneva framework": a text named after where it was agreed
            }
            // ("who follows the talks at the Lisbon Institute for Strategic Affairs": a city in the capitalised name of a body.)
            if (m.End < s.Tokens.Length && s.Tokens[m.End].IsCapitalized && NamedBodies.Contains(s.Tokens[m.End].Norm))
            {
                continue;
            }
            places.Add(new PlaceMention(m.Cue.Ref, pack.Places[m.Cue.Ref].Name, m.Start, m.End));
        }
        return places;
    }
}
