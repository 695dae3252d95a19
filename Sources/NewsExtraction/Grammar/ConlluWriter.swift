/// Writes sentences in CoNLL-U: comment lines, multiword-token lines before their first word, and one line per
/// word with ID, FORM, LEMMA, UPOS, XPOS, HEAD and DEPREL (FEATS, DEPS and MISC left empty).
public enum ConlluWriter {
    public static func sentence(
        _ parse: SentenceParse, comments: [String] = [], multiwordTokens: [TreebankSentence.MultiwordToken] = []
    ) -> String {
        var lines = comments
        let ranges = Dictionary(multiwordTokens.map { ($0.first, $0) }, uniquingKeysWith: { first, _ in first })
        for index in parse.words.indices {
            let id = index + 1
            if let range = ranges[id] {
                lines.append("\(range.first)-\(range.last)\t\(range.form)\t_\t_\t_\t_\t_\t_\t_\t_")
            }
            let head = parse.isParsed ? String(parse.heads[index] + 1) : "_"
            let relation = parse.isParsed ? parse.relations[index] : "_"
            lines.append(
                [
                    String(id), field(parse.words[index]), field(parse.lemmas[index]), parse.upos[index],
                    parse.xpos[index], "_", head, relation, "_", "_",
                ].joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// A field may hold no tab or line break.
    private static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "\t" || $0.isNewline }) else { return value.isEmpty ? "_" : value }
        return String(value.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }

    /// The multiword tokens of words cut by `GrammarTokenizer`: each run of words joined to the one before.
    public static func multiwordTokens(_ words: [GrammarTokenizer.Word], text: TokenizedText)
        -> [TreebankSentence.MultiwordToken]
    {
        var tokens: [TreebankSentence.MultiwordToken] = []
        var index = 0
        while index < words.count {
            var last = index
            while last + 1 < words.count && words[last + 1].joinsPrevious { last += 1 }
            if last > index {
                tokens.append(
                    .init(first: index + 1, last: last + 1, form: text.slice(words[index].start, words[last].end)))
            }
            index = last + 1
        }
        return tokens
    }
}
