using StoryBot.Knowledge.Corpus;

namespace StoryBot.Knowledge.Search;

/// <summary>Cuts articles into the passages the index holds: each paragraph whole, and each of its sentences.</summary>
public static class PassageBuilder
{
    /// <summary>For every paragraph in order: the paragraph passage, then its sentence passages.</summary>
    public static IReadOnlyList<Passage> Build(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var passages = new List<Passage>();
        foreach (var paragraph in article.Paragraphs)
        {
            passages.Add(new Passage(article.Id, PassageKind.Paragraph, paragraph.Number, 0, paragraph.Heading, paragraph.Text));
            var sentences = SentenceSplitter.Split(paragraph.Text);
            for (var s = 0; s < sentences.Count; s++)
                passages.Add(new Passage(article.Id, PassageKind.Sentence, paragraph.Number, s + 1, paragraph.Heading, sentences[s]));
        }
        return passages;
    }
}
