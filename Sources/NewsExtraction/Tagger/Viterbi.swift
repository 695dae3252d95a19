/// The best tag sequence under per-token scores and tag-to-tag transition scores, within a scheme's allowed moves.
///
/// Built once per set of transitions: each tag's allowed predecessors and the transition from each sit in one flat
/// list, read in order about a hundred times per token. The inner loop picks the better score with selects rather
/// than branches, which the scores would make unpredictable, and each token's scores are taken relative to their
/// largest, so no sentence is long enough to overflow them.
struct Viterbi: Sendable {
    let tagCount: Int
    private let fromStart: [Int32]
    private let atEnd: [Bool]
    /// Tag `t`'s allowed predecessors are `previous[starts[t]..<starts[t + 1]]`, with the transition from each in
    /// `transition` at the same place.
    private let previous: [Int32]
    private let transition: [Int32]
    private let starts: [Int]

    /// The score of a tag no path reaches: far below any real, relative score.
    private static let unreached: Int32 = -(1 << 29)

    /// `transitions[p * tagCount + t]`: the score of `p` then `t`, with row `tagCount` for the sentence's start.
    init(scheme: TagScheme, transitions: [Int32]) {
        tagCount = scheme.tagCount
        let tags = 0..<tagCount
        fromStart = tags.map { [tagCount] tag in
            scheme.allows(nil, tag) ? transitions[tagCount * tagCount + tag] : Self.unreached
        }
        atEnd = tags.map { scheme.allowsEnd($0) }
        var previous: [Int32] = []
        var transition: [Int32] = []
        var starts = [0]
        for tag in tags {
            for before in tags where scheme.allows(before, tag) {
                previous.append(Int32(before))
                transition.append(transitions[before * tagCount + tag])
            }
            starts.append(previous.count)
        }
        self.previous = previous
        self.transition = transition
        self.starts = starts
    }

    /// `emissions[i * tagCount + t]`: the score of tag `t` at token `i`, for `count` tokens.
    func decode(emissions: [Int32], count: Int) -> [Int] {
        guard count > 0 else { return [] }
        var best = [Int32](repeating: 0, count: count * tagCount)
        var from = [Int32](repeating: 0, count: count * tagCount)
        best.withUnsafeMutableBufferPointer { best in
            for tag in 0..<tagCount { best[tag] = fromStart[tag] &+ emissions[tag] }
            makeRelative(best, row: 0)
            from.withUnsafeMutableBufferPointer { from in
                previous.withUnsafeBufferPointer { previous in
                    transition.withUnsafeBufferPointer { transition in
                        for index in 1..<count {
                            forward(
                                row: index * tagCount, emissions: emissions, best: best, from: from,
                                previous: previous, transition: transition)
                        }
                    }
                }
            }
        }
        let lastRow = (count - 1) * tagCount
        var tag = 0
        var found = false
        for candidate in 0..<tagCount where best[lastRow + candidate] > Self.unreached / 2 && atEnd[candidate] {
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

    /// Fills one row of the lattice from the one before: each tag's best score and the tag before it on that path.
    /// Predecessors in ascending order, strictly larger wins: ties go to the first.
    private func forward(
        row: Int, emissions: [Int32], best: UnsafeMutableBufferPointer<Int32>, from: UnsafeMutableBufferPointer<Int32>,
        previous: UnsafeBufferPointer<Int32>, transition: UnsafeBufferPointer<Int32>
    ) {
        let previousRow = row - tagCount
        for tag in 0..<tagCount {
            var top = Int32.min
            var argument: Int32 = 0
            for slot in starts[tag]..<starts[tag + 1] {
                let before = previous[slot]
                let score = best[previousRow + Int(before)] &+ transition[slot]
                let better = score > top
                top = better ? score : top
                argument = better ? before : argument
            }
            best[row + tag] = top &+ emissions[row + tag]
            from[row + tag] = argument
        }
        makeRelative(best, row: row)
    }

    /// Takes a row's scores relative to its largest: the same choices, in a range that cannot overflow.
    private func makeRelative(_ best: UnsafeMutableBufferPointer<Int32>, row: Int) {
        var largest = Int32.min
        for tag in row..<row + tagCount { largest = max(largest, best[tag]) }
        for tag in row..<row + tagCount { best[tag] &-= largest }
    }
}
