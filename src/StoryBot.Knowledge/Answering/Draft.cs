using StoryBot.Knowledge.Facts;

namespace StoryBot.Knowledge.Answering;

/// <summary>An answer before it is dressed with passages: its text, how sure we are, and where it was read.</summary>
internal sealed record Draft(string Text, double Confidence, IReadOnlyList<string> Facts, IReadOnlyList<FactSource> Evidence);
