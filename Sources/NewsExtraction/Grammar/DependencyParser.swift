/// Finds each word's head and the label of its arc: a greedy arc-hybrid parser whose moves an averaged perceptron
/// chooses from the words, tags and partial tree around the stack's top and the buffer's front (after Honnibal's
/// and Zhang and Nivre's feature sets, labels of the dependents found so far among them).
struct DependencyParser: Sendable {
    let labels: Vocabulary
    /// Classes: shift, right with each label, left with each label.
    let model: LinearModel
    /// The universal part of each tag class ("NOUN" of "NOUN NNS"), numbered: coarser features that generalize.
    let coarseTags: [Int]
    private let rootLabel: Int

    init(labels: Vocabulary, tags: Vocabulary, model: LinearModel) {
        self.labels = labels
        self.model = model
        rootLabel = labels.number("root") ?? -1
        coarseTags = Self.coarseTags(tags)
    }

    /// The number of each tag class's universal part, the universal tags numbered in alphabetical order.
    static func coarseTags(_ tags: Vocabulary) -> [Int] {
        let universal = tags.names.map { $0.prefix { $0 != " " } }
        let numbers = Dictionary(Set(universal).sorted().enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        return universal.map { numbers[$0]! }
    }

    static func classCount(labelCount: Int) -> Int { 1 + 2 * labelCount }

    /// The 0-based head of each word (-1 for the root) and the number of its label.
    func parse(_ words: [WordHashes], tags: [Int], supertags: [Int], tagCount: Int) -> (heads: [Int], labels: [Int]) {
        let context = Context(
            words: words, tags: tags, supertags: supertags, coarseTags: coarseTags, tagCount: tagCount)
        var keys = FeatureKeys(capacity: 128)
        var scores = [Int32](repeating: 0, count: model.classCount)
        var state = ParserState(count: words.count)
        let labelCount = labels.count
        var valid = [Bool](repeating: false, count: 3)
        while !state.isFinal {
            keys.removeAll()
            context.features(state, into: &keys)
            model.score(keys.keys, into: &scores)
            for move in ParserState.Move.allCases { valid[move.rawValue] = state.isValid(move) }
            // The arc to the root is labelled root, and no other arc is.
            let toRoot = state.front == words.count
            var best = LinearModel.best(scores) {
                let (move, label) = ParserState.move(ofClass: $0, labelCount: labelCount)
                return valid[move.rawValue] && (move == .shift || (label == rootLabel) == (move == .left && toRoot))
            }
            // Without a root label (weights from elsewhere), any valid move: a tree still comes out.
            if best < 0 {
                best = LinearModel.best(scores) {
                    valid[ParserState.move(ofClass: $0, labelCount: labelCount).0.rawValue]
                }
            }
            let (move, label) = ParserState.move(ofClass: best, labelCount: labelCount)
            state.apply(move, label: label)
        }
        return (state.heads.map { $0 == words.count ? -1 : $0 }, state.labels)
    }

    /// A sentence's words and tags as the features see them, with the root past the end.
    struct Context {
        private var word: [UInt64]
        private var suffix: [UInt64]
        private var tag: [UInt64]
        private var coarse: [UInt64]
        private var supertag: [UInt64]
        private static let none: UInt64 = 0x5eed
        private static let rootWord: UInt64 = 0x7007

        init(words: [WordHashes], tags: [Int], supertags: [Int], coarseTags: [Int], tagCount: Int) {
            word = words.map(\.lower) + [Self.rootWord]
            suffix = words.map(\.suffixes.2) + [Self.rootWord]
            tag = tags.map { UInt64($0) } + [UInt64(tagCount)]
            coarse = tags.map { UInt64($0 >= 0 && $0 < coarseTags.count ? coarseTags[$0] : 0) } + [UInt64(tagCount)]
            supertag = supertags.map { UInt64($0) } + [Self.rootWord]
        }

        func features(_ state: ParserState, into keys: inout FeatureKeys) {
            let count = state.count
            let stack = state.stack
            let depth = stack.count
            let s0 = depth > 0 ? stack[depth - 1] : -1
            let s1 = depth > 1 ? stack[depth - 2] : -1
            let s2 = depth > 2 ? stack[depth - 3] : -1
            let n0 = state.front
            let n1 = n0 + 1 <= count ? n0 + 1 : -1
            let n2 = n0 + 2 <= count ? n0 + 2 : -1
            func child(_ list: [Int], _ of: Int) -> Int { of >= 0 ? list[of] : -1 }
            let s0l1 = child(state.leftmost, s0)
            let s0l2 = child(state.secondLeftmost, s0)
            let s0r1 = child(state.rightmost, s0)
            let s0r2 = child(state.secondRightmost, s0)
            let n0l1 = state.leftmost[n0]
            let n0l2 = state.secondLeftmost[n0]
            let s1r1 = child(state.rightmost, s1)
            func w(_ index: Int) -> UInt64 { index >= 0 ? word[index] : Self.none }
            func t(_ index: Int) -> UInt64 { index >= 0 ? tag[index] : Self.none }
            func u(_ index: Int) -> UInt64 { index >= 0 ? coarse[index] : Self.none }
            func x(_ index: Int) -> UInt64 { index >= 0 ? suffix[index] : Self.none }
            func l(_ index: Int) -> UInt64 {
                index >= 0 && index < count ? UInt64(bitPattern: Int64(state.labels[index])) : Self.none
            }
            let (ws0, ws1, ws2, wn0, wn1, wn2) = (w(s0), w(s1), w(s2), w(n0), w(n1), w(n2))
            let (ts0, ts1, ts2, tn0, tn1, tn2) = (t(s0), t(s1), t(s2), t(n0), t(n1), t(n2))
            let (ts0l1, ts0l2, ts0r1, ts0r2, tn0l1, tn0l2) = (t(s0l1), t(s0l2), t(s0r1), t(s0r2), t(n0l1), t(n0l2))
            let (ls0l1, ls0l2, ls0r1, ls0r2, ln0l1, ln0l2) = (l(s0l1), l(s0l2), l(s0r1), l(s0r2), l(n0l1), l(n0l2))
            let leftOfS0 = UInt64(s0 >= 0 ? state.leftCount[s0] : 9)
            let rightOfS0 = UInt64(s0 >= 0 ? state.rightCount[s0] : 9)
            let leftOfN0 = UInt64(state.leftCount[n0])
            let leftSetS0 = s0 >= 0 ? state.leftLabels[s0] : Self.none
            let rightSetS0 = s0 >= 0 ? state.rightLabels[s0] : Self.none
            let leftSetN0 = state.leftLabels[n0]
            let distance = UInt64(s0 >= 0 ? min(n0 - s0, 5) : 0)
            keys.append(0)
            // Words and tags of the stack, the buffer and the dependents found so far.
            keys.append(wn0)
            keys.append(wn1)
            keys.append(wn2)
            keys.append(ws0)
            keys.append(ws1)
            keys.append(ws2)
            keys.append(w(n0l1))
            keys.append(w(n0l2))
            keys.append(w(s0l1))
            keys.append(w(s0l2))
            keys.append(w(s0r1))
            keys.append(w(s0r2))
            keys.append(tn0)
            keys.append(tn1)
            keys.append(tn2)
            keys.append(ts0)
            keys.append(ts1)
            keys.append(ts2)
            keys.append(tn0l1)
            keys.append(tn0l2)
            keys.append(ts0l1)
            keys.append(ts0l2)
            keys.append(ts0r1)
            keys.append(ts0r2)
            keys.append(wn0, tn0)
            keys.append(wn1, tn1)
            keys.append(wn2, tn2)
            keys.append(ws0, ts0)
            keys.append(ws1, ts1)
            // Pairs and triples.
            keys.append(ws0, wn0)
            keys.append(wn0, tn0, ws0)
            keys.append(wn0, tn0, ts0)
            keys.append(ws0, ts0, wn0)
            keys.append(ws0, ts0, tn0)
            keys.append(ts0, tn0)
            keys.append(tn0, tn1)
            keys.append(ws1, ws0)
            keys.append(ts1, ts0)
            keys.append(ws1, ts0)
            keys.append(ts1, ws0)
            keys.append(ws0, ts0, FeatureKeys.mix(wn0 ^ tn0 << 48))
            keys.append(tn0, tn1, tn2)
            keys.append(ts0, tn0, tn1)
            keys.append(ts0, ts1, tn0)
            keys.append(ts0, ts0r1, tn0)
            keys.append(ts0, tn0, tn0l1)
            keys.append(ts0, ts0l1, ts0l2)
            keys.append(ts0, ts0r1, ts0r2)
            keys.append(tn0, tn0l1, tn0l2)
            keys.append(ts0, ts1, ts2)
            keys.append(ts1, t(s1r1), ts0)
            keys.append(ts1, ts0, ts0l1)
            // Counts of dependents and the distance between the two words that may be joined.
            keys.append(ws0, rightOfS0)
            keys.append(ws0, leftOfS0)
            keys.append(wn0, leftOfN0)
            keys.append(ts0, rightOfS0)
            keys.append(ts0, leftOfS0)
            keys.append(tn0, leftOfN0)
            keys.append(ws0, distance)
            keys.append(wn0, distance)
            keys.append(ts0, distance)
            keys.append(tn0, distance)
            keys.append(ts0, tn0, distance)
            keys.append(ws0, wn0, distance)
            keys.append(UInt64(min(depth, 3)), n0 == count ? 1 : 0, tn0)
            // Labels of the dependents found so far, and the sets of them.
            keys.append(ls0l1)
            keys.append(ls0l2)
            keys.append(ls0r1)
            keys.append(ls0r2)
            keys.append(ln0l1)
            keys.append(ln0l2)
            keys.append(l(s1r1))
            keys.append(ts0, ls0l1)
            keys.append(ts0, ls0r1)
            keys.append(tn0, ln0l1)
            keys.append(ts0, ls0l1, ls0l2)
            keys.append(ts0, ls0r1, ls0r2)
            keys.append(tn0, ln0l1, ln0l2)
            keys.append(ws0, rightSetS0)
            keys.append(ws0, leftSetS0)
            keys.append(wn0, leftSetN0)
            keys.append(ts0, rightSetS0)
            keys.append(ts0, leftSetS0)
            keys.append(tn0, leftSetN0)
            keys.append(ts0, tn0, leftSetN0)
            // Universal tags and suffixes, which generalize where words and fine tags are rare.
            let (us0, us1, un0, un1) = (u(s0), u(s1), u(n0), u(n1))
            keys.append(us0, un0)
            keys.append(us0, un0, un1)
            keys.append(us1, us0, un0)
            keys.append(us0, u(s0l1), u(s0r1))
            keys.append(un0, u(n0l1))
            keys.append(x(s0), us0)
            keys.append(x(n0), un0)
            keys.append(x(s0), x(n0))
            keys.append(x(s1), us1)
            keys.append(x(n1), un1)
            keys.append(us0, un0, distance)
            keys.append(u(s2), us1, us0)
            // The supertagger's guesses (each word's label, its head's side and its dependents' sides), alone, together
            // and with what the words hold already.
            func g(_ index: Int) -> UInt64 { index >= 0 ? supertag[index] : Self.none }
            let (gs0, gs1, gn0, gn1) = (g(s0), g(s1), g(n0), g(n1))
            keys.append(gs0)
            keys.append(gs1)
            keys.append(gn0)
            keys.append(gn1)
            keys.append(g(n2))
            keys.append(gs0, gn0)
            keys.append(gs1, gs0)
            keys.append(gs0, gn0, gn1)
            keys.append(gs1, gs0, gn0)
            keys.append(gs0, ws0)
            keys.append(gn0, wn0)
            keys.append(gs0, ts0)
            keys.append(gn0, tn0)
            keys.append(gs0, gn0, distance)
            keys.append(g(s2))
            keys.append(gn0, gn1, g(n2))
            keys.append(gs0, ls0r1)
            keys.append(gs0, rightOfS0)
            keys.append(gn0, leftOfN0)
        }
    }
}
