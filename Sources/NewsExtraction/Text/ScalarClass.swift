/// The classes of Unicode scalars that the tokenizer tells apart.
enum ScalarClass: UInt8 {
    case upper, lower, otherLetter, digit, mark, space, newline, symbol

    /// Cheap for ASCII; other scalars go through their general category once.
    @inline(__always)
    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x61...0x7A: self = .lower
            case 0x41...0x5A: self = .upper
            case 0x30...0x39: self = .digit
            case 0x0A, 0x0D: self = .newline
            case 0x20, 0x09, 0x0B, 0x0C: self = .space
            default: self = .symbol
            }
            return
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: self = .upper
        case .lowercaseLetter: self = .lower
        case .otherLetter, .modifierLetter: self = .otherLetter
        case .decimalNumber, .letterNumber, .otherNumber: self = .digit
        case .nonspacingMark, .spacingMark, .enclosingMark: self = .mark
        case .spaceSeparator: self = .space
        case .lineSeparator, .paragraphSeparator: self = .newline
        case .control: self = value == 0x85 ? .newline : .space
        default: self = .symbol
        }
    }

    var isLetter: Bool { self == .upper || self == .lower || self == .otherLetter }
    /// Letters, digits and combining marks: what words are made of.
    var isWordPart: Bool { rawValue <= ScalarClass.mark.rawValue }
    var isAlphanumeric: Bool { rawValue <= ScalarClass.digit.rawValue }
    var isWhitespace: Bool { self == .space || self == .newline }
}
