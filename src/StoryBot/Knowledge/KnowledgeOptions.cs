namespace StoryBot.Knowledge;

/// <summary>Where the articles live. Bound from the "Knowledge" configuration section.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>
    /// The index-data folder (the one holding <c>articles/</c>). Empty: the nearest <c>index-data</c> found walking up
    /// from the current directory, then from the program's own folder.
    /// </summary>
    public string? DataDirectory { get; set; }
}
