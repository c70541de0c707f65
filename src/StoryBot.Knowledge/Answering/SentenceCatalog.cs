using StoryBot.Knowledge.Answering.Text;
using StoryBot.Knowledge.Corpus;
using StoryBot.Knowledge.Search;

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
/// The index's sentences tokenised once for ranking and cutting answers, found by where they sit
/// (article, paragraph, sentence), with how many sentences in the asked articles hold each word key:
/// a word's weight in a question comes from that count.
/// </summary>
internal sealed class SentenceCatalog
{
    private readonly List<CatalogSentence> _sentences = [];
    private readonly Dictionary<(string Article, int Paragraph, int Sentence), CatalogSentence> _byLocation = [];
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _wordOfKey = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<string>> _vocabularyByLength = [];
    private readonly Dictionary<string, int> _sentenceCountByArticle = new(StringComparer.Ordinal);

    public SentenceCatalog(StoryIndex index)
    {
        foreach (var article in index.Articles)
        {
            CatalogSentence? previous = null;
            var paragraphs = article.Paragraphs.ToDictionary(p => p.Number);
            var count = 0;
            foreach (var passage in index.PassagesOf(article.Id))
            {
                var tokens = Tokenizer.Tokenize(passage.Text);
                var keys = tokens.SelectMany(t => t.PartKeys.Append(t.Key)).ToHashSet(StringComparer.Ordinal);
                var sentence = new CatalogSentence(_sentences.Count, article, paragraphs[passage.ParagraphNumber], passage.SentenceNumber,
                    passage.Text, tokens, keys, previous);
                foreach (var key in keys) Post(key, sentence.Index);
                foreach (var token in tokens) _wordOfKey.TryAdd(token.Key, token.Text);
                _sentences.Add(sentence);
                _byLocation[(article.Id, passage.ParagraphNumber, passage.SentenceNumber)] = sentence;
                previous = sentence;
                count++;
            }
            _sentenceCountByArticle[article.Id] = _sentenceCountByArticle.GetValueOrDefault(article.Id) + count;
        }
        ArticleCount = _sentenceCountByArticle.Count;
    }

    public IReadOnlyList<CatalogSentence> Sentences => _sentences;

    public int ArticleCount { get; }

    public CatalogSentence? At(Passage passage) =>
        _byLocation.GetValueOrDefault((passage.ArticleId, passage.ParagraphNumber, passage.SentenceNumber));

    /// <summary>The sentence after <paramref name="sentence"/> in the same article, if any.</summary>
    public CatalogSentence? Next(CatalogSentence sentence) =>
        sentence.Index + 1 < _sentences.Count && _sentences[sentence.Index + 1].Article == sentence.Article ? _sentences[sentence.Index + 1] : null;

    /// <summary>A word as written in the articles for a key (to search the index for a spelling found by key).</summary>
    public string? WordOf(string key) => _wordOfKey.GetValueOrDefault(key);

    public int SentenceCount(IReadOnlySet<string> articleIds) =>
        articleIds.Sum(id => _sentenceCountByArticle.GetValueOrDefault(id));

    public int DocumentFrequency(string key, IReadOnlySet<string> articleIds)
    {
        if (!_postings.TryGetValue(key, out var postings)) return 0;
        return articleIds.Count >= ArticleCount ? postings.Count : postings.Count(i => articleIds.Contains(_sentences[i].Article.Id));
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
