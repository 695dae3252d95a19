/// The best tag sequence under per-token scores and tag-to-tag transition scores, within a scheme's allowed moves.
enum Viterbi {
    /// `emissions[i * tagCount + t]`: score of tag `t` at token `i`; `transitions[p * tagCount + t]`: of `p` then `t`,
    /// with row `tagCount` for the sentence's start.
    static func decode<Score: Comparable & AdditiveArithmetic>(
        emissions: [Score], transitions: [Score], scheme: TagScheme, count: Int
    ) -> [Int] {
        let tagCount = scheme.tagCount
        guard count > 0 else { return [] }
        let moves = Moves.table(for: scheme)
        var best = [Score](repeating: .zero, count: count * tagCount)
        var from = [Int32](repeating: 0, count: count * tagCount)
        var reached = [Bool](repeating: false, count: count * tagCount)
        for tag in 0..<tagCount where moves.fromStart[tag] {
            best[tag] = transitions[tagCount * tagCount + tag] + emissions[tag]
            reached[tag] = true
        }
        // Each tag's allowed predecessors with the transition from each, in one flat list: the inner loop runs about
        // a hundred times per token and so reads it in order, with no array per tag to retain.
        var incoming: [(previous: Int, score: Score)] = []
        incoming.reserveCapacity(moves.predecessors.count)
        for tag in 0..<tagCount {
            for slot in moves.predecessorStarts[tag]..<moves.predecessorStarts[tag + 1] {
                let previous = moves.predecessors[slot]
                incoming.append((previous, transitions[previous * tagCount + tag]))
            }
        }
        best.withUnsafeMutableBufferPointer { best in
            reached.withUnsafeMutableBufferPointer { reached in
                from.withUnsafeMutableBufferPointer { from in
                    incoming.withUnsafeBufferPointer { incoming in
                        forward(
                            emissions: emissions, incoming: incoming, starts: moves.predecessorStarts,
                            tagCount: tagCount, count: count, best: best, reached: reached, from: from)
                    }
                }
            }
        }
        let lastRow = (count - 1) * tagCount
        var tag = 0
        var found = false
        for candidate in 0..<tagCount where reached[lastRow + candidate] && moves.atEnd[candidate] {
            if !found || best[lastRow + candidate] > best[lastRow + tag] {
                tag = candidate
                found = true
            }
        }
        var tags = [Int](repeating: 0, count: count)
        for index in stride(from: count - 1, through: 0, by: -1) {
            tags[index] = tag
            tag = Int(from[index * tagCount + tag])
        }
        return tags
    }

    /// Fills rows 1..<count of the lattice from row 0: the best score of each tag at each token, whether any path
    /// reaches it, and the tag before it on the best path. Buffers rather than arrays: no bounds checks in the
    /// innermost loop, which is where decoding spends its time.
    private static func forward<Score: Comparable & AdditiveArithmetic>(
        emissions: [Score], incoming: UnsafeBufferPointer<(previous: Int, score: Score)>, starts: [Int],
        tagCount: Int, count: Int, best: UnsafeMutableBufferPointer<Score>,
        reached: UnsafeMutableBufferPointer<Bool>, from: UnsafeMutableBufferPointer<Int32>
    ) {
        var previousRowReached = (0..<tagCount).allSatisfy { reached[$0] }
        for index in 1..<count {
            let row = index * tagCount
            let previousRow = row - tagCount
            var rowReached = true
            for tag in 0..<tagCount {
                let first = starts[tag]
                let end = starts[tag + 1]
                var found = false
                var top = Score.zero
                var argument = 0
                if previousRowReached && first < end {
                    // The usual case after the first token: every predecessor is reached, so the first is the best
                    // so far and the rest need no checks.
                    argument = incoming[first].previous
                    top = best[previousRow + argument] + incoming[first].score
                    found = true
                    for slot in first + 1..<end {
                        let (previous, transition) = incoming[slot]
                        let score = best[previousRow + previous] + transition
                        if score > top {
                            top = score
                            argument = previous
                        }
                    }
                } else {
                    for slot in first..<end {
                        let (previous, transition) = incoming[slot]
                        guard reached[previousRow + previous] else { continue }
                        let score = best[previousRow + previous] + transition
                        if !found || score > top {
                            top = score
                            argument = previous
                            found = true
                        }
                    }
                }
                guard found else {
                    rowReached = false
                    continue
                }
                best[row + tag] = top + emissions[row + tag]
                from[row + tag] = Int32(argument)
                reached[row + tag] = true
            }
            previousRowReached = rowReached
        }
    }

    /// The scheme's allowed moves as flat tables.
    private struct Moves {
        let fromStart: [Bool]
        /// The tags that may come before tag `t`: `predecessors[predecessorStarts[t]..<predecessorStarts[t + 1]]`.
        let predecessors: [Int]
        let predecessorStarts: [Int]
        let atEnd: [Bool]

        static let conll = Moves(scheme: .conll)

        static func table(for scheme: TagScheme) -> Moves { scheme == .conll ? conll : Moves(scheme: scheme) }

        init(scheme: TagScheme) {
            let tags = 0..<scheme.tagCount
            fromStart = tags.map { scheme.allows(nil, $0) }
            let before = tags.map { tag in tags.filter { scheme.allows($0, tag) } }
            predecessors = before.flatMap { $0 }
            predecessorStarts = before.reduce(into: [0]) { starts, tags in starts.append(starts.last! + tags.count) }
            atEnd = tags.map { scheme.allowsEnd($0) }
        }
    }
}
