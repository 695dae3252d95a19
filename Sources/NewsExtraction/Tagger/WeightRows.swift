#if os(Linux)
    import Glibc
#endif

/// A model's weight rows laid out one per 64-byte cache line, padded with zeros.
///
/// Scoring is bound by cache misses: a row of 17 packed 16-bit weights straddles two lines half the time, an aligned
/// row never does. Immutable after `init`, hence safe to share between threads.
final class WeightRows: @unchecked Sendable {
    /// The most tags a row holds.
    static let width = 32

    private let rows: UnsafeMutablePointer<SIMD32<Int16>>

    /// `weights` holds `tagCount` weights per row, rows one after another.
    init(weights: [Int16], tagCount: Int) {
        precondition(tagCount <= Self.width, "a tagger supports at most \(Self.width) tags")
        let count = tagCount == 0 ? 0 : weights.count / tagCount
        // In 2 MiB pages where the system lends them: a few page faults at start-up instead of hundreds, and
        // scattered reads that miss the address cache (TLB) less often.
        let hugePage = 2 << 20
        let byteCount = max(count, 1) * MemoryLayout<SIMD32<Int16>>.stride
        let isLarge = byteCount >= hugePage
        let allocated = isLarge ? (byteCount + hugePage - 1) / hugePage * hugePage : byteCount
        let bytes = UnsafeMutableRawPointer.allocate(byteCount: allocated, alignment: isLarge ? hugePage : 64)
        #if os(Linux)
            if isLarge { _ = madvise(bytes, allocated, MADV_HUGEPAGE) }
        #endif
        rows = bytes.bindMemory(to: SIMD32<Int16>.self, capacity: max(count, 1))
        rows.initialize(repeating: .zero, count: max(count, 1))
        weights.withUnsafeBytes { weights in
            let rowBytes = tagCount * MemoryLayout<Int16>.stride
            for row in 0..<count {
                UnsafeMutableRawPointer(rows + row).copyMemory(
                    from: weights.baseAddress! + row * rowBytes, byteCount: rowBytes)
            }
        }
    }

    deinit { rows.deallocate() }

    subscript(row: Int) -> SIMD32<Int16> { rows[row] }
}
