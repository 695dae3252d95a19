/// A trained linear classifier over hashed features: for each feature, the 16-bit weights of the classes it
/// speaks for, and nothing for the rest.
///
/// Features are known by the top 32 bits of their 64-bit key; two features that share them were merged when the
/// model was made. The table that finds a feature is built on load, so the file holds only keys and weights.
struct LinearModel: Sendable {
    let classCount: Int
    /// Feature fingerprints, in the order of their weight lists.
    let fingerprints: [UInt32]
    /// `fingerprints.count + 1` offsets into `entries`.
    let starts: [UInt32]
    /// Class in the high 16 bits, weight in the low 16.
    let entries: [UInt32]
    /// Open addressing on the fingerprint: fingerprint in the high half; in the low half, where `isPacked`, the
    /// feature's first entry (24 bits) and its number of entries (8 bits), else its number + 1.
    private let slots: [UInt64]
    /// Whether every feature's entries can be found from its slot alone: one read from memory fewer per feature,
    /// which is most of the time a lookup takes.
    private let isPacked: Bool

    init(classCount: Int, fingerprints: [UInt32], starts: [UInt32], entries: [UInt32]) {
        precondition(starts.count == fingerprints.count + 1 && Int(starts.last ?? 0) == entries.count)
        self.classCount = classCount
        self.fingerprints = fingerprints
        self.starts = starts
        self.entries = entries
        var capacity = 16
        // At most three slots in four taken: a miss still ends within a cache line or two.
        while capacity * 3 < fingerprints.count * 4 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        let mask = capacity - 1
        let isPacked =
            entries.count < 1 << 24
            && zip(starts, starts.dropFirst()).allSatisfy { $1 - $0 > 0 && $1 - $0 < 256 }
        for (feature, fingerprint) in fingerprints.enumerated() {
            var slot = Int(fingerprint) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            let start = UInt64(starts[feature])
            let low = isPacked ? start << 8 | (UInt64(starts[feature + 1]) - start) : UInt64(feature + 1)
            slots[slot] = UInt64(fingerprint) << 32 | low
        }
        self.slots = slots
        self.isPacked = isPacked
    }

    /// The model without the weights whose size is below `minimum`, nor the features left with none: smaller and
    /// faster, for a little accuracy.
    func pruned(below minimum: Int16) -> LinearModel {
        guard minimum > 1 else { return self }
        var keptFingerprints: [UInt32] = []
        var keptStarts: [UInt32] = [0]
        var keptEntries: [UInt32] = []
        for feature in fingerprints.indices {
            let before = keptEntries.count
            for index in Int(starts[feature])..<Int(starts[feature + 1]) {
                let weight = Int16(bitPattern: UInt16(entries[index] & 0xffff))
                if weight.magnitude >= minimum.magnitude { keptEntries.append(entries[index]) }
            }
            guard keptEntries.count > before else { continue }
            keptFingerprints.append(fingerprints[feature])
            keptStarts.append(UInt32(keptEntries.count))
        }
        return LinearModel(
            classCount: classCount, fingerprints: keptFingerprints, starts: keptStarts, entries: keptEntries)
    }

    static func fingerprint(_ key: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: key >> 32) }

    var featureCount: Int { fingerprints.count }

    /// Adds the weights of `keys` to `scores`, one per class.
    ///
    /// In two passes: first every key's feature, then their weights. The table is far larger than the caches, and
    /// the first pass's lookups, independent of one another, wait for memory together rather than in turn.
    func score(_ keys: [UInt64], into scores: inout [Int32]) {
        let mask = slots.count - 1
        withUnsafeTemporaryAllocation(of: Int.self, capacity: keys.count) { features in
            var found = 0
            slots.withUnsafeBufferPointer { slots in
                for key in keys {
                    let fingerprint = UInt64(Self.fingerprint(key))
                    var slot = Int(fingerprint) & mask
                    var entry = slots[slot]
                    while entry != 0 && entry >> 32 != fingerprint {
                        slot = (slot + 1) & mask
                        entry = slots[slot]
                    }
                    guard entry != 0 else { continue }
                    features[found] = Int(entry & 0xffff_ffff)
                    found += 1
                }
            }
            starts.withUnsafeBufferPointer { starts in
                entries.withUnsafeBufferPointer { entries in
                    scores.withUnsafeMutableBufferPointer { scores in
                        for low in features[..<found] {
                            let range =
                                isPacked
                                ? low >> 8..<(low >> 8) + (low & 0xff) : Int(starts[low - 1])..<Int(starts[low])
                            for index in range {
                                let packed = entries[index]
                                scores[Int(packed >> 16)] &+= Int32(Int16(bitPattern: UInt16(packed & 0xffff)))
                            }
                        }
                    }
                }
            }
        }
    }

    /// The best class among those `allowed` says yes to.
    static func best(_ scores: [Int32], allowed: (Int) -> Bool = { _ in true }) -> Int {
        var best = -1
        for index in scores.indices where allowed(index) && (best < 0 || scores[index] > scores[best]) {
            best = index
        }
        return best
    }
}
