/// Reads CoNLL-2003 style text: one token a line with its tag in the last column, blank lines between sentences,
/// `-DOCSTART-` lines between documents. Tags may be IOB1 or IOB2; spans follow conlleval's rules.
public enum CoNLLReader {
    /// The labeled sentences of `text`; classes outside `scheme` are dropped.
    public static func sentences(in text: String, scheme: TagScheme = .conll) -> [LabeledSentence] {
        var sentences: [LabeledSentence] = []
        var words: [String] = []
        var tags: [Substring] = []
        func flush() {
            if !words.isEmpty {
                sentences.append(LabeledSentence(words: words, spans: spans(of: tags, scheme: scheme)))
            }
            words.removeAll(keepingCapacity: true)
            tags.removeAll(keepingCapacity: true)
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard let word = columns.first, columns.count >= 2 else {
                flush()
                continue
            }
            if word == "-DOCSTART-" {
                flush()
                continue
            }
            words.append(String(word))
            tags.append(columns[columns.count - 1])
        }
        flush()
        return sentences
    }

    /// conlleval's chunks: a span starts at B-, or at I- after O or after a span of another class.
    static func spans(of tags: [Substring], scheme: TagScheme) -> [TagSpan] {
        var spans: [TagSpan] = []
        var open: (start: Int, label: Substring)?
        for index in 0...tags.count {
            let tag: Substring = index < tags.count ? tags[index] : "O"
            let isOutside = tag == "O" || tag.count < 3
            let prefix = tag.first
            let label = isOutside ? "" : tag.dropFirst(2)
            if let current = open, isOutside || prefix == "B" || label != current.label {
                if let classIndex = scheme.classes.firstIndex(of: String(current.label)) {
                    spans.append(TagSpan(start: current.start, end: index, label: classIndex))
                }
                open = nil
            }
            if !isOutside && open == nil { open = (index, label) }
        }
        return spans
    }
}
