namespace StoryBot.Knowledge.Corpus;

/// <summary>A problem in one article file, located to the line so an editor can fix it.</summary>
public sealed record CorpusError(string FilePath, int Line, string Message)
{
    public override string ToString() => $"{FilePath}:{Line}: {Message}";
}

/// <summary>Thrown by the parser; carries the location so the loader can report it and move on.</summary>
public sealed class ArticleFormatException(string filePath, int line, string message)
    : FormatException($"{filePath}:{line}: {message}")
{
    public CorpusError Error { get; } = new(filePath, line, message);
}
