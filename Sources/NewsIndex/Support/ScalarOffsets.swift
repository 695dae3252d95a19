/// Maps offsets in Unicode scalars (the unit of every span) to UTF-8 byte offsets of the same text,
/// so spans can be cut out of the bytes without walking a `String`.
struct ScalarOffsets {
    /// Byte offset of each scalar, plus the end; `nil` when the text is ASCII and the two agree.
    private let table: [Int32]?
    let scalarCount: Int

    var isASCII: Bool { table == nil }

    /// `isASCII`, when the caller knows it, saves a pass over the text.
    init(_ utf8: UnsafeBufferPointer<UInt8>, isASCII: Bool? = nil) {
        if isASCII ?? !utf8.contains(where: { $0 >= 0x80 }) {
            table = nil
            scalarCount = utf8.count
            return
        }
        var offsets: [Int32] = []
        offsets.reserveCapacity(utf8.count + 1)
        for (position, byte) in utf8.enumerated() where byte & 0xc0 != 0x80 {
            offsets.append(Int32(position))
        }
        scalarCount = offsets.count
        offsets.append(Int32(utf8.count))
        table = offsets
    }

    /// The bytes of scalars `start..<end`, or `nil` when the span does not fit the text.
    func byteRange(_ start: Int, _ end: Int) -> Range<Int>? {
        guard start >= 0, start <= end, end <= scalarCount else { return nil }
        guard let table else { return start..<end }
        return Int(table[start])..<Int(table[end])
    }
}
