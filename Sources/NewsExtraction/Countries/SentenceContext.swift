/// A sentence's tokens as the country matcher's context rules see them.
struct SentenceContext {
    let tokens: [Token]
    let range: Range<Int>
    /// An ALL-CAPS headline: capital letters say nothing about names there.
    let isShouting: Bool

    /// Made for sentences where a phrase matched: most sentences need none.
    init(tokens: [Token], range: Range<Int>) {
        self.tokens = tokens
        self.range = range
        var words = 0
        var lowercaseWords = 0
        for token in tokens[range] {
            let (isWord, hasLowercase) = token.text.withBytes { bytes -> (Bool, Bool) in
                guard let first = bytes.first else { return (false, false) }
                if bytes.allSatisfy({ $0 < 0x80 }) {
                    let isLetter = (0x41...0x5A).contains(first) || (0x61...0x7A).contains(first)
                    return (isLetter, bytes.contains { (0x61...0x7A).contains($0) })
                }
                let scalars = token.text.unicodeScalars
                return (
                    scalars.first!.properties.isAlphabetic, scalars.contains { $0.properties.isLowercase }
                )
            }
            guard isWord else { continue }
            words += 1
            if hasLowercase { lowercaseWords += 1 }
        }
        isShouting = words >= 2 && lowercaseWords * 4 < words
    }

    /// The token at `index`, if it lies in the sentence.
    func token(_ index: Int) -> Token? { range.contains(index) ? tokens[index] : nil }

    /// The lowercased text of the token at `index`, or "" outside the sentence.
    func key(_ index: Int) -> String { token(index).map { CountryTable.key($0.text) } ?? "" }

    /// A capitalized word that is not just shouting: "Post" in "Washington Post", "Michael" in "Michael Jordan".
    func isCapitalizedWord(_ index: Int) -> Bool {
        guard !isShouting, let token = token(index), startsUppercase(token.text) else { return false }
        return token.text.unicodeScalars.allSatisfy { $0.isAlphabeticLetter || $0 == "-" || $0 == "." }
    }
}
