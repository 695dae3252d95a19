import NewsAPI

/// The id and text of an input line of `extract --jsonl` shaped as nearly all are, `{"id": ..., "text": "..."}`
/// with an id that is a string or a plain integer, read straight from the bytes: JSONSerialization's objects cost
/// more than the rest of reading a line. Any other line (other keys, another id, invalid UTF-8 or JSON) reads as
/// nil, and JSONSerialization reads it as before.
struct PlainJSONLine {
    private let bytes: ArraySlice<UInt8>
    private var position: Int

    /// The id as the output writes it (a string as JSON, an integer as its digits), and the text.
    static func decode(_ line: ArraySlice<UInt8>) -> (id: [UInt8], text: String)? {
        var reader = PlainJSONLine(bytes: line, position: line.startIndex)
        return reader.object()
    }

    private mutating func object() -> (id: [UInt8], text: String)? {
        guard take(UInt8(ascii: "{")) else { return nil }
        var id: [UInt8]?
        var text: String?
        repeat {
            guard let key = string() else { return nil }
            guard take(UInt8(ascii: ":")) else { return nil }
            if key == "text", text == nil {
                text = string()
                guard text != nil else { return nil }
            } else if key == "id", id == nil {
                guard let value = idValue() else { return nil }
                id = value
            } else {
                return nil
            }
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "}")), let id, let text else { return nil }
        skipSpace()
        return position == bytes.endIndex ? (id, text) : nil
    }

    /// A string as JSON again, or the digits of an integer that is neither negative zero nor too long for a
    /// `Double` to hold exactly.
    private mutating func idValue() -> [UInt8]? {
        skipSpace()
        guard position < bytes.endIndex else { return nil }
        guard bytes[position] == UInt8(ascii: "\"") else {
            let start = position
            if bytes[position] == UInt8(ascii: "-") { position += 1 }
            let digitsStart = position
            while position < bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                position += 1
            }
            let digits = bytes[digitsStart..<position]
            guard (1...15).contains(digits.count), digits.count == 1 || digits.first != UInt8(ascii: "0"),
                !(digits == [UInt8(ascii: "0")] && digitsStart > start)
            else { return nil }
            return Array(bytes[start..<position])
        }
        guard let value = string() else { return nil }
        var json = JSONWriter()
        json.string(value)
        return json.bytes
    }

    /// A string with its escapes undone; nil where it holds a control character, a lone surrogate or bytes that
    /// are not UTF-8.
    private mutating func string() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        var utf8: [UInt8] = []
        while position < bytes.endIndex {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(validating: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard position < bytes.endIndex else { return nil }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                case UInt8(ascii: "b"): utf8.append(8)
                case UInt8(ascii: "f"): utf8.append(12)
                case UInt8(ascii: "n"): utf8.append(10)
                case UInt8(ascii: "r"): utf8.append(13)
                case UInt8(ascii: "t"): utf8.append(9)
                case UInt8(ascii: "u"):
                    guard let scalar = unicodeEscape() else { return nil }
                    utf8.append(contentsOf: UTF8.encode(scalar)!)
                default: return nil
                }
            case 0..<0x20:
                return nil
            default:
                utf8.append(byte)
            }
        }
        return nil
    }

    /// The scalar of `\uXXXX` (the `\u` read), a surrogate pair's from both halves.
    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard let high = hexQuad() else { return nil }
        guard (0xd800..<0xdc00).contains(high) else { return Unicode.Scalar(high) }
        guard take(UInt8(ascii: "\\"), skippingSpace: false), take(UInt8(ascii: "u"), skippingSpace: false),
            let low = hexQuad(), (0xdc00..<0xe000).contains(low)
        else { return nil }
        return Unicode.Scalar(0x10000 + (high - 0xd800) << 10 + (low - 0xdc00))
    }

    private mutating func hexQuad() -> UInt32? {
        guard bytes.endIndex - position >= 4 else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Character(Unicode.Scalar(bytes[position])).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// Whether the next byte, after any whitespace, is `byte`; it is read if so.
    private mutating func take(_ byte: UInt8, skippingSpace: Bool = true) -> Bool {
        if skippingSpace { skipSpace() }
        guard position < bytes.endIndex, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func skipSpace() {
        while position < bytes.endIndex {
            let byte = bytes[position]
            guard byte == 32 || byte == 10 || byte == 13 || byte == 9 else { return }
            position += 1
        }
    }
}
