using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace StoryBot.Knowledge.Search;

/// <summary>
/// Token-level normalisation on lower-cased terms: "1,100" → "1100", "a.i" → "ai", "u.s" → "us",
/// British "-ise" spellings to "-ize" ("organised" → "organized", which the stemmer then folds); and
/// "cofounder" also yields "founder" at the same position, so a founder query finds co-founders.
/// </summary>
internal sealed partial class StoryTermFilter : TokenFilter
{
    private static readonly HashSet<string> CoRoles = new(StringComparer.Ordinal)
    {
        "founder", "founders", "founded", "owner", "owners", "author", "authors", "authored", "chair", "chairs",
        "chairman", "chairwoman", "host", "hosts", "hosted", "creator", "creators", "created", "lead", "leads",
        "ceo", "ceos", "president", "director", "directors", "signer", "signers", "signed", "sponsor", "sponsors",
    };

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private State? _pendingState;
    private string? _pendingTerm;

    public StoryTermFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pendingTerm is not null)
        {
            RestoreState(_pendingState);
            _term.SetEmpty().Append(_pendingTerm);
            _position.PositionIncrement = 0;
            _pendingTerm = null;
            _pendingState = null;
            return true;
        }

        if (!m_input.IncrementToken())
            return false;

        var term = _term.ToString();
        var normalised = Normalise(term);
        if (!ReferenceEquals(normalised, term))
            _term.SetEmpty().Append(normalised);

        if (normalised.Length > 4 && normalised.StartsWith("co", StringComparison.Ordinal) && CoRoles.Contains(normalised[2..]))
        {
            _pendingTerm = normalised[2..];
            _pendingState = CaptureState();
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pendingTerm = null;
        _pendingState = null;
    }

    // Cheap character checks first: this runs for every token of every passage.
    private static string Normalise(string term)
    {
        if (term.Contains(',') && GroupedNumber().IsMatch(term))
            return term.Replace(",", "", StringComparison.Ordinal);
        if (term.Contains('.') && DottedAcronym().IsMatch(term))
            return term.Replace(".", "", StringComparison.Ordinal);
        if (term.Length < 6 || !term.Contains("is", StringComparison.Ordinal))
            return term;
        var british = BritishIse().Match(term);
        if (british.Success)
            return string.Concat(british.Groups[1].Value, "iz", british.Groups[2].Value);
        return term;
    }

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+(\.\d+)?$")]
    private static partial Regex GroupedNumber();

    [GeneratedRegex(@"^(\p{L}{3,})is(e|es|ed|ing|ation|ations|er|ers)$")]
    private static partial Regex BritishIse();

    [GeneratedRegex(@"^(\p{L}\.)+\p{L}?\.?$")]
    private static partial Regex DottedAcronym();
}
