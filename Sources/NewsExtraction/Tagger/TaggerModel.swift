/// A trained sequence tagger: integer weights per hashed feature and tag, and tag-to-tag transition weights.
///
/// Scores are sums of 16-bit weights in 32-bit integers: exact, fast, and a quarter of the size of doubles.
/// Features sit in an open-addressing table: each slot packs the top 40 bits of a feature's 64-bit hash with its
/// row, so a lookup touches one slot and then the row. Most features of a text are unknown to the model; a bit set
/// small enough to stay in the processor's cache turns nearly all of those away before they touch the table.
public struct TaggerModel: Sendable {
    public let scheme: TagScheme
    /// Feature keys in row order, as stored.
    let keys: [UInt64]
    /// `keys.count × tagCount` weights.
    let weights: [Int16]
    /// `(tagCount + 1) × tagCount`: previous tag (or the start, last row) to tag.
    let transitions: [Int32]
    /// `weights` again, one row per cache line, for scoring.
    private let rows: WeightRows
    private let decoder: Viterbi
    private let slots: [UInt64]
    private static let rowBits: UInt64 = (1 << 24) - 1
    /// One bit per value of a key's top `filterBits` bits, set where some feature has them. They lie within the
    /// slots' fingerprint, so the filter never turns away a key the table would find.
    private let filter: [UInt64]
    private static let filterBits: UInt64 = 20

    init(scheme: TagScheme, keys: [UInt64], weights: [Int16], transitions: [Int32]) {
        precondition(weights.count == keys.count * scheme.tagCount)
        precondition(transitions.count == (scheme.tagCount + 1) * scheme.tagCount)
        self.scheme = scheme
        self.keys = keys
        self.weights = weights
        self.transitions = transitions
        rows = WeightRows(weights: weights, tagCount: scheme.tagCount)
        decoder = Viterbi(scheme: scheme, transitions: transitions)
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        precondition(keys.count < Int(Self.rowBits))
        var slots = [UInt64](repeating: 0, count: capacity)
        var filter = [UInt64](repeating: 0, count: 1 << (Self.filterBits - 6))
        let mask = capacity - 1
        for (row, key) in keys.enumerated() {
            let bit = key >> (64 - Self.filterBits)
            filter[Int(bit >> 6)] |= 1 << (bit & 63)
            var slot = Int(truncatingIfNeeded: key) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = key & ~Self.rowBits | UInt64(row + 1)
        }
        self.slots = slots
        self.filter = filter
    }

    /// How many features carry weights.
    public var featureCount: Int { keys.count }

    /// The entity spans of one sentence; `hints` holds one gazetteer bit set per word.
    public func tag(words: [String], hints: [UInt32]) -> [TagSpan] {
        guard !words.isEmpty else { return [] }
        var keys: [UInt64] = []
        var starts: [Int32] = []
        keys.reserveCapacity(words.count * 32)
        starts.reserveCapacity(words.count + 1)
        FeatureExtractor.extract(words: words, hints: hints, keys: &keys, starts: &starts)
        let emissions = score(keys: keys, starts: starts)
        let tags = decoder.decode(emissions: emissions, count: words.count)
        return scheme.decode(tags)
    }

    /// Per-token, per-tag sums of the weights of the token's features.
    ///
    /// Two passes: first every key's row, then the sums. The lookups of the first pass do not depend on each other,
    /// so the processor overlaps their cache misses, which is where the time goes.
    private func score(keys: [UInt64], starts: [Int32]) -> [Int32] {
        let tagCount = scheme.tagCount
        let tokenCount = starts.count - 1
        let mask = slots.count - 1
        let found = slots.withUnsafeBufferPointer { slots in
            keys.map { key -> Int32 in
                let bit = key >> (64 - Self.filterBits)
                guard filter[Int(bit >> 6)] & (1 << (bit & 63)) != 0 else { return -1 }
                let fingerprint = key & ~Self.rowBits
                var slot = Int(truncatingIfNeeded: key) & mask
                var entry = slots[slot]
                while entry != 0 && entry & ~Self.rowBits != fingerprint {
                    slot = (slot + 1) & mask
                    entry = slots[slot]
                }
                return Int32(truncatingIfNeeded: entry & Self.rowBits) - 1
            }
        }
        var emissions = [Int32](repeating: 0, count: tokenCount * tagCount)
        for token in 0..<tokenCount {
            var even = SIMD16<Int32>.zero
            var odd = SIMD16<Int32>.zero
            for index in Int(starts[token])..<Int(starts[token + 1]) where found[index] >= 0 {
                // Read as 32-bit lanes, lane i holds tag 2i's weight in its low half and tag 2i + 1's in its high
                // half (little-endian): two shifts widen both, where a lane-by-lane conversion costs a call.
                let pairs = unsafeBitCast(rows[Int(found[index])], to: SIMD16<Int32>.self)
                even &+= (pairs &<< 16) &>> 16
                odd &+= pairs &>> 16
            }
            let out = token * tagCount
            for tag in 0..<tagCount { emissions[out + tag] = tag & 1 == 0 ? even[tag >> 1] : odd[tag >> 1] }
        }
        return emissions
    }
}

extension TaggerModel {
    /// A model with no weights, which finds nothing: what runs when the weight file is missing.
    public static let untrained = TaggerModel(
        scheme: .conll, keys: [], weights: [],
        transitions: Array(repeating: 0, count: (TagScheme.conll.tagCount + 1) * TagScheme.conll.tagCount))
}
