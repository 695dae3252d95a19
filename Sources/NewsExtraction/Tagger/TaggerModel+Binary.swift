/// The weight file: "NGT1", the class names, the transitions, then the feature keys and their weights,
/// little-endian, so that loading is a few copies and no parsing.
extension TaggerModel {
    public enum FormatError: Error, Equatable {
        case badMagic, truncated
    }

    private static let magic: [UInt8] = Array("NGT1".utf8)

    public init(bytes: [UInt8]) throws(FormatError) {
        try self.init(file: WeightFile(copying: bytes))
    }

    /// The model of a mapped file: its arrays are copied out of the mapping, with no copy of the file before.
    init(file: WeightFile) throws(FormatError) {
        do {
            try self.init(reader: ByteReader(file))
        } catch let error as FormatError {
            throw error
        } catch {
            throw .truncated
        }
    }

    private init(reader: ByteReader) throws {
        var reader = reader
        guard Array(try reader.read(count: 4)) == Self.magic else { throw FormatError.badMagic }
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
