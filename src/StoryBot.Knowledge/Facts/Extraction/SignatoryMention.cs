namespace StoryBot.Knowledge.Facts.Extraction;

/// <summary>A person or group the text says signed (<see cref="Signed"/> true) or did not sign (false).</summary>
internal sealed record SignatoryMention(string Name, EntityKind Kind, bool Signed, FactSentence Sentence);
