using System.Text.Json;
using System.Text.Json.Serialization;
using StoryBot.Knowledge.Corpus;

namespace StoryBot.Knowledge.Facts;

/// <summary>
/// Hand-written corrections for one article, read from <c>&lt;article&gt;.facts.json</c> beside its <c>.md</c> file.
/// They win over what the rules extract from that article. Every section is optional:
/// <code>
/// {
///   "people":   [ { "name": "Jane Roe", "roles": ["CEO of Example Corp"], "signed": true, "kind": "person" } ],
///   "organisations": [ { "name": "Example Corp", "description": "the company that made the widget" } ],
///   "quotes":   [ { "speaker": "Jane Roe", "text": "We signed because it matters." } ],
///   "figures":  [ { "label": "signatures", "value": "over 2,000" } ],
///   "remove":   { "people": ["Wrong Name"], "signatories": ["Not A Signer"], "quotes": ["a speaker"] }
/// }
/// </code>
/// A person listed here replaces the extracted roles when "roles" is given and the signed flag when "signed" is
/// given (true or false); "kind" is person, group or organisation (default person). "remove" drops extracted people,
/// signatory flags and all quotes by a speaker.
/// </summary>
public sealed record CuratedFacts(
    IReadOnlyList<CuratedPerson>? People,
    IReadOnlyList<CuratedOrganisation>? Organisations,
    IReadOnlyList<CuratedQuote>? Quotes,
    IReadOnlyList<CuratedFigure>? Figures,
    CuratedRemovals? Remove)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The curated file that belongs beside <paramref name="articlePath"/>: same name, <c>.facts.json</c>.</summary>
    public static string PathFor(string articlePath) => Path.ChangeExtension(articlePath, null) + ".facts.json";

    /// <summary>Reads the curated file for an article; null when there is none.</summary>
    /// <exception cref="ArticleFormatException">The file is not valid curated JSON; names the file and line.</exception>
    public static CuratedFacts? LoadFor(string articlePath)
    {
        var path = PathFor(articlePath);
        if (!File.Exists(path)) return null;
        return Parse(File.ReadAllText(path), path);
    }

    /// <exception cref="ArticleFormatException">The text is not valid curated JSON; names the file and line.</exception>
    public static CuratedFacts Parse(string json, string filePath)
    {
        try
        {
            var facts = JsonSerializer.Deserialize<CuratedFacts>(json, Options)
                        ?? throw new ArticleFormatException(filePath, 1, "curated facts file is empty (null)");
            foreach (var person in facts.People ?? [])
                if (string.IsNullOrWhiteSpace(person.Name))
                    throw new ArticleFormatException(filePath, 1, "every entry in \"people\" needs a \"name\"");
            foreach (var quote in facts.Quotes ?? [])
                if (string.IsNullOrWhiteSpace(quote.Speaker) || string.IsNullOrWhiteSpace(quote.Text))
                    throw new ArticleFormatException(filePath, 1, "every entry in \"quotes\" needs a \"speaker\" and a \"text\"");
            return facts;
        }
        catch (JsonException e)
        {
            throw new ArticleFormatException(filePath, (int)(e.LineNumber ?? 0) + 1, $"curated facts are not valid JSON: {e.Message}");
        }
    }
}

/// <summary>A person, group or organisation as the curator states it; null members leave extraction alone.</summary>
public sealed record CuratedPerson(string Name, IReadOnlyList<string>? Roles, bool? Signed, EntityKind? Kind);

/// <summary>An organisation and what it is.</summary>
public sealed record CuratedOrganisation(string Name, string? Description);

/// <summary>Words the curator attributes to a speaker; replaces an extracted quote with the same words.</summary>
public sealed record CuratedQuote(string Speaker, string Text);

/// <summary>A key figure; replaces an extracted figure with the same label.</summary>
public sealed record CuratedFigure(string Label, string Value);

/// <summary>Extracted facts to drop: people by name, signatory flags by name, quotes by speaker.</summary>
public sealed record CuratedRemovals(IReadOnlyList<string>? People, IReadOnlyList<string>? Signatories, IReadOnlyList<string>? Quotes);
