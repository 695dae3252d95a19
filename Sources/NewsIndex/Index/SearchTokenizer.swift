/// Cuts text into search terms: runs of letters and digits, lowercased.
///
/// Works on UTF-8 bytes; ASCII (most of news text) never leaves the fast path, other scalars are
/// decoded only to ask whether they are letters or digits.
enum SearchTokenizer {
    /// Longer runs (URLs, hashes) are cut to this many bytes.
    static let maximumTermBytes = 48

    /// Calls `body` with the UTF-8 bytes of each term, lowercased; the bytes are lent for the call only.
    static func forEachTerm(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { utf8 in
            var term: [UInt8] = []
            term.reserveCapacity(maximumTermBytes)
            var isASCII = true
            func flush() {
                guard !term.isEmpty else { return }
                if isASCII {
                    term.withUnsafeBufferPointer(body)
                } else {
                    var lowercased = String(decoding: term, as: UTF8.self).lowercased()
                    lowercased.withUTF8(body)
                }
                term.removeAll(keepingCapacity: true)
                isASCII = true
            }
            var position = 0
            let count = utf8.count
            while position < count {
                let byte = utf8[position]
                if byte < 0x80 {
                    position += 1
                    if byte >= 0x61 && byte <= 0x7a || byte >= 0x30 && byte <= 0x39 {
                        if term.count < maximumTermBytes { term.append(byte) }
                    } else if byte >= 0x41 && byte <= 0x5a {
                        if term.count < maximumTermBytes { term.append(byte | 0x20) }
                    } else {
                        flush()
                    }
                    continue
                }
                let length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1
                let end = min(position + length, count)
                if let scalar = decodeScalar(utf8, position, end),
                    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                {
                    if term.count + (end - position) <= maximumTermBytes {
                        term.append(contentsOf: utf8[position..<end])
                        isASCII = false
                    }
                } else {
                    flush()
                }
                position = end
            }
            flush()
        }
    }

    private static func decodeScalar(_ utf8: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Unicode.Scalar? {
        var iterator = utf8[start..<end].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }
}
