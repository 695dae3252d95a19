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
        for index in 1..<count {
            let row = index * tagCount
            let previousRow = row - tagCount
            for tag in 0..<tagCount {
                var found = false
                var top = Score.zero
                var argument = 0
                for previous in moves.before[tag] where reached[previousRow + previous] {
                    let score = best[previousRow + previous] + transitions[previous * tagCount + tag]
                    if !found || score > top {
                        top = score
                        argument = previous
                        found = true
                    }
                }
                guard found else { continue }
                best[row + tag] = top + emissions[row + tag]
                from[row + tag] = Int32(argument)
                reached[row + tag] = true
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

    /// The scheme's allowed moves as flat tables.
    private struct Moves {
        let fromStart: [Bool]
        /// For each tag, the tags that may come before it.
        let before: [[Int]]
        let atEnd: [Bool]

        static let conll = Moves(scheme: .conll)

        static func table(for scheme: TagScheme) -> Moves { scheme == .conll ? conll : Moves(scheme: scheme) }

        init(scheme: TagScheme) {
            let tags = 0..<scheme.tagCount
            fromStart = tags.map { scheme.allows(nil, $0) }
            before = tags.map { tag in tags.filter { scheme.allows($0, tag) } }
            atEnd = tags.map { scheme.allowsEnd($0) }
        }
    }
}
