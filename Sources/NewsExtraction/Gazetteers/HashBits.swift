/// An open-addressing map from already well-mixed 64-bit hashes to nonzero 32-bit values, with linear probing.
///
/// The gazetteer's keys are hashes it mixed itself, so a slot is the key's low bits: no second hashing as in
/// `Dictionary`, and one flat array that fills at start-up without an allocation per entry.
struct HashBits: Sendable {
    private var keys: [UInt64]
    /// Zero marks an empty slot.
    private var values: [UInt32]
    private var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [UInt32](repeating: 0, count: size)
    }

    /// The key's value, or 0 when absent.
    subscript(key: UInt64) -> UInt32 {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while values[slot] != 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return 0
    }

    /// ORs `bits` (nonzero) into the key's value.
    mutating func insert(_ key: UInt64, bits: UInt32) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while values[slot] != 0 {
            if keys[slot] == key {
                values[slot] |= bits
                return
            }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = bits
        count += 1
    }

    private mutating func grow() {
        var larger = HashBits(capacity: keys.count)
        for slot in keys.indices where values[slot] != 0 { larger.insert(keys[slot], bits: values[slot]) }
        self = larger
    }
}
