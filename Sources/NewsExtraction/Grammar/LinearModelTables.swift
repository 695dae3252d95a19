/// The tables a `LinearModel` scores with, stored in a weight file just as they are used: read in place from the
/// mapped file, so that loading builds nothing, or allocated here when a model is made.
final class LinearModelTables: @unchecked Sendable {
    /// Open addressing on the fingerprint: fingerprint in the high half; in the low half, where `starts` is empty,
    /// the feature's first entry (24 bits) and its number of entries (8 bits), else its number + 1.
    let slots: UnsafeBufferPointer<UInt64>
    /// Class in the high 16 bits, weight in the low 16.
    let entries: UnsafeBufferPointer<UInt32>
    /// Empty where every feature's entries can be found from its slot alone (one read from memory fewer per
    /// feature, which is most of the time a lookup takes); else `featureCount + 1` offsets into `entries`.
    let starts: UnsafeBufferPointer<UInt32>
    let featureCount: Int
    /// The file the tables lie in; nil when they were allocated here.
    private let file: WeightFile?

    /// The tables of features `fingerprints`, whose entries are `starts[feature]..<starts[feature + 1]`.
    init(fingerprints: [UInt32], starts: [UInt32], entries: [UInt32]) {
        precondition(starts.count == fingerprints.count + 1 && Int(starts.last ?? 0) == entries.count)
        var capacity = 16
        // At most three slots in four taken: a miss still ends within a cache line or two.
        while capacity * 3 < fingerprints.count * 4 { capacity <<= 1 }
        let slots = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: capacity)
        slots.initialize(repeating: 0)
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
        self.slots = UnsafeBufferPointer(slots)
        self.entries = UnsafeBufferPointer(Self.copy(entries))
        self.starts = UnsafeBufferPointer(Self.copy(isPacked ? [] : starts))
        featureCount = fingerprints.count
        file = nil
    }

    /// Tables as `write(to:)` stores them, checked so that no damage to the file can make a lookup read out of
    /// bounds, loop forever or name a class past `classCount`: a sequential pass, a few milliseconds.
    init(_ reader: inout ByteReader, classCount: Int) throws(ByteReader.Truncated) {
        let capacity = Int(try reader.integer(UInt32.self))
        let entryCount = Int(try reader.integer(UInt32.self))
        let startCount = Int(try reader.integer(UInt32.self))
        guard capacity > 0, capacity & (capacity - 1) == 0 else { throw ByteReader.Truncated() }
        let slots: UnsafeBufferPointer<UInt64> = try reader.table(count: capacity)
        let entries: UnsafeBufferPointer<UInt32> = try reader.table(count: entryCount)
        let starts: UnsafeBufferPointer<UInt32> = try reader.table(count: startCount)
        var previous: UInt32 = 0
        for start in starts {
            guard start >= previous else { throw ByteReader.Truncated() }
            previous = start
        }
        guard Int(starts.last ?? 0) <= entryCount else { throw ByteReader.Truncated() }
        guard classCount > 0, classCount <= 1 << 16 else { throw ByteReader.Truncated() }
        // Where the models are packed, branch-free and with no maximum (which SSE2 lacks) but subtractions whose
        // top bit is set where a bound is passed: the compiler vectorizes both passes.
        var featureCount = 0
        var isInside = true
        if startCount == 0 {
            var passed: UInt64 = 0
            for slot in slots {
                featureCount &+= Int(truncatingIfNeeded: (slot | (0 &- slot)) >> 63)
                // The end of the feature's entries; an empty slot's is 0.
                passed |= UInt64(entryCount) &- ((slot >> 8 & 0xff_ffff) + (slot & 0xff))
            }
            isInside = passed >> 63 == 0
        } else {
            // Each feature's number, from its number + 1: a 0 wraps past every bound.
            for slot in slots where slot != 0 {
                featureCount += 1
                isInside = isInside && (slot & 0xffff_ffff) &- 1 < UInt64(startCount - 1)
            }
        }
        var passedClass: UInt32 = 0
        for entry in entries { passedClass |= UInt32(classCount - 1) &- (entry >> 16) }
        // An empty slot ends every probe.
        guard isInside, featureCount < capacity, passedClass >> 31 == 0 else { throw ByteReader.Truncated() }
        (self.slots, self.entries, self.starts, self.featureCount) = (slots, entries, starts, featureCount)
        file = reader.file
    }

    func write(to writer: inout ByteWriter) {
        writer.integer(UInt32(slots.count))
        writer.integer(UInt32(entries.count))
        writer.integer(UInt32(starts.count))
        writer.table(slots)
        writer.table(entries)
        writer.table(starts)
    }

    /// The features' fingerprints in the order of their entries, and the offsets of their entries.
    var features: (fingerprints: [UInt32], starts: [UInt32]) {
        var found: [(order: UInt64, fingerprint: UInt32)] = []
        found.reserveCapacity(featureCount)
        // Packed slots are ordered by their first entry, the others by their feature number: the low half either way.
        for slot in slots where slot != 0 { found.append((slot & 0xffff_ffff, UInt32(slot >> 32))) }
        found.sort { $0.order < $1.order }
        guard starts.isEmpty else { return (found.map(\.fingerprint), Array(starts)) }
        var offsets: [UInt32] = [0]
        for feature in found { offsets.append(UInt32(feature.order >> 8) + UInt32(feature.order & 0xff)) }
        return (found.map(\.fingerprint), offsets)
    }

    private static func copy(_ values: [UInt32]) -> UnsafeMutableBufferPointer<UInt32> {
        let copy = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: values.count)
        _ = copy.initialize(from: values)
        return copy
    }

    deinit {
        guard file == nil else { return }
        slots.deallocate()
        entries.deallocate()
        starts.deallocate()
    }
}
