namespace StoryBot.Knowledge.Facts.Extraction;

/// <summary>An organisation the text names, with what it says about it when it says something.</summary>
internal sealed record OrganisationMention(string Name, string? Description, FactSentence Sentence);
