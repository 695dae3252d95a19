/// Training sentences from articles annotated with document-level entity sets (as ../shared/eval/wikinews/train.jsonl
/// has them): every occurrence of a listed person, organization or place in the text is labeled, a person's
/// surname alone too ("Mubarak" after "Hosni Mubarak"), and country mentions are labeled as CoNLL-2003 labels them
/// (names LOC, demonyms MISC). A set lists what the article names, not where, so a sentence is kept only when every
/// capitalized word inside it is so explained: one with an unlisted name ("the Iraq War") would teach the tagger
/// that a name is no name.
public enum DocumentSetProjection {
    /// One annotated article: its text and its entity names by type ("person", "organization", "location").
    public struct Article: Sendable {
        public var text: String
        public var names: [String: [String]]

        public init(text: String, names: [String: [String]]) {
            self.text = text
            self.names = names
        }
    }

    /// Classes of `TagScheme.conll`: PER, ORG, LOC (MISC is 3).
    private static let classOfType = ["person": 0, "organization": 1, "location": 2]

    /// Capitalized words that are no names: where they stand inside a sentence explains nothing.
    private static let capitalizedWords: Set<String> = [
        "I", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "June", "July", "August", "September", "October", "November", "December", "Mr", "Mr.",
        "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.",
    ]

    /// The labeled sentences of `articles` that every capitalized word of is explained, in article order.
    public static func sentences(of articles: [Article]) -> [LabeledSentence] {
        let tokenizer = Tokenizer()
        let matcher = CountryMatcher()
        var sentences: [LabeledSentence] = []
        for article in articles {
            let text = tokenizer.tokenize(article.text)
            var labels = [Int?](repeating: nil, count: text.tokens.count)
            var starts = [Bool](repeating: false, count: text.tokens.count)
            for country in matcher.mentions(in: text) {
                let label = country.mention.kind == .demonym ? 3 : 2
                mark(country.tokens, label, &labels, &starts)
            }
            var phrases: [(words: [String], label: Int)] = []
            for (type, names) in article.names {
                guard let label = classOfType[type] else { continue }
                for name in names {
                    let words = tokenizer.tokenize(name).tokens.map(\.text)
                    guard !words.isEmpty else { continue }
                    phrases.append((words, label))
                    if label == 0, words.count >= 2, let surname = words.last { phrases.append(([surname], label)) }
                }
            }
            // Longer names first, so "Hosni Mubarak" is labeled whole before "Mubarak" alone; ties by label and
            // words, so the order of the file's sets changes nothing.
            phrases.sort { first, second in
                if first.words.count != second.words.count { return first.words.count > second.words.count }
                if first.label != second.label { return first.label < second.label }
                return first.words.lexicographicallyPrecedes(second.words)
            }
            for range in text.sentenceTokens {
                for (words, label) in phrases {
                    var start = range.lowerBound
                    while start + words.count <= range.upperBound {
                        let span = start..<start + words.count
                        if zip(text.tokens[span], words).allSatisfy({ $0.text == $1 }),
                            labels[span].allSatisfy({ $0 == nil })
                        {
                            mark(span, label, &labels, &starts)
                            start = span.upperBound
                        } else {
                            start += 1
                        }
                    }
                }
                guard isExplained(range, text, labels) else { continue }
                let words = text.tokens[range].map(\.text)
                var spans: [TagSpan] = []
                for index in range where starts[index] {
                    guard let label = labels[index] else { continue }
                    var end = index + 1
                    while end < range.upperBound && labels[end] == label && !starts[end] { end += 1 }
                    spans.append(TagSpan(start: index - range.lowerBound, end: end - range.lowerBound, label: label))
                }
                sentences.append(LabeledSentence(words: words, spans: spans))
            }
        }
        return sentences
    }

    private static func mark(_ span: Range<Int>, _ label: Int, _ labels: inout [Int?], _ starts: inout [Bool]) {
        guard labels[span].allSatisfy({ $0 == nil }) else { return }
        for index in span { labels[index] = label }
        starts[span.lowerBound] = true
    }

    /// Every capitalized word after the first is labeled or a known capitalized word; a Title Case line (a
    /// headline) or a line of capitals is never kept.
    private static func isExplained(_ range: Range<Int>, _ text: TokenizedText, _ labels: [Int?]) -> Bool {
        guard !EntityRecognizer.isTitleCase(text.tokens[range]) else { return false }
        var seenWord = false
        for index in range {
            let word = text.tokens[index].text
            guard let first = word.unicodeScalars.first, first.isAlphabeticLetter else { continue }
            defer { seenWord = true }
            guard first.isUppercaseLetter, labels[index] == nil else { continue }
            if !seenWord || capitalizedWords.contains(word) { continue }
            return false
        }
        return seenWord
    }
}
