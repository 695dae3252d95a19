/// A sentence's dependency tree as the event coder reads it: UD words, each tied to the sentence token it
/// comes from, with their dependents at hand.
struct SentenceTree {
    let parse: SentenceParse
    /// The sentence-local token of each word.
    let tokens: [Int]
    /// The words that depend on each word, in order.
    let dependents: [[Int]]

    init(parse: SentenceParse, tokens: [Int]) {
        self.parse = parse
        self.tokens = tokens
        var dependents = [[Int]](repeating: [], count: parse.words.count)
        for (word, head) in parse.heads.enumerated() where head >= 0 { dependents[head].append(word) }
        self.dependents = dependents
    }

    var count: Int { parse.words.count }

    func head(_ word: Int) -> Int? {
        let head = parse.heads[word]
        return head >= 0 ? head : nil
    }

    /// The UD relation to the head, with its subtype ("nsubj:pass").
    func relation(_ word: Int) -> String { parse.relations[word] }

    func form(_ word: Int) -> String { parse.words[word].lowercased() }

    /// The dependents of `word` whose relation, subtype included, is one of `relations`.
    func dependents(of word: Int, _ relations: Set<String>) -> [Int] {
        dependents[word].filter { relations.contains(parse.relations[$0]) }
    }

    /// The preposition that marks a nominal ("on" in "sanctions on Iran"), lowercased.
    func preposition(of word: Int) -> String? {
        dependents[word].first { parse.relations[$0] == "case" && parse.upos[$0] == "ADP" }.map(form)
    }

    /// The first word of the phrase or clause that `word` heads.
    func subtreeStart(of word: Int) -> Int {
        var first = word
        var pending = [word]
        while let next = pending.popLast() {
            first = min(first, next)
            pending += dependents[next]
        }
        return first
    }

    /// Relations that open another clause or name the subject: the phrases below them are not the clause's others.
    private static let otherClauses: Set<String> = [
        "nsubj", "nsubj:pass", "csubj", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "conj", "appos",
    ]

    private static let borders: Set<String> = ["border", "borders", "frontier", "frontiers"]

    /// The phrases a preposition marks in the clause of `head`, nearest first: on the head, on its objects and
    /// obliques, and on theirs, three steps down at most; never inside a subject or another clause, and never past
    /// a border ("drills near the border with Belarus" are not held with Belarus). Where the parser hangs "with the
    /// navies of China" on the verb, its object or a noun between, the phrase is found all the same.
    func markedPhrases(of head: Int) -> [(word: Int, preposition: String)] {
        var found: [(word: Int, preposition: String)] = []
        var level = [head]
        for _ in 0..<3 {
            var next: [Int] = []
            for word in level {
                for dependent in dependents[word] where !Self.otherClauses.contains(parse.relations[dependent]) {
                    guard !Self.borders.contains(form(dependent)) else { continue }
                    if parse.relations[dependent].hasPrefix("obl") || parse.relations[dependent].hasPrefix("nmod"),
                        let preposition = preposition(of: dependent)
                    {
                        found.append((dependent, preposition))
                    }
                    next.append(dependent)
                }
            }
            level = next
        }
        return found
    }

    /// The word and its conjuncts ("Russia and Syria", "attacked and occupied").
    func withConjuncts(_ word: Int) -> [Int] {
        [word] + dependents(of: word, ["conj"])
    }

    /// The way from one word to another, up to their common head and down: "attacked >obj> ports >amod>
    /// Ukrainian", "attacked <ccomp< denied >nsubj> Russia".
    func path(from start: Int, to end: Int) -> String {
        func ancestors(_ word: Int) -> [Int] {
            var chain = [word]
            while let head = head(chain[chain.count - 1]), chain.count <= count { chain.append(head) }
            return chain
        }
        let up = ancestors(start)
        let down = ancestors(end)
        guard let common = up.first(where: down.contains) else { return parse.words[start] }
        var text = parse.words[start]
        for word in up.prefix(while: { $0 != common }) {
            text += " <\(relation(word))< \(parse.words[head(word) ?? word])"
        }
        for word in down.prefix(while: { $0 != common }).reversed() {
            text += " >\(relation(word))> \(parse.words[word])"
        }
        return text
    }

    /// The auxiliaries and markers that go with a verb: "will", "not", "to".
    func markers(of word: Int) -> [String] {
        dependents(of: word, ["aux", "advmod", "mark"]).map(form)
    }
}
