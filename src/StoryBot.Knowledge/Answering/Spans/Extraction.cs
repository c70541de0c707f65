namespace StoryBot.Knowledge.Answering.Spans;

/// <summary>
/// The part of a sentence that answers. <see cref="Typed"/> is true when it has the shape the question asked
/// for (a count, a date, a name next to the asked role…) rather than being the whole sentence as a fallback.
/// </summary>
internal sealed record Extraction(string Text, bool Typed, string Rule);
