/// Byte strings of one buffer, each with the numbers added for it, found by a String's UTF-8 bytes.
///
/// Built from a file's bytes without a String, an allocation or a `Hasher` per key: loading a lexicon of tens of
/// thousands of names this way takes a fraction of the time a `[String: [Int32]]` does.
struct ByteStringTable: Sendable {
    private let text: [UInt8]
    /// Open addressing on the hash: 0 where empty, else the key's number + 1.
    private var slots: [Int32]
    private var keys: [(start: Int32, count: Int32, hash: UInt64)] = []
    /// Per key, its first and last value in `values`; per value, the next one of its key or -1.
    private var firstValue: [Int32] = []
    private var lastValue: [Int32] = []
    private var values: [(value: Int32, next: Int32)] = []

    /// An empty table of strings of `text`, sized for about `expected` keys.
    init(text: [UInt8], expected: Int) {
        self.text = text
        var capacity = 16
        while capacity < expected * 2 { capacity <<= 1 }
        slots = [Int32](repeating: 0, count: capacity)
        keys.reserveCapacity(expected)
        values.reserveCapacity(expected)
    }

    var isEmpty: Bool { keys.isEmpty }

    /// Adds `value` for the bytes of `text` in `range`, after those added for them before.
    mutating func add(_ range: Range<Int>, value: Int32 = 0) {
        let (hash, found) = text.withUnsafeBufferPointer { text in
            let bytes = UnsafeBufferPointer(rebasing: text[range])
            let hash = Self.hash(bytes)
            return (hash, find(bytes, hash: hash))
        }
        let key: Int
        if let found {
            key = found
            values[Int(lastValue[key])].next = Int32(values.count)
        } else {
            if (keys.count + 1) * 2 > slots.count { grow() }
            key = keys.count
            keys.append((Int32(range.lowerBound), Int32(range.count), hash))
            firstValue.append(Int32(values.count))
            lastValue.append(Int32(values.count))
            place(key)
        }
        lastValue[key] = Int32(values.count)
        values.append((value, -1))
    }

    func contains(_ key: String) -> Bool {
        number(of: key) != nil
    }

    /// The values added for `key`, in the order they were added; nil when it was never added.
    func values(of key: String) -> [Int32]? {
        guard let number = number(of: key) else { return nil }
        var found: [Int32] = []
        var index = firstValue[number]
        while index >= 0 {
            found.append(values[Int(index)].value)
            index = values[Int(index)].next
        }
        return found
    }

    private func number(of key: String) -> Int? {
        var key = key
        return key.withUTF8 { find($0, hash: Self.hash($0)) }
    }

    /// The number of the key whose bytes are `bytes`, of hash `hash`.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return text.withUnsafeBufferPointer { text in
            while slots[slot] != 0 {
                let key = keys[Int(slots[slot]) - 1]
                if key.hash == hash, Int(key.count) == bytes.count,
                    text[Int(key.start)..<Int(key.start + key.count)].elementsEqual(bytes)
                {
                    return Int(slots[slot]) - 1
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    private mutating func place(_ key: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: keys[key].hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(key + 1)
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for key in keys.indices { place(key) }
    }

    /// Eight bytes at a time, each word mixed by a multiplication.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = 0x9e37_79b9_7f4a_7c15 ^ UInt64(bytes.count)
        var offset = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while offset + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xff51_afd7_ed55_8ccd
            hash ^= hash >> 32
            offset += 8
        }
        var tail: UInt64 = 0
        for index in offset..<bytes.count { tail = tail << 8 | UInt64(bytes[index]) }
        hash = (hash ^ tail) &* 0xc4ce_b9fe_1a85_ec53
        return hash ^ hash >> 29
    }
}
