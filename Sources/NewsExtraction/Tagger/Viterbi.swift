/// The best tag sequence under per-token scores and tag-to-tag transition scores, within a scheme's allowed moves.
///
/// One token's tags are one vector: each step adds a previous tag's score to its row of transitions and keeps, tag
/// by tag, the larger sum and where it came from, with no branch that depends on the scores. Only the vector
/// operations the standard library lowers to single instructions are used (`&+`, `&-`, `&*`, comparisons); its
/// bitwise and mask operations run lane by lane, so choices are blended by multiplying with 0 or 1.
enum Viterbi {
    /// One score per tag, in the first `tagCount` lanes.
    typealias Lanes = SIMD32<Int32>

    /// The transition score of a move the scheme forbids, and so the score of a tag no path reaches: far below any
    /// real score, whose spread within a token stays small because each token's scores are taken relative to their
    /// largest.
    private static let forbidden: Int32 = -(1 << 29)

    /// `emissions[i][t]`: score of tag `t` at token `i`; `transitions[p * tagCount + t]`: of `p` then `t`, with row
    /// `tagCount` for the sentence's start.
    static func decode(emissions: [Lanes], transitions: [Int32], scheme: TagScheme, count: Int) -> [Int] {
        let tagCount = scheme.tagCount
        guard count > 0 else { return [] }
        precondition(tagCount <= Lanes.scalarCount, "decoding supports at most \(Lanes.scalarCount) tags")
        let rows = (0...tagCount).map { previous in
            var row = Lanes(repeating: forbidden)
            for tag in 0..<tagCount where scheme.allows(previous == tagCount ? nil : previous, tag) {
                row[tag] = transitions[previous * tagCount + tag]
            }
            return row
        }
        var best = relative(emissions[0] &+ rows[tagCount], tagCount: tagCount)
        var from = [Lanes](repeating: .zero, count: count)
        for index in 1..<count {
            var top = Lanes(repeating: .min)
            var argument = Lanes.zero
            // Predecessors in ascending order, strictly larger wins: ties go to the first, as in a scalar scan.
            for previous in 0..<tagCount {
                let score = Lanes(repeating: best[previous]) &+ rows[previous]
                // A comparison's lanes are all ones (-1) or zeros; negated, 1 where the score is better.
                let better = Lanes.zero &- unsafeBitCast(score .> top, to: Lanes.self)
                top &+= (score &- top) &* better
                argument &+= (Lanes(repeating: Int32(previous)) &- argument) &* better
            }
            best = relative(top &+ emissions[index], tagCount: tagCount)
            from[index] = argument
        }
        var tag = 0
        var found = false
        for candidate in 0..<tagCount where best[candidate] > forbidden / 2 && scheme.allowsEnd(candidate) {
            if !found || best[candidate] > best[tag] {
                tag = candidate
                found = true
            }
        }
        var tags = [Int](repeating: 0, count: count)
        for index in stride(from: count - 1, through: 0, by: -1) {
            tags[index] = tag
            tag = Int(from[index][tag])
        }
        return tags
    }

    /// The scores less the largest: the same choices, and no overflow however long the sentence.
    private static func relative(_ scores: Lanes, tagCount: Int) -> Lanes {
        var largest = scores[0]
        for tag in 1..<tagCount { largest = max(largest, scores[tag]) }
        return scores &- Lanes(repeating: largest)
    }
}
