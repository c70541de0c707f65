using StoryBot.Knowledge.Search;

namespace StoryBot.Knowledge.Tests.Search;

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("One sentence. Another one! A third? Yes.", new[] { "One sentence.", "Another one!", "A third?", "Yes." })]
    [InlineData("Mr. Musk and Dr. Smith met Prof. Jones. They talked.", new[] { "Mr. Musk and Dr. Smith met Prof. Jones.", "They talked." })]
    [InlineData("John F. Kennedy spoke. J. R. R. Tolkien wrote.", new[] { "John F. Kennedy spoke.", "J. R. R. Tolkien wrote." })]
    [InlineData("A.I. tools present risks. U.S. regulators agreed.", new[] { "A.I. tools present risks.", "U.S. regulators agreed." })]
    [InlineData("He moved to the U.S. The company followed.", new[] { "He moved to the U.S.", "The company followed." })]
    [InlineData("The U.S. Senate voted.", new[] { "The U.S. Senate voted." })]
    [InlineData("Shares rose 3.5 percent to $1,100.25 on Mar. 29 at No. 5 Main St. It was a record.", new[] { "Shares rose 3.5 percent to $1,100.25 on Mar. 29 at No. 5 Main St. It was a record." })]
    [InlineData("\"Time to take a breath,\" he added. Then he left.", new[] { "\"Time to take a breath,\" he added.", "Then he left." })]
    [InlineData("He said \"stop.\" Nobody did.", new[] { "He said \"stop.\"", "Nobody did." })]
    [InlineData("\"Is it safe?\" he asked. \"No.\" She left.", new[] { "\"Is it safe?\" he asked.", "\"No.\"", "She left." })]
    [InlineData("It warned of “profound risks to society and humanity.” Others agreed.", new[] { "It warned of “profound risks to society and humanity.”", "Others agreed." })]
    [InlineData("Visit openai.com today. Or not.", new[] { "Visit openai.com today.", "Or not." })]
    [InlineData("Apple Inc. The company said so.", new[] { "Apple Inc.", "The company said so." })]
    [InlineData("Apple Inc. said so.", new[] { "Apple Inc. said so." })]
    [InlineData("No final stop", new[] { "No final stop" })]
    public void Splits_at_sentence_ends_only(string text, string[] expected)
    {
        Assert.Equal(expected, SentenceSplitter.Split(text));
    }

    [Fact]
    public void Empty_and_blank_text_has_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split(""));
        Assert.Empty(SentenceSplitter.Split("   "));
    }

    [Fact]
    public void Splits_the_two_sentences_of_the_seed_feud_paragraph()
    {
        const string paragraph = "Musk's participation as a signatory also continues his feud with OpenAI and its CEO Sam Altman. Musk helped found and fund OpenAI, but told Altman in 2018 that he believed the venture had fallen fatally behind Google, Semafor reported last week.";

        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal(2, sentences.Count);
        Assert.EndsWith("Sam Altman.", sentences[0]);
        Assert.StartsWith("Musk helped found", sentences[1]);
    }
}
