namespace StoryBot.Knowledge.Facts.Extraction;

/// <summary>
/// Closed word classes the rules lean on: job titles, words that make a capitalised phrase an organisation
/// rather than a person, and capitalised words that never start a name. English grammar, not story facts.
/// </summary>
internal static class Lexicon
{
    /// <summary>Titles that, next to a name, make a role ("Apple co-founder", "CEO of", "the president of").</summary>
    public static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ceo", "cto", "cfo", "coo", "cio", "chief", "executive", "co-founder", "cofounder", "founder", "co-founders",
        "president", "vice-president", "chairman", "chairwoman", "chair", "chairperson", "director", "researcher",
        "professor", "scientist", "head", "editor", "reporter", "correspondent", "analyst", "engineer", "investor",
        "entrepreneur", "author", "senator", "governor", "minister", "spokesperson", "spokesman", "spokeswoman",
        "partner", "leader", "economist", "historian", "academic", "candidate", "commissioner", "secretary",
        "manager", "owner", "creator", "inventor", "pioneer", "expert", "lawyer", "physicist", "philosopher",
        "ethicist", "developer", "designer", "adviser", "advisor", "cofounders", "lecturer", "fellow", "member",
        "board", "principal", "vp", "chancellor", "dean", "mayor", "representative", "writer", "journalist",
    };

    /// <summary>Words that qualify a title without being an organisation: "former CEO", "longtime researcher".</summary>
    public static readonly HashSet<string> TitleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "former", "then", "longtime", "veteran", "senior", "junior", "deputy", "acting", "interim", "founding",
        "current", "outgoing", "incoming", "retired", "co", "lead", "top", "star", "tech", "ai", "science",
        "computer", "research", "billionaire", "startup",
    };

    /// <summary>Plural nouns that name a group of unnamed people ("researchers at DeepMind").</summary>
    public static readonly HashSet<string> GroupWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "researchers", "engineers", "employees", "scientists", "staff", "executives", "professors", "academics",
        "members", "workers", "leaders", "founders", "staffers", "developers", "students", "experts", "teams", "team",
    };

    /// <summary>Words inside a capitalised phrase that make it an organisation, product or place, not a person.</summary>
    public static readonly HashSet<string> OrganisationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "institute", "university", "college", "lab", "labs", "laboratory", "laboratories", "inc", "corp", "corporation",
        "company", "co", "group", "foundation", "association", "society", "council", "committee", "agency",
        "department", "bulletin", "journal", "times", "post", "news", "press", "review", "chat", "clock", "street",
        "center", "centre", "bank", "fund", "capital", "partners", "ventures", "technologies", "technology", "systems",
        "ai", "party", "house", "senate", "congress", "commission", "board", "office", "ministry", "school",
        "academy", "network", "media", "scientists", "union", "organization", "organisation", "initiative",
        "project", "program", "programme", "alliance", "forum", "league", "club", "federation", "research", "reuters",
        "insider", "magazine", "tribune", "herald", "gazette", "wire", "radio", "tv", "channel", "studio", "studios",
    };

    /// <summary>Capitalised words that begin sentences or name days and months, so never part of a name.</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "in", "on", "at", "as", "of", "for", "to", "and", "but", "or", "so", "it", "its", "he", "she",
        "they", "we", "i", "you", "this", "that", "these", "those", "some", "others", "other", "many", "more", "most",
        "several", "both", "all", "any", "each", "every", "no", "not", "if", "when", "while", "after", "before",
        "since", "until", "during", "with", "without", "from", "by", "about", "over", "under", "into", "then",
        "there", "here", "his", "her", "their", "our", "my", "your", "what", "who", "why", "how", "where", "which",
        "also", "still", "yet", "even", "just", "only", "now", "last", "next", "according", "meanwhile", "however",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "lady", "st", "new", "north", "south", "east", "west",
        "former", "longtime", "veteran", "senior", "acting", "interim",
        "yesterday", "today", "tomorrow", "tonight", "earlier", "later", "critics", "officials", "analysts",
        "supporters", "opponents", "neither", "either", "although", "though", "because", "despite", "instead",
        "indeed", "perhaps", "once", "first", "finally", "overall", "currently", "recently", "previously",
        "separately", "ultimately", "notably", "among", "unlike", "asked", "speaking", "writing", "citing",
        "read", "sign", "know", "step", "back", "title", "icon", "said", "says", "like", "such", "than", "via",
        "generative", "artificial", "intelligence", "advanced", "general", "large", "language", "model", "models",
    };

    /// <summary>Honorifics dropped from the front of a name.</summary>
    public static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "lord", "lady", "sen", "rep", "gov",
    };

    public static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they" };

    /// <summary>Verbs that introduce or follow a quotation.</summary>
    public static readonly HashSet<string> SpeechVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "added", "adds", "told", "tells", "wrote", "writes", "write", "stated", "states",
        "state", "warned", "warns", "warn", "argued", "argues", "argue", "noted", "notes", "explained", "explains",
        "asked", "asks", "tweeted", "tweets", "posted", "posts", "continued", "continues", "declared", "declares",
        "insisted", "insists", "claimed", "claims", "cautioned", "urged", "urges", "reads", "read", "concluded",
        "acknowledged", "admitted", "replied", "responded", "suggested", "suggests", "believes", "believed",
    };

    /// <summary>Common nouns that can speak: "the letter states…".</summary>
    public static readonly HashSet<string> SpeakingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "letter", "statement", "report", "petition", "post", "tweet", "memo", "paper", "document", "announcement",
        "blog", "website", "complaint", "filing", "lawsuit", "study", "survey", "proposal", "open",
    };

    /// <summary>Head nouns that make an appositive describe an organisation ("DeepMind, an AI research lab…").</summary>
    public static readonly HashSet<string> OrganisationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "company", "lab", "laboratory", "firm", "startup", "start-up", "nonprofit", "non-profit", "organization",
        "organisation", "institute", "group", "subsidiary", "maker", "agency", "university", "charity", "outlet",
        "publication", "newspaper", "network", "platform", "service", "developer", "think", "foundation", "body",
        "coalition", "consortium", "venture", "business", "giant", "conglomerate", "corporation", "club", "regulator",
    };

    public static bool IsConnector(string word) => word is "of" or "the" or "for" or "and" or "&" or "de" or "von" or "van";
}
