using StoryBot.Knowledge.Answering.Text;
using StoryBot.Knowledge.Corpus;

namespace StoryBot.Knowledge.Answering;

/// <summary>A sentence of an article, tokenised once, with the sentence before it for pronoun context.</summary>
internal sealed record CatalogSentence(
    Article Article,
    Paragraph Paragraph,
    int SentenceNumber,
    string Text,
    IReadOnlyList<WordToken> Tokens,
    IReadOnlySet<string> Keys,
    CatalogSentence? Previous);

/// <summary>
/// Every sentence of every article, ready for matching, with document frequencies per article so a word's
/// weight reflects how rare it is in the articles a question is answered from.
/// </summary>
internal sealed class SentenceCatalog
{
    private readonly Dictionary<string, Dictionary<string, int>> _frequencyByArticle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _wordsByArticle = new(StringComparer.Ordinal);

    public SentenceCatalog(IReadOnlyList<Article> articles)
    {
        var sentences = new List<CatalogSentence>();
        foreach (var article in articles)
        {
            var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
            var words = new HashSet<string>(StringComparer.Ordinal);
            CatalogSentence? previous = null;
            foreach (var paragraph in article.Paragraphs)
            {
                var number = 0;
                foreach (var text in Search.SentenceSplitter.Split(paragraph.Text))
                {
                    var tokens = Tokenizer.Tokenize(text);
                    var keys = tokens.SelectMany(t => t.PartKeys.Append(t.Key)).ToHashSet(StringComparer.Ordinal);
                    var sentence = new CatalogSentence(article, paragraph, ++number, text, tokens, keys, previous);
                    sentences.Add(sentence);
                    previous = sentence;
                    foreach (var key in keys) frequency[key] = frequency.GetValueOrDefault(key) + 1;
                    foreach (var token in tokens) words.Add(token.Key);
                }
            }
            _frequencyByArticle[article.Id] = frequency;
            _wordsByArticle[article.Id] = words;
        }
        Sentences = sentences;
    }

    public IReadOnlyList<CatalogSentence> Sentences { get; }

    public IEnumerable<CatalogSentence> In(IReadOnlySet<string> articleIds) =>
        Sentences.Where(s => articleIds.Contains(s.Article.Id));

    public int SentenceCount(IReadOnlySet<string> articleIds) => In(articleIds).Count();

    public int DocumentFrequency(string key, IReadOnlySet<string> articleIds) =>
        articleIds.Sum(id => _frequencyByArticle.TryGetValue(id, out var f) ? f.GetValueOrDefault(key) : 0);

    /// <summary>True when the word (or, for longer words, a one-letter slip of it such as "Telsa") occurs.</summary>
    public bool Mentions(string key, IReadOnlySet<string> articleIds)
    {
        foreach (var id in articleIds)
        {
            if (!_wordsByArticle.TryGetValue(id, out var words)) continue;
            if (words.Contains(key) || _frequencyByArticle[id].ContainsKey(key)) return true;
            if (key.Length >= 5 && words.Any(w => EditDistance.WithinOne(w, key))) return true;
        }
        return false;
    }
}
