namespace StoryBot.Knowledge.Corpus;

/// <summary>Parses the index-data article format: a front-matter block, then paragraphs and <c>## </c> headings.</summary>
public static class ArticleParser
{
    /// <exception cref="ArticleFormatException">The text is not a valid article; names the file and line.</exception>
    public static Article Parse(string text, string filePath) => throw new NotImplementedException();
}
