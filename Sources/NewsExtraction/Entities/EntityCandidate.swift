/// One mention found in an article before mentions are grouped into entities.
struct EntityCandidate {
    var type: EntityType
    /// Token indices in the article.
    var tokens: Range<Int>
    var mention: Mention
    /// The name without a leading country word: "Ministry of Defence" for "UK Ministry of Defence".
    var name: String
    /// ISO3 of the country the mention belongs to, when the text gives it.
    var country: String?
    /// The country came from a word next to the name ("the Russian Ministry of Defence"), which makes the
    /// country part of the entity's identity.
    var isQualified = false
    /// Defined as an abbreviation of another mention: "MoD" in "Ministry of Defence (MoD)".
    var abbreviates: Int?

    init(type: EntityType, tokens: Range<Int>, mention: Mention) {
        self.type = type
        self.tokens = tokens
        self.mention = mention
        self.name = mention.text
    }
}
