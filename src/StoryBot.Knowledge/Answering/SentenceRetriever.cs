using StoryBot.Knowledge.Corpus;
using StoryBot.Knowledge.Search;

namespace StoryBot.Knowledge.Answering;

/// <summary>
/// Finds the sentences worth ranking for a question through the Lucene index (BM25, the indexing analysis):
/// the question's words with their paraphrases and, for names, the spellings one slip away ("Telsa").
/// Each hit brings the sentence after it, whose "he said" may refer back to it.
/// </summary>
internal sealed class SentenceRetriever(StoryIndex index, SentenceCatalog catalog)
{
    private const int MaxCandidates = 50;

    public IReadOnlyList<CatalogSentence> Candidates(QuestionAnalysis q, IReadOnlyList<Article> scope, bool scoped)
    {
        var query = QueryText(q);
        if (query.Length == 0) return [];
        var found = new SortedSet<int>();
        foreach (var articleId in scoped ? scope.Select(a => (string?)a.Id) : [null])
        {
            foreach (var hit in index.Search(query, MaxCandidates, PassageKind.Sentence, articleId))
            {
                if (catalog.At(hit.Passage) is not { } sentence) continue;
                found.Add(sentence.Index);
                if (catalog.Next(sentence) is { } next) found.Add(next.Index);
            }
        }
        return found.Select(i => catalog.Sentences[i]).ToList();
    }

    /// <summary>The words searched for (and highlighted): the question's own first, then paraphrases and spellings.</summary>
    public string QueryText(QuestionAnalysis q)
    {
        var words = new List<string>();
        words.AddRange(q.Terms.Select(t => t.Text));
        words.AddRange(q.Terms.SelectMany(t => Synonyms.WordsOf(t.Key)));
        words.AddRange(q.Terms.Where(t => t.IsName).SelectMany(t => catalog.SpellingsOf(t.Key)).Select(catalog.WordOf).OfType<string>());
        return string.Join(' ', words.Distinct(StringComparer.OrdinalIgnoreCase));
    }
}
