/// A sentence of a Universal Dependencies treebank in CoNLL-U: its words with their annotation, and the lines
/// around them that a writer of the same file keeps (comments, multiword tokens).
public struct TreebankSentence: Sendable {
    /// A surface token that stands for several words ("don't" for "do" and "n't"), by 1-based word numbers.
    public struct MultiwordToken: Sendable, Equatable {
        public var first: Int
        public var last: Int
        public var form: String
    }

    public var comments: [String] = []
    public var forms: [String] = []
    public var lemmas: [String] = []
    public var upos: [String] = []
    public var xpos: [String] = []
    /// 0-based heads; -1 for the root.
    public var heads: [Int] = []
    public var relations: [String] = []
    public var multiwordTokens: [MultiwordToken] = []

    public init() {}

    /// The sentences of a CoNLL-U text. Empty nodes (decimal IDs) are left out; multiword ranges are kept aside.
    public static func read(conllu text: String) -> [TreebankSentence] {
        var sentences: [TreebankSentence] = []
        var current = TreebankSentence()
        var hasContent = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty {
                if hasContent { sentences.append(current) }
                current = TreebankSentence()
                hasContent = false
                continue
            }
            hasContent = true
            if line.hasPrefix("#") {
                current.comments.append(String(line))
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 10 else { continue }
            let id = fields[0]
            if let dash = id.firstIndex(of: "-") {
                if let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]) {
                    current.multiwordTokens.append(MultiwordToken(first: first, last: last, form: String(fields[1])))
                }
                continue
            }
            guard Int(id) != nil else { continue }
            current.forms.append(String(fields[1]))
            current.lemmas.append(String(fields[2]))
            current.upos.append(String(fields[3]))
            current.xpos.append(String(fields[4]))
            current.heads.append((Int(fields[6]) ?? 0) - 1)
            current.relations.append(String(fields[7]))
        }
        if hasContent { sentences.append(current) }
        return sentences
    }
}
