/// Crockford's base32 in lowercase: short, unambiguous ids that need no escaping in URLs.
enum Base32 {
    private static let digits = Array("0123456789abcdefghjkmnpqrstvwxyz".utf8)

    /// The 64 bits as 13 characters, most significant first.
    static func encode(_ value: UInt64) -> String {
        var bytes = [UInt8](repeating: 0, count: 13)
        var rest = value
        for position in stride(from: 12, through: 0, by: -1) {
            bytes[position] = digits[Int(rest & 31)]
            rest >>= 5
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
