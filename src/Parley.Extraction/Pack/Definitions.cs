namespace Parley.Extraction;

/// <summary>A party positions are attributed to, with the words that name it.</summary>
public sealed record PartyDefinition(string Id, string Name)
{
    /// <summary>Proper names that stand for the party in subject position ("Ukraine", "the Kremlin").</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>Brokers the talks rather than taking a side: "the two sides" of a three-way round are the others.</summary>
    public bool Mediator { get; init; }

    /// <summary>Adjectives that make a group noun a party voice ("Russian officials").</summary>
    public IReadOnlyList<string> Adjectives { get; init; } = [];

    /// <summary>Capital cities and seats that stand for the party unless used as a place ("talks in Moscow").</summary>
    public IReadOnlyList<string> Metonyms { get; init; } = [];

    /// <summary>Titles only this party's office holders bear ("Senator" for the United States), in lower case.</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];
}

/// <summary>An issue: a proposition that stances are relative to, with the cue phrases that mention it.</summary>
public sealed record IssueDefinition(string Id, string Name, string Proposition)
{
    /// <summary>Phrases that mention the proposition itself ("security guarantees").</summary>
    public IReadOnlyList<string> Cues { get; init; } = [];

    /// <summary>Phrases that mention the proposition's opposite ("territorial integrity").</summary>
    public IReadOnlyList<string> ContraryCues { get; init; } = [];

    /// <summary>Verb phrases that carry the proposition as an act, so "will never X" is a stance by itself.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>Verb phrases that carry the opposite act.</summary>
    public IReadOnlyList<string> ContraryActions { get; init; } = [];

    /// <summary>The act reported as done ("swapped 300 prisoners"): doing it is the doer's support, with no modal or stance word.</summary>
    public IReadOnlyList<string> Deeds { get; init; } = [];
    /// <summary>
    /// Phrases that name the issue only once the item has named it in full ("the loan", "the money" after "a loan backed
    /// by the immobilised assets"). A phrase several issues list goes to the one the item named last.
    /// </summary>
    public IReadOnlyList<string> Pointers { get; init; } = [];

    /// <summary>Assertions of the proposition that are a stance by themselves: "the plant is Ukrainian", "will put the deal to a referendum".</summary>
    public IReadOnlyList<string> Claims { get; init; } = [];

    /// <summary>Assertions against the proposition that are a stance by themselves: "the plant was, is and will remain Russian".</summary>
    public IReadOnlyList<string> ContraryClaims { get; init; } = [];
}

/// <summary>A named person who speaks for a party.</summary>
public sealed record PersonDefinition(string Name, string Party, string? Role)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

/// <summary>A city, venue or region where talks happen.</summary>
public sealed record PlaceDefinition(string Name, string? Region, bool IsRegion)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>For a venue, the city it stands in ("Kremlin": "Moscow"); a round placed in both is in the city.</summary>
    public string? City { get; init; }

    /// <summary>A venue reported by its city wherever a round is placed in it ("met in the Kremlin": Moscow).</summary>
    public bool ReportCity { get; init; }
}

/// <summary>A family of phrases that signal a stance and the act it performs.</summary>
/// <param name="Holder">
/// Whose stance it is: "subject" (the party named before the cue), "sayer" (the party reporting the
/// clause, for modal demands such as "Kyiv must withdraw") or "following" (the party named right
/// after the cue, for "unclear whether Moscow would accept").
/// </param>
/// <param name="Noun">True when the cue is a noun ("proposal", "conditions") that a possessive can own.</param>
public sealed record StanceCueDefinition(string Stance, string Act, string Holder, bool Noun, double Weight)
{
    public IReadOnlyList<string> Phrases { get; init; } = [];
}

/// <summary>A phrase that shifts a meeting's date by whole days ("a day after").</summary>
public sealed record RelativeDayDefinition(string Phrase, int Offset);
