/// The weight file: "NGT1", the class names, the transitions, then the feature keys and their weights,
/// little-endian, so that loading is a few copies and no parsing.
extension TaggerModel {
    public enum FormatError: Error, Equatable {
        case badMagic, truncated
    }

    private static let magic: [UInt8] = Array("NGT1".utf8)

    public init(bytes: [UInt8]) throws(FormatError) {
        var reader = ByteReader(bytes: bytes)
        guard Array(try reader.read(count: 4)) == Self.magic else { throw .badMagic }
        let classCount = Int(try reader.integer(UInt32.self))
        var classes: [String] = []
        for _ in 0..<classCount {
            let length = Int(try reader.integer(UInt8.self))
            classes.append(String(decoding: try reader.read(count: length), as: UTF8.self))
        }
        let scheme = TagScheme(classes: classes)
        let featureCount = Int(try reader.integer(UInt32.self))
        let transitions: [Int32] = try reader.array(count: (scheme.tagCount + 1) * scheme.tagCount)
        let keys: [UInt64] = try reader.array(count: featureCount)
        let weights: [Int16] = try reader.array(count: featureCount * scheme.tagCount)
        self.init(scheme: scheme, keys: keys, weights: weights, transitions: transitions)
    }

    public func serialized() -> [UInt8] {
        var bytes = Self.magic
        append(UInt32(scheme.classes.count), to: &bytes)
        for name in scheme.classes {
            bytes.append(UInt8(name.utf8.count))
            bytes.append(contentsOf: name.utf8)
        }
        append(UInt32(keys.count), to: &bytes)
        for value in transitions { append(value, to: &bytes) }
        for value in keys { append(value, to: &bytes) }
        for value in weights { append(value, to: &bytes) }
        return bytes
    }

    private func append<Value: FixedWidthInteger>(_ value: Value, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
}

/// Reads little-endian integers and arrays of them from a byte buffer.
private struct ByteReader {
    let bytes: [UInt8]
    var offset = 0

    mutating func read(count: Int) throws(TaggerModel.FormatError) -> ArraySlice<UInt8> {
        guard count >= 0, offset + count <= bytes.count else { throw .truncated }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func integer<Value: FixedWidthInteger>(_ type: Value.Type) throws(TaggerModel.FormatError) -> Value {
        try array(count: 1)[0]
    }

    mutating func array<Value: FixedWidthInteger>(count: Int) throws(TaggerModel.FormatError) -> [Value] {
        let slice = try read(count: count * MemoryLayout<Value>.size)
        var values = [Value](repeating: 0, count: count)
        values.withUnsafeMutableBytes { target in slice.withUnsafeBytes { target.copyMemory(from: $0) } }
        #if _endian(big)
            for index in values.indices { values[index] = Value(littleEndian: values[index]) }
        #endif
        return values
    }
}
