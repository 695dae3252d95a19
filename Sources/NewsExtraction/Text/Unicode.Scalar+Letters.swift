extension Unicode.Scalar {
    /// `properties.isUppercase`, answered without the Unicode tables for ASCII, which most text is.
    var isUppercaseLetter: Bool { isASCII ? (0x41...0x5A).contains(value) : properties.isUppercase }

    /// `properties.isAlphabetic`, answered without the Unicode tables for ASCII.
    var isAlphabeticLetter: Bool {
        isASCII ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) : properties.isAlphabetic
    }
}
