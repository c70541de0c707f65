using StoryBot.Knowledge.Facts;
using Xunit.Abstractions;

namespace StoryBot.Knowledge.Tests.Facts;

public class DumpTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var book = FactBook.Build([TestArticles.Seed(), .. TestArticles.MoreArticles()]);
        foreach (var p in book.People) output.WriteLine($"P {p.Name} [{p.Kind}] signed={p.IsSignatory} roles={string.Join(" | ", p.Roles)} src={p.Sources.Count}");
        foreach (var p in book.Organisations) output.WriteLine($"O {p.Name} :: {string.Join(" | ", p.Roles)}");
        foreach (var r in book.Roles) output.WriteLine($"R {r.Holder} :: {r.Phrase} / {r.Title} / {r.Organisation}");
        foreach (var q in book.Quotes) output.WriteLine($"Q {q.Speaker} :: {q.Text}");
        foreach (var f in book.Figures) output.WriteLine($"F {f.Label} :: {f.Value}");
    }
}
