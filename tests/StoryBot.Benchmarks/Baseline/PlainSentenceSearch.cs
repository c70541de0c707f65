using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using StoryBot.Benchmarks.Corpus;
using StoryBot.Knowledge.Corpus;

namespace StoryBot.Benchmarks.Baseline;

/// <summary>
/// The plain approach StoryBot is measured against: every sentence is a Lucene document analysed with
/// EnglishAnalyzer, ranked by BM25, and the answer is the best sentence, returned whole.
/// </summary>
public sealed class PlainSentenceSearch : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string TextField = "text";

    private readonly Analyzer analyzer;
    private readonly RAMDirectory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    private PlainSentenceSearch(Analyzer analyzer, RAMDirectory directory)
    {
        this.analyzer = analyzer;
        this.directory = directory;
        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    public int SentenceCount => reader.NumDocs;

    public static PlainSentenceSearch Build(IReadOnlyList<Article> articles)
    {
        var analyzer = new EnglishAnalyzer(Version);
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(Version, analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
        };

        using (var writer = new IndexWriter(directory, config))
        {
            var field = new TextField(TextField, "", Field.Store.YES);
            var document = new Document { field };
            foreach (var article in articles)
            {
                foreach (var paragraph in article.Paragraphs)
                {
                    foreach (var sentence in SentenceSplitter.Split(paragraph.Text))
                    {
                        field.SetStringValue(sentence);
                        writer.AddDocument(document);
                    }
                }
            }

            writer.Commit();
        }

        return new PlainSentenceSearch(analyzer, directory);
    }

    /// <summary>The best-scoring sentence for the question, or null when no word of it occurs in the corpus.</summary>
    public string? BestSentence(string question)
    {
        var query = new BooleanQuery();
        foreach (var term in Terms(question))
        {
            query.Add(new TermQuery(new Term(TextField, term)), Occur.SHOULD);
        }

        if (query.Clauses.Count == 0)
        {
            return null;
        }

        var top = searcher.Search(query, 1);
        return top.ScoreDocs.Length == 0 ? null : searcher.Doc(top.ScoreDocs[0].Doc).Get(TextField);
    }

    // The same analyzer as at index time; user text is never parsed as query syntax.
    private List<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(TextField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzer.Dispose();
    }
}
