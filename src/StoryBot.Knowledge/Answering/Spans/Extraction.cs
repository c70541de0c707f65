namespace StoryBot.Knowledge.Answering.Spans;

/// <summary>
/// The part of a sentence that answers. <see cref="Typed"/> is true when it has the shape the question asked
/// for (a count, a date, a name next to the asked role…) rather than being the whole sentence as a fallback.
/// </summary>
internal sealed record Extraction(string Text, bool Typed, string Rule)
{
    /// <summary>
    /// How much finding this span speaks for its sentence: a precise pattern ("organized by X") counts more
    /// than the nearest name, and the whole sentence as a fallback counts nothing.
    /// </summary>
    public double Bonus => Rule switch
    {
        "sentence" or "clause" => 0,
        "name" or "subject" or "place" => 0.1,
        "rough-count" => 0.2,
        _ => 0.35,
    };
}
