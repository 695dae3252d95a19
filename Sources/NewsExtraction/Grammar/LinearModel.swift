/// A trained linear classifier over hashed features: for each feature, the 16-bit weights of the classes it
/// speaks for, and nothing for the rest.
///
/// Features are known by the top 32 bits of their 64-bit key; two features that share them were merged when the
/// model was made. The weight file holds the lookup table as it is used (`LinearModelTables`).
struct LinearModel: Sendable {
    let classCount: Int
    let tables: LinearModelTables

    init(classCount: Int, fingerprints: [UInt32], starts: [UInt32], entries: [UInt32]) {
        self.init(
            classCount: classCount,
            tables: LinearModelTables(fingerprints: fingerprints, starts: starts, entries: entries))
    }

    init(classCount: Int, tables: LinearModelTables) {
        self.classCount = classCount
        self.tables = tables
    }

    /// The model without the weights whose size is below `minimum`, nor the features left with none: smaller and
    /// faster, for a little accuracy.
    func pruned(below minimum: Int16) -> LinearModel {
        guard minimum > 1 else { return self }
        let (fingerprints, starts) = tables.features
        let entries = tables.entries
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

    var featureCount: Int { tables.featureCount }

    /// The weights, class in the high 16 bits and weight in the low 16, in the order of the features'.
    var entries: [UInt32] { Array(tables.entries) }

    var weightCount: Int { tables.entries.count }

    /// The features' fingerprints in the order of their weights, and where each one's weights start and end.
    var features: (fingerprints: [UInt32], starts: [UInt32]) { tables.features }

    /// Sets `scores`, one per class, to the sums of the weights of `keys` (as `PerceptronLearner.score` does).
    ///
    /// In passes, each of whose reads from memory is independent of the others in the pass: the table is far larger
    /// than the caches, and reads that no branch waits on are in flight together rather than one after another.
    /// First every key's home slot, then the probes (most end there), then each feature's first weight, then the
    /// rest of its weights, which most of the time lie in the same cache line.
    func score(_ keys: [UInt64], into scores: inout [Int32]) {
        let (slots, starts, entries) = (tables.slots, tables.starts, tables.entries)
        let (mask, isPacked) = (slots.count - 1, starts.isEmpty)
        let count = keys.count
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: count) { home in
            for index in 0..<count { home[index] = slots[Int(Self.fingerprint(keys[index])) & mask] }
            var found = 0
            for index in 0..<count {
                let fingerprint = UInt64(Self.fingerprint(keys[index]))
                var entry = home[index]
                if entry != 0 && entry >> 32 != fingerprint {
                    var slot = Int(fingerprint) & mask
                    repeat {
                        slot = (slot + 1) & mask
                        entry = slots[slot]
                    } while entry != 0 && entry >> 32 != fingerprint
                }
                guard entry != 0 else { continue }
                // The feature's entries: where they start in the high half, how many in the low.
                let low = entry & 0xffff_ffff
                home[found] =
                    isPacked
                    ? (low >> 8) << 32 | low & 0xff
                    : UInt64(starts[Int(low) - 1]) << 32 | UInt64(starts[Int(low)] - starts[Int(low) - 1])
                found += 1
            }
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(found, 1)) { first in
                for index in 0..<found where home[index] & 0xffff_ffff != 0 {
                    first[index] = entries[Int(home[index] >> 32)]
                }
                scores.withUnsafeMutableBufferPointer { scores in
                    for index in scores.indices { scores[index] = 0 }
                    for index in 0..<found {
                        let start = Int(home[index] >> 32)
                        let length = Int(home[index] & 0xffff_ffff)
                        guard length > 0 else { continue }
                        var packed = first[index]
                        scores[Int(packed >> 16)] &+= Int32(Int16(bitPattern: UInt16(packed & 0xffff)))
                        for position in start + 1..<start + length {
                            packed = entries[position]
                            scores[Int(packed >> 16)] &+= Int32(Int16(bitPattern: UInt16(packed & 0xffff)))
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
