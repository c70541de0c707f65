using StoryBot.Knowledge.Answering.Text;
using StoryBot.Knowledge.Corpus;

namespace StoryBot.Knowledge.Answering;

/// <summary>A sentence of an article, tokenised once, with the sentence before it for pronoun context.</summary>
internal sealed record CatalogSentence(
    int Index,
    Article Article,
    Paragraph Paragraph,
    int SentenceNumber,
    string Text,
    IReadOnlyList<WordToken> Tokens,
    IReadOnlySet<string> Keys,
    CatalogSentence? Previous);

/// <summary>
/// Every sentence of every article, tokenised once, with an inverted list from each word key to the sentences
/// holding it: a question only ever looks at sentences that share a word (or a paraphrase) with it, and a
/// word's weight comes from how many sentences in the asked articles hold it.
/// </summary>
internal sealed class SentenceCatalog
{
    private readonly List<CatalogSentence> _sentences = [];
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<string>> _vocabularyByLength = [];
    private readonly Dictionary<string, int> _sentenceCountByArticle = new(StringComparer.Ordinal);

    public SentenceCatalog(IReadOnlyList<Article> articles)
    {
        foreach (var article in articles)
        {
            CatalogSentence? previous = null;
            var count = 0;
            foreach (var paragraph in article.Paragraphs)
            {
                var number = 0;
                foreach (var text in Search.SentenceSplitter.Split(paragraph.Text))
                {
                    var tokens = Tokenizer.Tokenize(text);
                    var keys = tokens.SelectMany(t => t.PartKeys.Append(t.Key)).ToHashSet(StringComparer.Ordinal);
                    var sentence = new CatalogSentence(_sentences.Count, article, paragraph, ++number, text, tokens, keys, previous);
                    foreach (var key in keys) Post(key, sentence.Index);
                    _sentences.Add(sentence);
                    previous = sentence;
                    count++;
                }
            }
            _sentenceCountByArticle[article.Id] = _sentenceCountByArticle.GetValueOrDefault(article.Id) + count;
        }
        ArticleCount = _sentenceCountByArticle.Count;
    }

    public IReadOnlyList<CatalogSentence> Sentences => _sentences;

    public int ArticleCount { get; }

    /// <summary>Sentences in scope holding any of the keys, plus the sentence after each (whose "he" may refer back).</summary>
    public IEnumerable<CatalogSentence> Holding(IEnumerable<string> keys, IReadOnlySet<string> articleIds)
    {
        var indexes = new SortedSet<int>();
        foreach (var key in keys)
        {
            if (!_postings.TryGetValue(key, out var postings)) continue;
            foreach (var i in postings)
            {
                indexes.Add(i);
                if (i + 1 < _sentences.Count) indexes.Add(i + 1);
            }
        }
        return indexes.Select(i => _sentences[i]).Where(s => InScope(s, articleIds));
    }

    public int SentenceCount(IReadOnlySet<string> articleIds) =>
        articleIds.Sum(id => _sentenceCountByArticle.GetValueOrDefault(id));

    public int DocumentFrequency(string key, IReadOnlySet<string> articleIds)
    {
        if (!_postings.TryGetValue(key, out var postings)) return 0;
        return articleIds.Count >= ArticleCount ? postings.Count : postings.Count(i => InScope(_sentences[i], articleIds));
    }

    /// <summary>True when the word (or, for longer words, a one-letter slip of it such as "Telsa") occurs in scope.</summary>
    public bool Mentions(string key, IReadOnlySet<string> articleIds) =>
        DocumentFrequency(key, articleIds) > 0 || SpellingsOf(key).Any(k => DocumentFrequency(k, articleIds) > 0);

    /// <summary>Words in the articles one edit away from <paramref name="key"/> (for names typed or printed with a slip).</summary>
    public IEnumerable<string> SpellingsOf(string key)
    {
        if (key.Length < 5) yield break;
        for (var length = key.Length - 1; length <= key.Length + 1; length++)
        {
            if (!_vocabularyByLength.TryGetValue(length, out var words)) continue;
            foreach (var word in words)
            {
                if (word != key && EditDistance.WithinOne(word, key)) yield return word;
            }
        }
    }

    private static bool InScope(CatalogSentence s, IReadOnlySet<string> articleIds) => articleIds.Contains(s.Article.Id);

    private void Post(string key, int sentence)
    {
        if (!_postings.TryGetValue(key, out var postings))
        {
            _postings[key] = postings = [];
            if (!_vocabularyByLength.TryGetValue(key.Length, out var words)) _vocabularyByLength[key.Length] = words = [];
            words.Add(key);
        }
        postings.Add(sentence);
    }
}
