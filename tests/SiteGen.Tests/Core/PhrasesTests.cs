using SiteGen.Core;

namespace SiteGen.Tests.Core;

public sealed class PhrasesTests
{
    [Theory]
    [InlineData("The Centre opened.", "centre", true)]
    [InlineData("Two centres opened.", "centre", true)]
    [InlineData("It was centred on Wuhan.", "centre", false)]
    [InlineData("Reconcentre the effort.", "centre", false)]
    [InlineData("new energy vehicles and batteries", "new energy vehicle", true)]
    [InlineData("推动汉阳区高质量发展", "汉阳", true)]
    [InlineData("a \"dual hub\" layout", "dual hub", true)]
    public void Finds_whole_words_plurals_included_and_Chinese_anywhere(string text, string phrase, bool found) =>
        Assert.Equal(found, Phrases.Contains(text, phrase));

    [Fact]
    public void Keys_are_page_anchors_made_from_the_English() =>
        Assert.Equal("streamline-administration-delegate-power", Phrases.Key("Streamline administration, delegate power"));
}
