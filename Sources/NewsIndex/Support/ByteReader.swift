/// Reads what `ByteWriter` wrote, from borrowed bytes; every read checks bounds and throws past the end.
///
/// Use it only inside the closure that lends the bytes.
struct ByteReader {
    let bytes: UnsafeRawBufferPointer
    var position = 0

    struct OutOfBounds: Error {}

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func byte() throws -> UInt8 {
        guard position < bytes.count else { throw OutOfBounds() }
        defer { position += 1 }
        return bytes[position]
    }

    @inline(__always)
    mutating func varint() throws -> UInt64 {
        // Most numbers (counts, and offsets in an article) fit in one or two bytes.
        if position + 1 < bytes.count {
            let first = bytes[position]
            if first < 0x80 {
                position += 1
                return UInt64(first)
            }
            let second = bytes[position + 1]
            if second < 0x80 {
                position += 2
                return UInt64(first & 0x7f) | UInt64(second) << 7
            }
        }
        return try longVarint()
    }

    private mutating func longVarint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            result |= UInt64(next & 0x7f) << shift
            if next < 0x80 { return result }
            shift += 7
            guard shift < 64 else { throw OutOfBounds() }
        }
    }

    mutating func int() throws -> Int { Int(Int64(bitPattern: try varint())) }

    mutating func fixed32() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw OutOfBounds() }
        defer { position += 4 }
        return UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt32.self))
    }

    mutating func fixed64() throws -> UInt64 {
        guard position + 8 <= bytes.count else { throw OutOfBounds() }
        defer { position += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self))
    }

    mutating func double() throws -> Double { Double(bitPattern: try fixed64()) }

    /// The next `count` bytes, without copying.
    mutating func raw(_ count: Int) throws -> UnsafeRawBufferPointer {
        guard count >= 0, position + count <= bytes.count else { throw OutOfBounds() }
        defer { position += count }
        return UnsafeRawBufferPointer(rebasing: bytes[position..<position + count])
    }

    mutating func string() throws -> String {
        let count = try int()
        return String(decoding: try raw(count), as: UTF8.self)
    }

    mutating func skipString() throws {
        _ = try raw(try int())
    }

    mutating func optionalString() throws -> String? {
        try byte() == 0 ? nil : try string()
    }
}
