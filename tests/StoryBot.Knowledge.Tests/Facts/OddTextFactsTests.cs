using StoryBot.Knowledge.Facts;

namespace StoryBot.Knowledge.Tests.Facts;

/// <summary>Text the rules were not written for must not break extraction or invent people.</summary>
public class OddTextFactsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("“An unclosed quote that never ends, said Jane Doe")]
    [InlineData("CEO CEO CEO. Signatories include , , ; and.")]
    [InlineData("said said said \" \" “ ” , according to")]
    [InlineData("🙂🙂 Zero\u200Bwidth \u200B text 中文 العربية.")]
    [InlineData("The letter, organized by the")]
    [InlineData("more than than than 1,,000 ,000 -5 six- month")]
    [InlineData("A. B. C. D. E. F.")]
    public void Odd_text_yields_no_people_and_no_error(string body)
    {
        var book = FactBook.Build([TestArticles.FromBody("odd", body)]);

        Assert.Empty(book.Errors);
        Assert.DoesNotContain(book.People, p => p.IsSignatory);
    }

    [Fact]
    public void A_very_long_paragraph_is_handled()
    {
        var body = string.Concat(Enumerable.Repeat("Jane Doe, CEO of Example Corp, signed the letter. ", 2000));

        var book = FactBook.Build([TestArticles.FromBody("long", body)]);

        var jane = Assert.Single(book.People);
        Assert.True(jane.IsSignatory);
        Assert.Equal(["CEO of Example Corp"], jane.Roles);
    }

    [Fact]
    public void Short_scare_quotes_are_not_speech()
    {
        var book = FactBook.Build([TestArticles.FromBody("scare", "Jane Doe called the plan \"reckless\" and \"silly\".")]);

        Assert.Empty(book.Quotes);
    }

    [Fact]
    public void Someone_who_only_appears_near_a_signature_cue_but_outside_its_scope_did_not_sign()
    {
        var book = FactBook.Build([TestArticles.FromBody("scope", """
            Dana Whitfield, founder of Brightline, signed the pledge.

            Whitfield's signature deepened her rivalry with Northwind and its chief executive Omar Haddad.
            """)]);

        Assert.True(book.FindPerson("Dana Whitfield")!.IsSignatory);
        Assert.False(book.FindPerson("Omar Haddad")!.IsSignatory);
        Assert.Equal("Omar Haddad", book.RoleHolder("CEO", "Northwind")?.Name);
    }
}
