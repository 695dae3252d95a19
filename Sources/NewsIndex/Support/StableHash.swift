/// A 64-bit hash that is the same in every process (Swift's `Hasher` is seeded per process):
/// FNV-1a over the bytes, then a SplitMix64 finalizer to spread the bits.
struct StableHash {
    private(set) var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func combine(_ byte: UInt8) {
        state = (state ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes { combine(byte) }
    }

    var value: UInt64 {
        var z = state &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    static func of(_ text: String, salt: UInt8 = 0) -> UInt64 {
        var hash = StableHash()
        if salt != 0 { hash.combine(salt) }
        hash.combine(text.utf8)
        return hash.value
    }
}
