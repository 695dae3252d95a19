/// Finds each word's head: a greedy arc-hybrid parser whose moves an averaged perceptron chooses from the words,
/// tags and partial tree around the stack's top and the buffer's front (after Honnibal's and Zhang and Nivre's
/// feature sets). Labels come after, from `ArcLabeler`, which sees the whole tree.
struct DependencyParser: Sendable {
    let model: LinearModel

    /// The 0-based head of each word, -1 for the root.
    func parse(_ words: [WordHashes], tags: [Int], tagCount: Int) -> [Int] {
        let context = Context(words: words, tags: tags, tagCount: tagCount)
        var state = ParserState(count: words.count)
        var keys = FeatureKeys(capacity: 96)
        var scores = [Int32](repeating: 0, count: ParserState.Move.allCases.count)
        while !state.isFinal {
            keys.removeAll()
            context.features(state, into: &keys)
            for index in scores.indices { scores[index] = 0 }
            model.score(keys.keys, into: &scores)
            let move = LinearModel.best(scores) { state.isValid(ParserState.Move(rawValue: $0)!) }
            state.apply(ParserState.Move(rawValue: move)!)
        }
        return state.heads.map { $0 == words.count ? -1 : $0 }
    }

    /// A sentence's words and tags as the features see them, with the root past the end.
    struct Context {
        private var word: [UInt64]
        private var tag: [UInt64]
        private static let none: UInt64 = 0x5eed
        private let rootWord: UInt64 = 0x7007

        init(words: [WordHashes], tags: [Int], tagCount: Int) {
            word = words.map(\.lower) + [rootWord]
            tag = tags.map { UInt64($0) } + [UInt64(tagCount)]
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
            let (ws0, ws1, ws2, wn0, wn1, wn2) = (w(s0), w(s1), w(s2), w(n0), w(n1), w(n2))
            let (ts0, ts1, ts2, tn0, tn1, tn2) = (t(s0), t(s1), t(s2), t(n0), t(n1), t(n2))
            let (ts0l1, ts0l2, ts0r1, ts0r2, tn0l1, tn0l2) = (t(s0l1), t(s0l2), t(s0r1), t(s0r2), t(n0l1), t(n0l2))
            keys.add(0, 0)
            var template: UInt64 = 1
            for value in [wn0, wn1, wn2, ws0, ws1, ws2, w(n0l1), w(n0l2), w(s0l1), w(s0l2), w(s0r1), w(s0r2)] {
                keys.add(template, value)
                template += 1
            }
            for value in [tn0, tn1, tn2, ts0, ts1, ts2, tn0l1, tn0l2, ts0l1, ts0l2, ts0r1, ts0r2] {
                keys.add(template, value)
                template += 1
            }
            for (wordValue, tagValue) in [(wn0, tn0), (wn1, tn1), (wn2, tn2), (ws0, ts0), (ws1, ts1)] {
                keys.add(template, wordValue, tagValue)
                template += 1
            }
            let pairs: [(UInt64, UInt64, UInt64)] = [
                (ws0, wn0, 0), (wn0, tn0, ws0), (wn0, tn0, ts0), (ws0, ts0, wn0), (ws0, ts0, tn0),
                (ts0, tn0, 0), (tn0, tn1, 0), (ws1, ws0, 0), (ts1, ts0, 0), (ws1, ts0, 0), (ts1, ws0, 0),
                (ws0, ts0, FeatureKeys.mix(wn0 ^ tn0 << 48)),
                (tn0, tn1, tn2), (ts0, tn0, tn1), (ts0, ts1, tn0), (ts0, ts0r1, tn0), (ts0, tn0, tn0l1),
                (ts0, ts0l1, ts0l2), (ts0, ts0r1, ts0r2), (tn0, tn0l1, tn0l2), (ts0, ts1, ts2), (ts1, t(s1r1), ts0),
                (ts1, ts0, ts0l1),
            ]
            for (first, second, third) in pairs {
                keys.add(template, first, second, third)
                template += 1
            }
            let leftOfS0 = UInt64(s0 >= 0 ? state.leftCount[s0] : 9)
            let rightOfS0 = UInt64(s0 >= 0 ? state.rightCount[s0] : 9)
            let leftOfN0 = UInt64(state.leftCount[n0])
            let distance = UInt64(s0 >= 0 ? min(n0 - s0, 5) : 0)
            let counted: [(UInt64, UInt64, UInt64)] = [
                (ws0, rightOfS0, 0), (ws0, leftOfS0, 0), (wn0, leftOfN0, 0), (ts0, rightOfS0, 0),
                (ts0, leftOfS0, 0), (tn0, leftOfN0, 0), (ws0, distance, 0), (wn0, distance, 0), (ts0, distance, 0),
                (tn0, distance, 0), (ts0, tn0, distance), (ws0, wn0, distance),
                (UInt64(min(depth, 3)), n0 == count ? 1 : 0, tn0),
            ]
            for (first, second, third) in counted {
                keys.add(template, first, second, third)
                template += 1
            }
        }
    }
}
