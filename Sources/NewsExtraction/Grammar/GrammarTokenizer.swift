/// Cuts a sentence's tokens into words as Universal Dependencies English does, where NewsGraph's own tokens
/// differ: hyphenated words are split ("search-engine" -> search, -, engine) unless the first part is a prefix
/// ("e-mail", "anti-war") or nothing in them is a word of two letters ("F-16"), and "cannot" is "can" "not".
/// Clitics that NewsGraph already splits off ("'s", "n't") stay words, marked as one surface token with the word
/// before them, as UD writes "don't". Pieces written together that UD keeps whole are joined again: runs of one
/// punctuation mark ("-----", "?!"), emoticons (":-)"), dotted names ("alt.animals.cat", "Space.com"), and a
/// possessive written apart ("Britain 's").
public enum GrammarTokenizer {
    /// A word with its place in the text and the token it comes from.
    public struct Word: Sendable, Equatable {
        public var form: String
        public var start: Int
        public var end: Int
        /// The index of the NewsGraph token it is part of.
        public var token: Int
        /// Whether it is written together with the word before it as one surface token ("do" + "n't").
        public var joinsPrevious: Bool
    }

    private static let clitics: Set<String> = [
        "'s", "’s", "n't", "n’t", "'m", "’m", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'", "’", "'S",
        "N'T", "'M", "'RE", "'VE", "'LL", "'D",
    ]

    /// Prefixes UD English keeps joined to the rest of the word.
    private static let prefixes: Set<String> = [
        "anti", "bi", "co", "counter", "cross", "de", "e", "ex", "extra", "hyper", "inter", "intra", "macro", "mega",
        "micro", "mid", "mini", "multi", "neo", "non", "over", "pan", "post", "pre", "pro", "re", "semi", "sub",
        "super", "trans", "tri", "ultra", "un", "under",
    ]

    /// The words of `sentence` of `text`.
    public static func words(_ text: TokenizedText, sentence: Int) -> [Word] {
        var words: [Word] = []
        var previousEnd = -1
        for index in text.sentenceTokens[sentence] {
            let token = text.tokens[index]
            let joins = token.start == previousEnd && clitics.contains(token.text) && !words.isEmpty
            previousEnd = token.end
            for (form, start, end) in pieces(token) {
                words.append(Word(form: form, start: start, end: end, token: index, joinsPrevious: joins))
            }
            if token.text.lowercased() == "cannot" { words[words.count - 1].joinsPrevious = true }
        }
        return joined(words)
    }

    /// Joins neighbouring words written without a space between them that UD English keeps as one.
    private static func joined(_ words: [Word]) -> [Word] {
        var result: [Word] = []
        result.reserveCapacity(words.count)
        var index = 0
        while index < words.count {
            var word = words[index]
            index += 1
            while index < words.count, words[index].start == word.end, !words[index].joinsPrevious {
                let next = words[index]
                if belongTogether(word.form, next.form) {
                    word.form += next.form
                } else if next.form == ".", index + 1 < words.count, words[index + 1].start == next.end,
                    isDottedName(word.form, words[index + 1].form)
                {
                    // "alt" "." "animals", "Space" "." "com": a dotted name, not a sentence's end.
                    word.form += "." + words[index + 1].form
                    index += 1
                } else {
                    break
                }
                word.end = words[index].end
                index += 1
            }
            result.append(word)
        }
        return result
    }

    private static let terminals: Set<Character> = [".", "?", "!"]
    private static let emoticonEyes: Set<String> = [":", ";", "="]
    private static let emoticonMouths: Set<String> = [")", "(", "D", "P", "p", "/", "]", "[", "-)", "-(", "-D", "-P"]

    /// Runs of one mark ("-----", "***"), of sentence-ending marks ("?!", ".?"), and emoticons (":-)").
    private static func belongTogether(_ first: String, _ second: String) -> Bool {
        if emoticonEyes.contains(first) && emoticonMouths.contains(second) { return true }
        // Reuters writes the possessive apart: "Britain 's reforms" is "Britain" "'s", not a quote and an "s".
        if first == "'" || first == "’", second == "s" || second == "S" { return true }
        let isMarks = { (text: String) in text.allSatisfy { !$0.isLetter && !$0.isNumber } }
        guard isMarks(first), isMarks(second) else { return false }
        let marks = Set(first + second)
        if marks.count == 1, let mark = marks.first, !"\"'()[]{}".contains(mark) { return true }
        return (first + second).allSatisfy(terminals.contains)
    }

    private static func isDottedName(_ first: String, _ second: String) -> Bool {
        first.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." } && first.last != "."
            && second.count >= 2 && second.allSatisfy(\.isLowercase)
    }

    /// A token's words with their offsets.
    private static func pieces(_ token: Token) -> [(String, Int, Int)] {
        let scalars = Array(token.text.unicodeScalars)
        guard scalars.count == token.end - token.start else { return [(token.text, token.start, token.end)] }
        if token.text.lowercased() == "cannot" {
            return [
                (String(token.text.prefix(3)), token.start, token.start + 3),
                (String(token.text.dropFirst(3)), token.start + 3, token.end),
            ]
        }
        let hyphen: Unicode.Scalar = "-"
        guard scalars.contains(hyphen), scalars.count > 2 else { return [(token.text, token.start, token.end)] }
        let parts = token.text.split(separator: "-", omittingEmptySubsequences: false)
        let isWordy = parts.allSatisfy { part in
            !part.isEmpty
                && part.unicodeScalars.allSatisfy {
                    $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "." || $0 == "'"
                }
        }
        guard isWordy, parts.count > 1,
            parts.contains(where: { $0.unicodeScalars.filter(\.properties.isAlphabetic).count >= 2 }),
            !prefixes.contains(parts[0].lowercased())
        else { return [(token.text, token.start, token.end)] }
        var pieces: [(String, Int, Int)] = []
        var offset = token.start
        for (number, part) in parts.enumerated() {
            if number > 0 {
                pieces.append(("-", offset, offset + 1))
                offset += 1
            }
            let length = part.unicodeScalars.count
            pieces.append((String(part), offset, offset + length))
            offset += length
        }
        return pieces
    }
}
