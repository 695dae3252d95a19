/// The header fields that decide how a request body is framed and coded, gathered while the head is parsed,
/// then checked together (request smuggling, lengths, codings, expectations).
struct FramingFields {
    private var contentLengths: [ArraySlice<UInt8>] = []
    private var transferCodings: [ArraySlice<UInt8>] = []
    private var contentCodings: [ArraySlice<UInt8>] = []
    private var expectations: [ArraySlice<UInt8>] = []
    private var sawTransferEncoding = false

    struct Resolution {
        var framing: HeadParser.Framing
        var gzip: Bool
        var expectsContinue: Bool
    }

    mutating func note(name: Slice<UnsafeBufferPointer<UInt8>>, value: Slice<UnsafeBufferPointer<UInt8>>) {
        // Only the four names below matter; their lengths tell most other names apart without comparing.
        switch name.count {
        case 14 where name.asciiCaseInsensitiveEquals("content-length"):
            contentLengths += Self.list(value)
        case 17 where name.asciiCaseInsensitiveEquals("transfer-encoding"):
            sawTransferEncoding = true
            transferCodings += Self.list(value)
        case 16 where name.asciiCaseInsensitiveEquals("content-encoding"):
            contentCodings += Self.list(value)
        case 6 where name.asciiCaseInsensitiveEquals("expect"):
            expectations += Self.list(value)
        default:
            break
        }
    }

    func resolve(method: HTTPMethod, minorVersion: Int, limits: HTTPParser.Limits) -> Result<Resolution, HTTPParseError>
    {
        let framing: HeadParser.Framing
        if sawTransferEncoding {
            if !contentLengths.isEmpty {
                return .failure(
                    HTTPParseError(.badRequest, "Content-Length and Transfer-Encoding must not be combined."))
            }
            guard let last = transferCodings.last else {
                return .failure(HTTPParseError(.badRequest, "Transfer-Encoding is empty."))
            }
            for coding in transferCodings where !coding.asciiCaseInsensitiveEquals("chunked") {
                return .failure(
                    HTTPParseError(
                        .notImplemented, "Transfer coding \(String(decoding: coding, as: UTF8.self)) is not supported.")
                )
            }
            guard transferCodings.count == 1, last.asciiCaseInsensitiveEquals("chunked") else {
                return .failure(HTTPParseError(.badRequest, "chunked must be applied exactly once, last."))
            }
            framing = .chunked
        } else if let first = contentLengths.first {
            guard contentLengths.allSatisfy({ $0 == first }) else {
                return .failure(HTTPParseError(.badRequest, "Content-Length values differ."))
            }
            guard let length = Self.decimal(first) else {
                return .failure(HTTPParseError(.badRequest, "Content-Length is not a number."))
            }
            if length > limits.maxBodyBytes {
                return .failure(HTTPParseError(.contentTooLarge, "The body exceeds \(limits.maxBodyBytes) bytes."))
            }
            framing = length == 0 ? .none : .length(length)
        } else if method == .post || method == .put || method == .patch {
            return .failure(
                HTTPParseError(.lengthRequired, "A \(method.rawValue) request needs Content-Length or chunked."))
        } else {
            framing = .none
        }
        var gzip = false
        for coding in contentCodings {
            if coding.asciiCaseInsensitiveEquals("gzip") || coding.asciiCaseInsensitiveEquals("x-gzip") {
                guard !gzip else {
                    return .failure(HTTPParseError(.unsupportedMediaType, "Only one gzip content coding is supported."))
                }
                gzip = true
            } else if !coding.asciiCaseInsensitiveEquals("identity") {
                let name = String(decoding: coding, as: UTF8.self)
                return .failure(HTTPParseError(.unsupportedMediaType, "Content-Encoding \(name) is not supported."))
            }
        }
        var expectsContinue = false
        for expectation in expectations {
            guard expectation.asciiCaseInsensitiveEquals("100-continue") else {
                return .failure(HTTPParseError(.expectationFailed, "Only Expect: 100-continue is supported."))
            }
            expectsContinue = minorVersion >= 1 && framing != .none
        }
        return .success(Resolution(framing: framing, gzip: gzip, expectsContinue: expectsContinue))
    }

    /// The elements of a comma-separated field value, trimmed, empty ones dropped.
    private static func list(_ value: Slice<UnsafeBufferPointer<UInt8>>) -> [ArraySlice<UInt8>] {
        value.split(separator: UInt8(ascii: ",")).compactMap { element in
            let element = element.trimmingWhitespace()
            return element.isEmpty ? nil : ArraySlice(element)
        }
    }

    private static func decimal(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for digit in digits {
            guard (0x30...0x39).contains(digit) else { return nil }
            value = value * 10 + Int(digit - 0x30)
        }
        return value
    }
}

extension BidirectionalCollection<UInt8> {
    /// Without leading and trailing spaces and tabs (HTTP's optional whitespace).
    func trimmingWhitespace() -> SubSequence {
        var result = self[...]
        while let first = result.first, first == .space || first == .tab { result = result.dropFirst() }
        while let last = result.last, last == .space || last == .tab { result = result.dropLast() }
        return result
    }
}

extension Collection<UInt8> {
    /// ASCII case-insensitive comparison with a lowercase literal.
    func asciiCaseInsensitiveEquals(_ lowercase: StaticString) -> Bool {
        guard count == lowercase.utf8CodeUnitCount else { return false }
        return lowercase.withUTF8Buffer { expected in
            zip(self, expected).allSatisfy { byte, lower in
                byte == lower || (byte >= 0x41 && byte <= 0x5A && byte | 0x20 == lower)
            }
        }
    }
}
