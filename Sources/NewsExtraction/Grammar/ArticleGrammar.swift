/// The grammar of one article's sentences, computed where a stage first asks for it and kept for the next:
/// tags are cheap and any stage may ask for them; a tree costs more, so only the sentences that can hold a
/// relation should ask for one. One per extraction, never shared between threads.
public final class ArticleGrammar {
    public let text: TokenizedText
    private let grammar: Grammar
    private var words: [[GrammarTokenizer.Word]?]
    private var parses: [SentenceParse?]

    public init(_ text: TokenizedText, grammar: Grammar = .bundled) {
        self.text = text
        self.grammar = grammar
        words = Array(repeating: nil, count: text.sentences.count)
        parses = Array(repeating: nil, count: text.sentences.count)
    }

    /// The sentence's words as the grammar cuts them, with the tokens they come from.
    public func words(in sentence: Int) -> [GrammarTokenizer.Word] {
        if let known = words[sentence] { return known }
        let cut = GrammarTokenizer.words(text, sentence: sentence)
        words[sentence] = cut
        return cut
    }

    /// Tags and lemmas of the sentence (and its tree, if a stage asked for it before).
    public func tags(of sentence: Int) -> SentenceParse {
        if let known = parses[sentence] { return known }
        let parse = grammar.analyze(words(in: sentence).map(\.form), parse: false)
        parses[sentence] = parse
        return parse
    }

    /// The sentence with its dependency tree.
    public func tree(of sentence: Int) -> SentenceParse {
        if let known = parses[sentence], known.isParsed { return known }
        let parse = grammar.analyze(words(in: sentence).map(\.form), parse: true)
        parses[sentence] = parse
        return parse
    }

    /// The sentence's tree where a stage already asked for one; nothing is computed here.
    public func knownTree(of sentence: Int) -> SentenceParse? {
        parses[sentence].flatMap { $0.isParsed ? $0 : nil }
    }

    /// The first word of the sentence that comes from `token`, if any.
    public func word(ofToken token: Int, in sentence: Int) -> Int? {
        words(in: sentence).firstIndex { $0.token == token }
    }
}
