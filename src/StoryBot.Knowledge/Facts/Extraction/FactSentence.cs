namespace StoryBot.Knowledge.Facts.Extraction;

/// <summary>A sentence of a paragraph, with where it starts so quotes that span sentences can be located.</summary>
internal sealed record FactSentence(int ParagraphNumber, int Index, string Text, int Offset)
{
    public int End => Offset + Text.Length;
}
