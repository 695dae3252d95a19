/// Whether a response body is worth gzipping and whether the client takes gzip.
enum ContentNegotiation {
    /// Accept-Encoding allows gzip: listed (or `*`) with a q-value above zero. `gzip;q=0` refuses it.
    static func acceptsGzip(_ acceptEncoding: [String]) -> Bool {
        var gzip: Bool?
        var wildcard: Bool?
        for value in acceptEncoding {
            for element in value.utf8.split(separator: UInt8(ascii: ",")) {
                let parts = element.split(separator: UInt8(ascii: ";"))
                guard let coding = parts.first?.trimmingWhitespace() else { continue }
                let allowed = !parts.dropFirst().contains { isZeroQuality($0.trimmingWhitespace()) }
                if coding.asciiCaseInsensitiveEquals("gzip") || coding.asciiCaseInsensitiveEquals("x-gzip") {
                    gzip = allowed
                } else if coding.elementsEqual("*".utf8) {
                    wildcard = allowed
                }
            }
        }
        return gzip ?? wildcard ?? false
    }

    /// text/*, JSON, XML, JavaScript and SVG compress well; images and fonts are compressed already.
    static func isCompressible(contentType: String) -> Bool {
        let type = contentType.lowercased()
        return type.hasPrefix("text/") || type.contains("json") || type.contains("xml") || type.contains("javascript")
            || type.contains("svg")
    }

    /// `q=0`, `q=0.`, `q=0.0`, `q=0.00`, `q=0.000`.
    private static func isZeroQuality(_ parameter: Substring.UTF8View.SubSequence) -> Bool {
        let bytes = Array(parameter)
        guard bytes.count >= 3, bytes[0] | 0x20 == UInt8(ascii: "q"), bytes[1] == UInt8(ascii: "="),
            bytes[2] == UInt8(ascii: "0")
        else { return false }
        return bytes.dropFirst(3).allSatisfy { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "0") }
    }
}
