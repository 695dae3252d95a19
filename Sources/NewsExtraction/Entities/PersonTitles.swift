/// Titles and ranks written before a person's name: "Chancellor Olaf Scholz", "Secretary of State Antony Blinken",
/// "Pope Francis". As in CoNLL-2003, the title stays outside the mention, so the person is "Olaf Scholz" and groups
/// with a later "Scholz".
enum PersonTitles {
    /// Words that make a title on their own.
    private static let heads: Set<String> = [
        "president", "chancellor", "minister", "premier", "secretary", "secretary-general", "king", "queen", "pope",
        "prince", "princess", "emperor", "sultan", "emir", "ayatollah", "general", "gen", "colonel", "col", "captain",
        "capt", "admiral", "adm", "commander", "marshal", "brigadier", "sergeant", "sgt", "lieutenant", "lt",
        "senator", "sen", "governor", "gov", "mayor", "judge", "chairman", "chairwoman", "ambassador", "envoy",
        "spokesman", "spokeswoman", "spokesperson", "congressman", "congresswoman", "speaker", "archbishop",
        "bishop", "cardinal", "patriarch", "rabbi", "imam", "reverend", "rev", "mr", "mrs", "ms", "dr", "sir", "dame",
        "chief", "rep", "professor", "prof",
    ]

    /// Words that only complete a title: "Prime", "Foreign", "Vice", "of State".
    private static let modifiers: Set<String> = [
        "prime", "vice", "deputy", "acting", "crown", "supreme", "first", "foreign", "defence", "defense",
        "interior", "finance", "home", "health", "justice", "state", "attorney", "field", "grand", "executive",
        "senior", "major", "maj", "rear", "leader", "affairs", "economy", "trade", "energy", "security",
        "national", "army", "navy", "military", "staff", "of", "the", "for",
    ]

    private static let functionWords: Set<String> = ["of", "the", "for"]

    /// Titles that only people bear, whatever follows: "Queen", "President", "Mr."
    private static let personal: Set<String> = [
        "president", "chancellor", "king", "queen", "pope", "prince", "princess", "emperor", "sultan", "emir",
        "ayatollah", "senator", "mr", "mrs", "ms", "dr", "sir", "dame", "archbishop", "cardinal", "rabbi", "imam",
    ]

    /// Whether `word` is a title only people bear: "Queen", "President", "Mr."
    static func isPersonal(_ word: String) -> Bool { personal.contains(normalized(word)) }

    /// Whether `word` is a title on its own: "Mr", "President", "Gen."
    static func isTitle(_ word: String) -> Bool { heads.contains(normalized(word)) }

    /// How many of `words`' leading words are a title followed by a name: 0 when they do not start with a title,
    /// or when nothing capitalized would remain ("President" alone, "Prime Minister").
    static func length(of words: ArraySlice<String>) -> Int {
        var end = 0
        for (offset, word) in words.enumerated() {
            let key = normalized(word)
            if heads.contains(key) {
                end = offset + 1
            } else if !modifiers.contains(key) {
                break
            } else if !functionWords.contains(key) && end > 0 {
                end = offset + 1
            }
        }
        guard end > 0, end < words.count else { return 0 }
        let next = words[words.startIndex + end]
        guard let first = next.unicodeScalars.first, first.properties.isUppercase else { return 0 }
        return end
    }

    /// Lowercased, without the period of an abbreviation ("Gen.").
    private static func normalized(_ word: String) -> String {
        let lower = word.lowercased()
        return lower.hasSuffix(".") ? String(lower.dropLast()) : lower
    }
}
