/// The grammar of one sentence: its words as Universal Dependencies splits them, their lemmas and tags, and,
/// where a stage asked for it, the dependency tree.
public struct SentenceParse: Sendable, Equatable {
    public var words: [String]
    public var lemmas: [String]
    /// Universal POS tags (NOUN, VERB, PROPN, ...).
    public var upos: [String]
    /// Penn Treebank tags (NN, VBD, NNP, ...).
    public var xpos: [String]
    /// The 0-based head of each word, -1 for the root; empty when the sentence was only tagged.
    public var heads: [Int]
    /// The UD relation of each word to its head (nsubj, obj, obl:agent, ...); empty when only tagged.
    public var relations: [String]

    public var isParsed: Bool { !heads.isEmpty }

    /// The words whose head is `word`, in order.
    public func dependents(of word: Int) -> [Int] {
        heads.indices.filter { heads[$0] == word }
    }
}
