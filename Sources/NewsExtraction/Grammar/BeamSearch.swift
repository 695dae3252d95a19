/// Parsing with a beam: the `width` best partial parses go forward together, ranked by the sum of their moves'
/// scores, so that a move that looked best locally can lose to a sequence that is better as a whole. Every
/// arc-hybrid parse of a sentence takes the same number of moves (a shift and an attachment per word), so the
/// parses of a beam finish together.
struct BeamSearch {
    /// A partial parse: its state, total score, and the classes of its moves.
    struct Candidate {
        var state: ParserState
        var score: Int64
        var moves: [Int]
        /// Whether every move so far is one the gold tree allows (training only).
        var isGold = false
    }

    let parser: DependencyParser
    let width: Int

    /// Expands every candidate by its valid moves and keeps the `width` best; `gold` is told the move the gold
    /// parse takes from each gold candidate, given its move scores.
    func step(
        _ beam: [Candidate], context: DependencyParser.Context, keys: inout FeatureKeys, scores: inout [Int32],
        score: (FeatureKeys, inout [Int32]) -> Void, gold: ((ParserState, [Int32]) -> Int)? = nil
    ) -> [Candidate] {
        let labelCount = parser.labels.count
        var options: [(from: Int, move: Int, total: Int64)] = []
        options.reserveCapacity(beam.count * width)
        var goldOption: (from: Int, move: Int, total: Int64)?
        var valid = [Bool](repeating: false, count: 3)
        for (index, candidate) in beam.enumerated() {
            keys.removeAll()
            context.features(candidate.state, into: &keys)
            score(keys, &scores)
            for move in ParserState.Move.allCases { valid[move.rawValue] = candidate.state.isValid(move) }
            // The best `width` moves of this candidate; no more of them can make the beam.
            var best: [(move: Int, score: Int32)] = []
            for number in scores.indices where valid[ParserState.move(ofClass: number, labelCount: labelCount).0.rawValue] {
                let value = scores[number]
                if best.count == width {
                    guard value > best[width - 1].score else { continue }
                    best.removeLast()
                }
                let place = best.firstIndex { $0.score < value } ?? best.count
                best.insert((number, value), at: place)
            }
            for option in best { options.append((index, option.move, candidate.score + Int64(option.score))) }
            if candidate.isGold, let gold {
                let move = gold(candidate.state, scores)
                goldOption = (index, move, candidate.score + Int64(scores[move]))
            }
        }
        options.sort { ($0.total, -$0.from, -$0.move) > ($1.total, -$1.from, -$1.move) }
        var next: [Candidate] = []
        next.reserveCapacity(width)
        for option in options.prefix(width) {
            var candidate = beam[option.from]
            let (move, label) = ParserState.move(ofClass: option.move, labelCount: labelCount)
            candidate.state.apply(move, label: label)
            candidate.score = option.total
            candidate.moves.append(option.move)
            candidate.isGold = goldOption.map { $0.from == option.from && $0.move == option.move } ?? false
            next.append(candidate)
        }
        if let goldOption, !next.contains(where: \.isGold) {
            // The gold parse fell out of the beam: it goes last, for the trainer to compare with the best.
            var candidate = beam[goldOption.from]
            let (move, label) = ParserState.move(ofClass: goldOption.move, labelCount: labelCount)
            candidate.state.apply(move, label: label)
            candidate.score = goldOption.total
            candidate.moves.append(goldOption.move)
            candidate.isGold = true
            next.append(candidate)
        }
        return next
    }
}
