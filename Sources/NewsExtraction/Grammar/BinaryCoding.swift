/// Little-endian writing and reading of weight files: integers, arrays of them and strings.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func integer<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func array<Value: FixedWidthInteger>(_ values: [Value]) {
        integer(UInt32(values.count))
        for value in values { integer(value) }
    }

    mutating func string(_ value: String) {
        integer(UInt32(value.utf8.count))
        bytes.append(contentsOf: value.utf8)
    }

    mutating func strings(_ values: [String]) {
        integer(UInt32(values.count))
        for value in values { string(value) }
    }
}

struct ByteReader {
    struct Truncated: Error {}

    let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    private mutating func take(_ count: Int) throws(Truncated) -> Range<Int> {
        guard count >= 0, offset + count <= bytes.count else { throw Truncated() }
        defer { offset += count }
        return offset..<offset + count
    }

    /// The next `count` bytes.
    mutating func read(count: Int) throws(Truncated) -> ArraySlice<UInt8> {
        bytes[try take(count)]
    }

    mutating func integer<Value: FixedWidthInteger>(_ type: Value.Type = Value.self) throws(Truncated) -> Value {
        let range = try take(MemoryLayout<Value>.size)
        var value = Value.zero
        withUnsafeMutableBytes(of: &value) { target in
            bytes.withUnsafeBytes { target.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[range])) }
        }
        return Value(littleEndian: value)
    }

    /// An array written with its count before it.
    mutating func array<Value: FixedWidthInteger>(_ type: Value.Type = Value.self) throws(Truncated) -> [Value] {
        try array(count: Int(try integer(UInt32.self)))
    }

    /// An array of `count` values, its count known from elsewhere.
    mutating func array<Value: FixedWidthInteger>(count: Int) throws(Truncated) -> [Value] {
        let range = try take(count * MemoryLayout<Value>.size)
        var values = [Value](repeating: 0, count: count)
        values.withUnsafeMutableBytes { target in
            bytes.withUnsafeBytes { target.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[range])) }
        }
        #if _endian(big)
            for index in values.indices { values[index] = Value(littleEndian: values[index]) }
        #endif
        return values
    }

    mutating func string() throws(Truncated) -> String {
        let range = try take(Int(try integer(UInt32.self)))
        return String(decoding: bytes[range], as: UTF8.self)
    }

    mutating func strings() throws(Truncated) -> [String] {
        let count = Int(try integer(UInt32.self))
        var values: [String] = []
        for _ in 0..<count { values.append(try string()) }
        return values
    }
}
