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

    /// Zero bytes up to the next multiple of 8, where a table read in place starts.
    mutating func align() {
        while bytes.count % 8 != 0 { bytes.append(0) }
    }

    /// `values` as they lie in memory, after `align()`: a table the reader hands out without a copy.
    mutating func table<Value: FixedWidthInteger>(_ values: UnsafeBufferPointer<Value>) {
        align()
        for value in values { integer(value) }
    }
}

struct ByteReader {
    struct Truncated: Error {}

    /// What is read; tables handed out by `table(count:)` point into it and live as long as it does.
    let file: WeightFile
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.init(WeightFile(copying: bytes))
    }

    init(_ file: WeightFile) {
        self.file = file
    }

    private mutating func take(_ count: Int) throws(Truncated) -> Range<Int> {
        guard count >= 0, count <= file.bytes.count - offset else { throw Truncated() }
        defer { offset += count }
        return offset..<offset + count
    }

    /// The next `count` bytes.
    mutating func read(count: Int) throws(Truncated) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: file.bytes[try take(count)])
    }

    mutating func integer<Value: FixedWidthInteger>(_ type: Value.Type = Value.self) throws(Truncated) -> Value {
        Value(
            littleEndian: file.bytes.loadUnaligned(
                fromByteOffset: try take(MemoryLayout<Value>.size).lowerBound, as: Value.self))
    }

    /// An array written with its count before it.
    mutating func array<Value: FixedWidthInteger>(_ type: Value.Type = Value.self) throws(Truncated) -> [Value] {
        try array(count: Int(try integer(UInt32.self)))
    }

    /// An array of `count` values, its count known from elsewhere.
    mutating func array<Value: FixedWidthInteger>(count: Int) throws(Truncated) -> [Value] {
        guard count >= 0, count <= Int.max / MemoryLayout<Value>.size else { throw Truncated() }
        let source = try read(count: count * MemoryLayout<Value>.size)
        var values = [Value](repeating: 0, count: count)
        values.withUnsafeMutableBytes { $0.copyMemory(from: source) }
        #if _endian(big)
            for index in values.indices { values[index] = Value(littleEndian: values[index]) }
        #endif
        return values
    }

    /// `count` values in place, after the padding `ByteWriter.align()` wrote: no copy, alive as long as `file`.
    mutating func table<Value: FixedWidthInteger>(count: Int) throws(Truncated) -> UnsafeBufferPointer<Value> {
        #if _endian(big)
            #error("tables are read in place, so only on little-endian machines")
        #endif
        _ = try take((8 - offset % 8) % 8)
        guard count >= 0, count <= Int.max / MemoryLayout<Value>.size else { throw Truncated() }
        let range = try take(count * MemoryLayout<Value>.size)
        return UnsafeRawBufferPointer(rebasing: file.bytes[range]).bindMemory(to: Value.self)
    }

    mutating func string() throws(Truncated) -> String {
        String(decoding: try read(count: Int(try integer(UInt32.self))), as: UTF8.self)
    }

    mutating func strings() throws(Truncated) -> [String] {
        let count = Int(try integer(UInt32.self))
        var values: [String] = []
        // Each string takes 4 bytes at least: no damaged count reserves more than the file could hold.
        values.reserveCapacity(min(count, (file.bytes.count - offset) / 4))
        for _ in 0..<count { values.append(try string()) }
        return values
    }
}
