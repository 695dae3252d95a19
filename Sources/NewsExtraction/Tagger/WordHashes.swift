/// The hashed views of one word that the tagger's features are built from, computed in one pass over its UTF-8.
struct WordHashes {
    /// The word lowercased (ASCII letters only; other bytes as they are).
    var lower: UInt64
    /// The word exactly as written.
    var form: UInt64
    /// Character classes with runs collapsed: "Xx", "X.X.", "d-d".
    var shape: UInt64
    /// Character classes with runs cut at four: tells "US" from "NATO" from "Smith".
    var longShape: UInt64
    /// Lowercased prefixes and suffixes of one to four bytes.
    var prefixes: (UInt64, UInt64, UInt64, UInt64)
    var suffixes: (UInt64, UInt64, UInt64, UInt64)
    var hasLower: Bool
    var hasUpper: Bool

    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    /// Placeholder for the positions before the first and after the last word of a sentence.
    static let padding = WordHashes("<pad>")

    init(_ word: String) {
        var word = word
        self = word.withUTF8 { WordHashes(bytes: $0) }
    }

    init(bytes: UnsafeBufferPointer<UInt8>) {
        var lower = Self.offset
        var form = Self.offset
        var shape = Self.offset
        var longShape = Self.offset
        var previousClass: UInt8 = 0
        var run = 0
        var hasLower = false
        var hasUpper = false
        var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for (index, byte) in bytes.enumerated() {
            let isUpper = byte >= 65 && byte <= 90
            let folded = isUpper ? byte | 0x20 : byte
            hasUpper = hasUpper || isUpper
            hasLower = hasLower || (byte >= 97 && byte <= 122)
            lower = (lower ^ UInt64(folded)) &* Self.prime
            form = (form ^ UInt64(byte)) &* Self.prime
            let characterClass: UInt8 =
                isUpper
                ? 88 : (byte >= 97 && byte <= 122) || byte >= 0x80 ? 120 : (byte >= 48 && byte <= 57) ? 100 : byte
            if characterClass != previousClass {
                shape = (shape ^ UInt64(characterClass)) &* Self.prime
                run = 0
            }
            run += 1
            if run <= 4 { longShape = (longShape ^ UInt64(characterClass)) &* Self.prime }
            previousClass = characterClass
            switch index {
            case 0: prefixes.0 = lower
            case 1: prefixes.1 = lower
            case 2: prefixes.2 = lower
            case 3: prefixes.3 = lower
            default: break
            }
        }
        var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var suffix = Self.offset
        for length in 1...4 where length <= bytes.count {
            let byte = bytes[bytes.count - length]
            suffix = (suffix ^ UInt64(byte >= 65 && byte <= 90 ? byte | 0x20 : byte)) &* Self.prime
            switch length {
            case 1: suffixes.0 = suffix
            case 2: suffixes.1 = suffix
            case 3: suffixes.2 = suffix
            default: suffixes.3 = suffix
            }
        }
        self.lower = lower
        self.form = form
        self.shape = shape
        self.longShape = longShape
        self.prefixes = prefixes
        self.suffixes = suffixes
        self.hasLower = hasLower
        self.hasUpper = hasUpper
    }
}
