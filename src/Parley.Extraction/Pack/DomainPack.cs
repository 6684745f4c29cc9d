using System.Security.Cryptography;
using System.Text.Json;
using Parley.Extraction.Pack;
using Parley.Extraction.Reading;

namespace Parley.Extraction;

/// <summary>
/// Everything the reader knows about one domain: parties, people, places, issues and the cue phrases
/// for stances and meetings. Loaded from JSON (comments and trailing commas allowed) so that a user
/// can extend it without recompiling.
/// </summary>
public sealed class DomainPack
{
    internal static readonly string[] StanceIds = ["supports", "opposes", "conditional", "undecided"];
    private static readonly string[] HolderModes = ["subject", "sayer", "following"];
    private const string DefaultResource = "Parley.Extraction.negotiation.json";

    private DomainPack() { }

    public string Name { get; private init; } = "";
    public string SourceName { get; private init; } = "";
    public string Fingerprint { get; private init; } = "";
    public IReadOnlyList<PartyDefinition> Parties { get; private init; } = [];
    public IReadOnlyList<IssueDefinition> Issues { get; private init; } = [];
    public IReadOnlyList<PersonDefinition> People { get; private init; } = [];
    public IReadOnlyList<PlaceDefinition> Places { get; private init; } = [];
    public IReadOnlyList<StanceCueDefinition> StanceCues { get; private init; } = [];
    public IReadOnlyList<RelativeDayDefinition> RelativeDays { get; private init; } = [];

    /// <summary>
    /// Points (raw, calibrated) that map the reader's raw confidence to the share of findings measured right at it; empty
    /// when the pack measured none, and the raw confidence is reported as it is.
    /// </summary>
    public IReadOnlyList<(double Raw, double Calibrated)> ConfidenceCalibration { get; private init; } = [];

    internal IReadOnlyDictionary<string, string[]> WordSets { get; private init; } = new Dictionary<string, string[]>();
    internal IReadOnlyDictionary<string, string[]> Language { get; private init; } = new Dictionary<string, string[]>();
    internal IReadOnlyDictionary<string, string[]> MeetingCues { get; private init; } = new Dictionary<string, string[]>();
    internal string[] Flips { get; private init; } = [];
    internal string[] Documents { get; private init; } = [];
    internal string[] Anaphora { get; private init; } = [];
    internal string[] GroupNouns { get; private init; } = [];
    internal string[] Traps { get; private init; } = [];
    /// <summary>Names that say an item is about this negotiation ("Ukraine", "Kremlin"), against <see cref="Elsewhere"/>.</summary>
    internal string[] Core { get; private init; } = [];
    /// <summary>Names of other conflicts and their talks ("Armenia", "Sudan"): an item that names them more than the core is about them.</summary>
    internal string[] Elsewhere { get; private init; } = [];

    /// <summary>The index of the party that brokers the talks, or -1.</summary>
    internal int MediatorParty => _mediator ??= Parties.Select((p, i) => p.Mediator ? i : -1).FirstOrDefault(i => i >= 0, -1);
    private int? _mediator;

    internal string[] LanguageList(string name) => Language.TryGetValue(name, out var list) ? list : [];

    /// <summary>Weekday names in lower case, asked for in every sentence: built once per pack.</summary>
    internal HashSet<string> Weekdays => _weekdays ??= LanguageList("weekdays").Select(w => w.ToLowerInvariant()).ToHashSet();
    private HashSet<string>? _weekdays;
    /// <summary>Posts a bare "the …" cannot give to a person the pack does not know ("the president").</summary>
    internal HashSet<string> LeaderPosts => _leaderPosts ??= LanguageList("leaderPosts").ToHashSet(StringComparer.OrdinalIgnoreCase);
    private HashSet<string>? _leaderPosts;
    /// <summary>
    /// Other words for a post ("head of state=president", "head diplomacy=foreign minister"): the words that must all
    /// appear, in lower case, and the post they name.
    /// </summary>
    internal (string[] Words, string Post)[] OfficeSynonyms => _officeSynonyms ??= LanguageList("officeSynonyms")
        .Select(e => e.Split('=', 2)).Where(p => p.Length == 2)
        .Select(p => (p[0].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries), p[1].Trim().ToLowerInvariant())).ToArray();
    private (string[] Words, string Post)[]? _officeSynonyms;
    /// <summary>Nouns for a text a body issues ("conclusions", "declaration", "communique"), in lower case.</summary>
    internal HashSet<string> IssuedDocuments => _issuedDocuments ??= LanguageList("issuedDocuments").Select(w => w.ToLowerInvariant()).ToHashSet();
    private HashSet<string>? _issuedDocuments;
    /// <summary>Nouns for a paper named by its city ("a London financial daily"), in lower case.</summary>
    internal HashSet<string> MediaNouns => _mediaNouns ??= LanguageList("mediaNouns").Select(w => w.ToLowerInvariant()).ToHashSet();
    private HashSet<string>? _mediaNouns;
    /// <summary>Verbs that put a name on their object ("called it “a trap”"), in lower case.</summary>
    internal HashSet<string> NamingVerbs => _namingVerbs ??= LanguageList("namingVerbs").Select(w => w.ToLowerInvariant()).ToHashSet();
    private HashSet<string>? _namingVerbs;
    /// <summary>
    /// Nouns a later "the …" uses for the issue named beside them, in lower case, each keyed by itself or by a verb that
    /// names it ("proposed=proposal": "proposed a ceasefire" makes a later "the proposal" the ceasefire).
    /// </summary>
    internal Dictionary<string, string> ReferringNouns => _referringNouns ??= LanguageList("referringNouns")
        .Select(w => w.ToLowerInvariant().Split('=', 2)).ToDictionary(p => p[0].Trim(), p => p[^1].Trim(), StringComparer.Ordinal);
    private Dictionary<string, string>? _referringNouns;

    /// <summary>Month names in lower case to their number (1–12); the language list gives twelve names, then optionally twelve short forms.</summary>
    internal Dictionary<string, int> Months => _months ??= LanguageList("months").Select((m, i) => (m.ToLowerInvariant(), i % 12 + 1))
        .GroupBy(m => m.Item1).ToDictionary(g => g.Key, g => g.First().Item2);
    private Dictionary<string, int>? _months;

    /// <summary>
    /// Words that put an official outside every party ("Turkish Foreign Minister …", "Chinese Foreign Ministry spokesperson …"),
    /// in lower case: such a person reports the parties' stances and speaks for none.
    /// </summary>
    internal HashSet<string> Outsiders => _outsiders ??= LanguageList("outsiders").Select(w => w.ToLowerInvariant()).ToHashSet();
    private HashSet<string>? _outsiders;
    /// <summary>Words that make a party's name part of a paper's or an exchange's ("the Moscow Times"), in lower case.</summary>
    internal HashSet<string> NameTails => _nameTails ??= LanguageList("nameTails").Select(w => w.ToLowerInvariant()).ToHashSet();
    private HashSet<string>? _nameTails;
    /// <summary>Posts that follow a party's company or agency ("Energoatom head …"), in lower case.</summary>
    internal HashSet<string> EntityPosts => _entityPosts ??= LanguageList("entityPosts").Select(w => w.ToLowerInvariant()).ToHashSet();
    private HashSet<string>? _entityPosts;
    /// <summary>Whether the word is a post of one word ("minister", "spokesperson") among <see cref="OfficeHolders"/>.</summary>
    internal bool IsOneWordOffice(string norm) => OfficeHolders.Any(post => post.Length == 1 && post[0] == norm);

    /// <summary>Posts one person holds ("official", "foreign minister"), as lower-case word arrays, longest first.</summary>
    internal string[][] OfficeHolders => _officeHolders ??= LanguageList("officeHolders")
        .Select(o => o.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(w => w.Length).ToArray();
    private string[][]? _officeHolders;
    internal string[] MeetingList(string name) => MeetingCues.TryGetValue(name, out var list) ? list : [];

    /// <summary>The pack at <paramref name="path"/> when one is given, else the one shipped with the extractor.</summary>
    public static DomainPack LoadOrDefault(string? path) => string.IsNullOrEmpty(path) ? LoadDefault() : Load(path);

    public static DomainPack LoadDefault()
    {
        using var stream = typeof(DomainPack).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"embedded pack {DefaultResource} is missing from the assembly");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Parse(buffer.ToArray(), "negotiation.json");
    }

    public static DomainPack Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DomainPackException(Path.GetFileName(path), 0, "cannot read the file: " + e.Message, e);
        }
        return Parse(bytes, Path.GetFileName(path));
    }

    public static DomainPack Parse(string json, string sourceName) => Parse(PackNode.Utf8(json), sourceName);

    private static DomainPack Parse(byte[] utf8, string sourceName)
    {
        if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
        {
            utf8 = utf8[3..];
        }
        var root = PackNode.Parse(utf8, sourceName);
        var reader = new PackReader(sourceName);
        return reader.Read(root, Fingerprinted(utf8));
    }

    private static string Fingerprinted(byte[] utf8)
    {
        // Line endings must not change the fingerprint, or a Windows checkout would get another version.
        var normalized = new List<byte>(utf8.Length);
        foreach (var b in utf8)
        {
            if (b != (byte)'\r')
            {
                normalized.Add(b);
            }
        }
        return Convert.ToHexStringLower(SHA256.HashData(normalized.ToArray()))[..12];
    }

    /// <summary>Turns the node tree into a pack, checking every reference and phrase on the way.</summary>
    private sealed class PackReader(string source)
    {
        private DomainPackException Error(PackNode node, string problem) => new(source, node.Line, problem);

        public DomainPack Read(PackNode root, string fingerprint)
        {
            Expect(root, JsonValueKind.Object, "the pack");
            var name = OptionalString(root, "name") ?? Path.GetFileNameWithoutExtension(source);

            var wordSets = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var setsNode = root["wordSets"];
            if (setsNode is not null)
            {
                Expect(setsNode, JsonValueKind.Object, "wordSets");
                foreach (var (setName, members) in setsNode.Properties)
                {
                    wordSets[setName] = StringList(members, $"word set '{setName}'");
                }
            }
            // Word sets may be used by one another's members only as plain phrases; check them here.
            foreach (var (setName, members) in wordSets)
            {
                foreach (var member in members)
                {
                    if (member.Contains('@') || member.Contains('~'))
                    {
                        throw Error(setsNode![setName]!, $"word set '{setName}' member '{member}' may not use @ or ~");
                    }
                }
            }

            var language = new Dictionary<string, string[]>(StringComparer.Ordinal);
            if (root["language"] is { } languageNode)
            {
                Expect(languageNode, JsonValueKind.Object, "language");
                foreach (var (listName, list) in languageNode.Properties)
                {
                    language[listName] = Phrases(list, $"language list '{listName}'", wordSets, caseSensitive: false, allowSyntax: listName != "abbreviations");
                }
            }

            var parties = new List<PartyDefinition>();
            var partyIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in RequiredArray(root, "parties"))
            {
                Expect(node, JsonValueKind.Object, "a party");
                var id = RequiredString(node, "id", "a party");
                if (!partyIds.Add(id))
                {
                    throw Error(node, $"party '{id}' is defined twice");
                }
                parties.Add(new PartyDefinition(id, RequiredString(node, "name", $"party '{id}'"))
                {
                    Names = OptionalPhrases(node, "names", $"party '{id}' names", wordSets, true),
                    Adjectives = OptionalPhrases(node, "adjectives", $"party '{id}' adjectives", wordSets, true),
                    Metonyms = OptionalPhrases(node, "metonyms", $"party '{id}' metonyms", wordSets, true),
                    Mediator = node["mediator"] is { Kind: JsonValueKind.True },
                    Titles = (node["titles"] is { } titles ? StringList(titles, $"party '{id}' titles") : []).Select(w => w.ToLowerInvariant()).ToList(),
                });
            }
            if (parties.Count == 0)
            {
                throw Error(root, "the pack defines no parties");
            }

            var people = new List<PersonDefinition>();
            var personNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in OptionalArray(root, "people"))
            {
                Expect(node, JsonValueKind.Object, "a person");
                var personName = RequiredString(node, "name", "a person");
                var party = RequiredString(node, "party", $"person '{personName}'");
                if (!partyIds.Contains(party))
                {
                    throw Error(node["party"]!, $"person '{personName}' names unknown party '{party}'");
                }
                if (!personNames.Add(personName))
                {
                    throw Error(node, $"person '{personName}' is defined twice");
                }
                Phrases(new[] { node["name"]! }, $"person '{personName}'", wordSets, true);
                people.Add(new PersonDefinition(personName, party, OptionalString(node, "role"))
                {
                    Aliases = OptionalPhrases(node, "aliases", $"person '{personName}' aliases", wordSets, true),
                });
            }

            var places = new List<PlaceDefinition>();
            var regions = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in OptionalArray(root, "regions"))
            {
                var region = ExpectString(node, "a region");
                regions.Add(region);
                places.Add(new PlaceDefinition(region, null, true));
            }
            foreach (var node in OptionalArray(root, "places"))
            {
                Expect(node, JsonValueKind.Object, "a place");
                var placeName = RequiredString(node, "name", "a place");
                var region = OptionalString(node, "region");
                if (region is not null && !regions.Contains(region))
                {
                    throw Error(node["region"]!, $"place '{placeName}' names unknown region '{region}'");
                }
                var city = OptionalString(node, "city");
                if (city is not null && !places.Exists(p => p.Name == city && !p.IsRegion))
                {
                    throw Error(node["city"]!, $"venue '{placeName}' names city '{city}', which is not a place listed before it");
                }
                Phrases(new[] { node["name"]! }, $"place '{placeName}'", wordSets, true);
                places.Add(new PlaceDefinition(placeName, region, false)
                {
                    Aliases = OptionalPhrases(node, "aliases", $"place '{placeName}' aliases", wordSets, true),
                    City = city,
                    ReportCity = city is not null && node["reportCity"] is { Kind: JsonValueKind.True },
                });
            }

            var issues = new List<IssueDefinition>();
            var issueIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in RequiredArray(root, "issues"))
            {
                Expect(node, JsonValueKind.Object, "an issue");
                var id = RequiredString(node, "id", "an issue");
                if (!issueIds.Add(id))
                {
                    throw Error(node, $"issue '{id}' is defined twice");
                }
                var issue = new IssueDefinition(id, RequiredString(node, "name", $"issue '{id}'"), RequiredString(node, "proposition", $"issue '{id}'"))
                {
                    Cues = OptionalPhrases(node, "cues", $"issue '{id}' cues", wordSets, false),
                    ContraryCues = OptionalPhrases(node, "contrary", $"issue '{id}' contrary cues", wordSets, false),
                    Actions = OptionalPhrases(node, "actions", $"issue '{id}' actions", wordSets, false),
                    ContraryActions = OptionalPhrases(node, "contraryActions", $"issue '{id}' contrary actions", wordSets, false),
                    Deeds = OptionalPhrases(node, "deeds", $"issue '{id}' deeds", wordSets, false),
                    Claims = OptionalPhrases(node, "claims", $"issue '{id}' claims", wordSets, false),
                    Pointers = OptionalPhrases(node, "pointers", $"issue '{id}' pointers", wordSets, false),
                    ContraryClaims = OptionalPhrases(node, "contraryClaims", $"issue '{id}' contrary claims", wordSets, false),
                };
                if (issue.Cues.Count + issue.ContraryCues.Count + issue.Actions.Count + issue.ContraryActions.Count + issue.Deeds.Count + issue.Claims.Count + issue.ContraryClaims.Count == 0)
                {
                    throw Error(node, $"issue '{id}' has no cue phrases");
                }
                issues.Add(issue);
            }

            var stanceCues = new List<StanceCueDefinition>();
            foreach (var node in RequiredArray(root, "stanceCues"))
            {
                Expect(node, JsonValueKind.Object, "a stance cue family");
                var stance = RequiredString(node, "stance", "a stance cue family");
                if (Array.IndexOf(StanceIds, stance) < 0)
                {
                    throw Error(node["stance"]!, $"unknown stance '{stance}' (use {string.Join(", ", StanceIds)})");
                }
                var act = RequiredString(node, "act", $"a '{stance}' cue family");
                var holder = OptionalString(node, "holder") ?? "subject";
                if (Array.IndexOf(HolderModes, holder) < 0)
                {
                    throw Error(node["holder"]!, $"unknown holder '{holder}' (use {string.Join(", ", HolderModes)})");
                }
                var weight = node["weight"] is { } w ? ExpectNumber(w, "weight") : 0.8;
                if (weight is <= 0 or > 1)
                {
                    throw Error(node["weight"]!, $"weight {weight} is outside (0, 1]");
                }
                var noun = node["noun"] is { Kind: JsonValueKind.True };
                stanceCues.Add(new StanceCueDefinition(stance, act, holder, noun, weight)
                {
                    Phrases = Phrases(RequiredArray(node, "phrases"), $"'{stance}' cue phrases", wordSets, false),
                });
            }

            var meetings = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var relativeDays = new List<RelativeDayDefinition>();
            if (root["meetings"] is { } meetingsNode)
            {
                Expect(meetingsNode, JsonValueKind.Object, "meetings");
                foreach (var (listName, list) in meetingsNode.Properties)
                {
                    if (listName == "relativeDays")
                    {
                        foreach (var entry in list.Items)
                        {
                            Expect(entry, JsonValueKind.Object, "a relative day");
                            var phrase = RequiredString(entry, "phrase", "a relative day");
                            Phrases(new[] { entry["phrase"]! }, "relative day", wordSets, false);
                            var offset = entry["offset"] is { } o ? (int)ExpectNumber(o, "offset") : throw Error(entry, $"relative day '{phrase}' has no offset");
                            relativeDays.Add(new RelativeDayDefinition(phrase, offset));
                        }
                        continue;
                    }
                    meetings[listName] = Phrases(list, $"meeting list '{listName}'", wordSets, false);
                }
            }

            return new DomainPack
            {
                Name = name,
                SourceName = source,
                Fingerprint = fingerprint,
                Parties = parties,
                People = people,
                Places = places,
                Issues = issues,
                StanceCues = stanceCues,
                RelativeDays = relativeDays,
                ConfidenceCalibration = Calibration(root),
                WordSets = wordSets,
                Language = language,
                MeetingCues = meetings,
                Flips = OptionalPhrases(root, "flips", "flips", wordSets, false),
                Documents = OptionalPhrases(root, "documents", "documents", wordSets, false),
                Anaphora = OptionalPhrases(root, "anaphora", "anaphora", wordSets, false),
                GroupNouns = OptionalPhrases(root, "groupNouns", "groupNouns", wordSets, false),
                Traps = OptionalPhrases(root, "traps", "traps", wordSets, false),
                Core = root["core"] is { } coreNode ? Phrases(coreNode, "core", wordSets, true, allowSyntax: false) : [],
                Elsewhere = root["elsewhere"] is { } elsewhereNode ? Phrases(elsewhereNode, "elsewhere", wordSets, true, allowSyntax: false) : [],
            };
        }

        private List<(double Raw, double Calibrated)> Calibration(PackNode root)
        {
            var points = new List<(double Raw, double Calibrated)>();
            foreach (var node in OptionalArray(root, "confidenceCalibration"))
            {
                Expect(node, JsonValueKind.Array, "a calibration point");
                if (node.Items.Count != 2)
                {
                    throw Error(node, "a calibration point must be a pair [raw, calibrated]");
                }
                var raw = ExpectNumber(node.Items[0], "a raw confidence");
                var calibrated = ExpectNumber(node.Items[1], "a calibrated confidence");
                if (raw is < 0 or > 1 || calibrated is < 0 or > 1)
                {
                    throw Error(node, $"calibration point [{raw}, {calibrated}] must lie between 0 and 1");
                }
                if (points.Count > 0 && (raw <= points[^1].Raw || calibrated < points[^1].Calibrated))
                {
                    throw Error(node, "calibration points must rise: each raw confidence above the one before, and no calibrated one below it");
                }
                points.Add((raw, calibrated));
            }
            return points;
        }

        private void Expect(PackNode node, JsonValueKind kind, string what)
        {
            if (node.Kind != kind)
            {
                throw Error(node, $"{what} must be {(kind == JsonValueKind.Object ? "an object" : kind == JsonValueKind.Array ? "an array" : kind.ToString().ToLowerInvariant())}, not {Describe(node.Kind)}");
            }
        }

        private static string Describe(JsonValueKind kind) => kind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "null",
        };

        private string ExpectString(PackNode node, string what)
        {
            if (node.Kind != JsonValueKind.String || string.IsNullOrWhiteSpace(node.Text))
            {
                throw Error(node, $"{what} must be a non-empty string");
            }
            return node.Text!;
        }

        private double ExpectNumber(PackNode node, string what)
        {
            if (node.Kind != JsonValueKind.Number)
            {
                throw Error(node, $"{what} must be a number");
            }
            return node.Number;
        }

        private string RequiredString(PackNode owner, string property, string what)
        {
            var node = owner[property] ?? throw Error(owner, $"{what} has no '{property}'");
            return ExpectString(node, $"'{property}' of {what}");
        }

        private string? OptionalString(PackNode owner, string property)
        {
            var node = owner[property];
            return node is null || node.Kind == JsonValueKind.Null ? null : ExpectString(node, $"'{property}'");
        }

        private List<PackNode> RequiredArray(PackNode owner, string property)
        {
            var node = owner[property] ?? throw Error(owner, $"the pack has no '{property}'");
            Expect(node, JsonValueKind.Array, $"'{property}'");
            return node.Items;
        }

        private List<PackNode> OptionalArray(PackNode owner, string property)
        {
            var node = owner[property];
            if (node is null)
            {
                return [];
            }
            Expect(node, JsonValueKind.Array, $"'{property}'");
            return node.Items;
        }

        private string[] StringList(PackNode node, string what)
        {
            Expect(node, JsonValueKind.Array, what);
            return node.Items.Select(item => ExpectString(item, $"an entry of {what}")).ToArray();
        }

        private string[] OptionalPhrases(PackNode owner, string property, string what, IReadOnlyDictionary<string, string[]> sets, bool caseSensitive) =>
            owner[property] is { } node ? Phrases(node, what, sets, caseSensitive) : [];

        private string[] Phrases(PackNode node, string what, IReadOnlyDictionary<string, string[]> sets, bool caseSensitive, bool allowSyntax = true)
        {
            Expect(node, JsonValueKind.Array, what);
            return Phrases(node.Items, what, sets, caseSensitive, allowSyntax);
        }

        private string[] Phrases(IEnumerable<PackNode> items, string what, IReadOnlyDictionary<string, string[]> sets, bool caseSensitive, bool allowSyntax = true)
        {
            var result = new List<string>();
            foreach (var item in items)
            {
                var phrase = ExpectString(item, $"an entry of {what}");
                if (allowSyntax)
                {
                    try
                    {
                        PhrasePattern.Parse(phrase, sets, caseSensitive);
                    }
                    catch (FormatException e)
                    {
                        throw Error(item, $"{what}: {e.Message}");
                    }
                }
                result.Add(phrase);
            }
            return result.ToArray();
        }
    }
}
