/// A page cursor: the letter of the list it continues, then the sort key of the last item handed out as
/// dot-separated fields of digits or lowercase hex (`n41`, `e-3.7275.636f756e7472793a525553`).
///
/// Clients treat it as opaque. Its form is still public (the OpenAPI document gives it as a pattern), so every
/// string of that form must be a position a list can continue from, not only the ones the server made: the
/// readers below clamp what is out of range instead of refusing it. Anything not of the form is `invalidCursor`.
struct Cursor {
    var kind: Character
    var fields: [String]

    init(_ kind: Character, _ fields: [String]) {
        self.kind = kind
        self.fields = fields
    }

    /// Reads a cursor of one of `kinds` (each with its number of fields), or throws `invalidCursor`.
    init(decoding string: String, kinds: [Character: Int]) throws {
        guard let first = string.first, let count = kinds[first] else { throw NewsStoreError.invalidCursor(string) }
        let parts = string.dropFirst().split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == count else { throw NewsStoreError.invalidCursor(string) }
        kind = first
        fields = parts.map(String.init)
    }

    var encoded: String { String(kind) + fields.joined(separator: ".") }

    /// A field of 1 to 10 decimal digits (a serial, a count, a position).
    static func decimal(_ field: String, in cursor: String) throws -> UInt64 {
        guard (1...10).contains(field.utf8.count), field.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
            let value = UInt64(field)
        else { throw NewsStoreError.invalidCursor(cursor) }
        return value
    }

    /// A field of 1 to 10 decimal digits after an optional minus sign.
    static func signedDecimal(_ field: String, in cursor: String) throws -> Int {
        if field.hasPrefix("-") { return -Int(try decimal(String(field.dropFirst()), in: cursor)) }
        return Int(try decimal(field, in: cursor))
    }

    /// The 64 bits of a field of exactly 16 lowercase hex digits (a Double's bit pattern).
    static func bits(_ field: String, in cursor: String) throws -> UInt64 {
        guard field.utf8.count == 16, field.utf8.allSatisfy(isHexDigit), let value = UInt64(field, radix: 16) else {
            throw NewsStoreError.invalidCursor(cursor)
        }
        return value
    }

    /// Text as lowercase hex of its UTF-8 bytes, so that a cursor needs no escaping in a URL.
    static func hex(_ text: String) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 2)
        for byte in text.utf8 {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text of an even-length lowercase hex field; bytes that are not UTF-8 read as U+FFFD (still a key).
    static func text(hex field: String, in cursor: String) throws -> String {
        let bytes = Array(field.utf8)
        guard bytes.count % 2 == 0, bytes.allSatisfy(isHexDigit) else { throw NewsStoreError.invalidCursor(cursor) }
        func value(_ digit: UInt8) -> UInt8 { digit <= 0x39 ? digit - 0x30 : digit - 0x61 + 10 }
        let decoded = stride(from: 0, to: bytes.count, by: 2).map { value(bytes[$0]) << 4 | value(bytes[$0 + 1]) }
        return String(decoding: decoded, as: UTF8.self)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte)
    }
}
