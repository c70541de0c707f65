namespace StoryBot.Knowledge.Facts;

/// <summary>Words attributed to a speaker ("the letter" counts as a speaker), with the sentence they come from.</summary>
public sealed record Quote(string Speaker, string Text, FactSource Source);

/// <summary>A number the story states, e.g. Label "signatures", Value "over 1,100".</summary>
public sealed record KeyFigure(string Label, string Value, FactSource Source);
