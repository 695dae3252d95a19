/// A token before it gets its text and sentence: where it is, and what the sentence splitter needs to know.
struct TokenSpan {
    /// What a token is, as far as sentence boundaries care.
    enum Kind: UInt8 {
        case word, number
        /// A word that kept its period and may end a sentence: "U.S.", "Jan.", "Inc.", "J."
        case abbreviation
        /// A word that kept its period and never ends a sentence: "Mr.", "Gen.", "No." before a number.
        case title
        case period
        /// "?", "!", "...", "?!"
        case terminal
        /// Opening quotes and brackets.
        case opening
        /// Closing quotes and brackets.
        case closing
        /// A quote that may open or close: `"` and `'`.
        case quote
        /// ",", ";", ":"
        case pause
        case other
    }

    var start: Int
    var end: Int
    var kind: Kind
    /// Line breaks in the whitespace before the token, capped at 2 (a blank line).
    var newlinesBefore: UInt8
}
