/// Builds the hashed feature keys of the grammar's models: a template number mixed with up to three values.
///
/// A sentence's keys go into one reused buffer, so extracting features allocates nothing.
struct FeatureKeys {
    private(set) var keys: [UInt64] = []

    init(capacity: Int = 64) {
        keys.reserveCapacity(capacity)
    }

    mutating func removeAll() { keys.removeAll(keepingCapacity: true) }

    mutating func add(_ template: UInt64, _ first: UInt64) {
        keys.append(Self.mix(Self.mix(template &* 0x9e37_79b9_7f4a_7c15) ^ first))
    }

    mutating func add(_ template: UInt64, _ first: UInt64, _ second: UInt64) {
        keys.append(Self.mix(Self.mix(Self.mix(template &* 0x9e37_79b9_7f4a_7c15) ^ first) ^ second))
    }

    mutating func add(_ template: UInt64, _ first: UInt64, _ second: UInt64, _ third: UInt64) {
        keys.append(
            Self.mix(Self.mix(Self.mix(Self.mix(template &* 0x9e37_79b9_7f4a_7c15) ^ first) ^ second) ^ third))
    }

    /// Adds a feature whose template number is its place among the keys since `removeAll`: feature functions that
    /// add their templates in a fixed order need not count them.
    mutating func append(_ first: UInt64, _ second: UInt64 = 0, _ third: UInt64 = 0) {
        add(UInt64(keys.count), first, second, third)
    }

    /// SplitMix64's finalizer: every bit of the input reaches every bit of the output.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
