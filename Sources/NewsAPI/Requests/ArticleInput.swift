import Foundation
import HTTPServer
import NewsIndex

/// Turns a request body into article drafts, naming the field at fault when it cannot.
public enum ArticleInput {
    static let maxTitleLength = 1_000
    static let maxURLLength = 4_096
    static let maxSourceLength = 500

    /// The body's media type: what POST /v1/articles and /v1/extract accept.
    public enum MediaType: Sendable {
        case json, text, ndjson
    }

    /// What a POST /v1/articles body holds: one article, or one result per non-blank NDJSON line.
    public enum Body: Sendable {
        case article(ArticleDraft)
        case lines([Line])
    }

    /// One non-blank line of an NDJSON body, numbered from 1, and the article it holds or what is wrong with it.
    public struct Line: Sendable {
        public var number: Int
        public var result: Result<ArticleDraft, Problem>
    }

    /// Everything POST /v1/articles does with its body before storing: the media type from `contentType`
    /// (415 when unsupported), then one article or NDJSON lines (400 or 422 naming the field at fault).
    public static func decode(_ body: [UInt8], contentType: String?) throws(Problem) -> Body {
        let mediaType = try mediaType(contentType: contentType)
        if mediaType == .ndjson { return .lines(lines(ndjson: body)) }
        return .article(try draft(body, as: mediaType))
    }

    static func mediaType(of request: HTTPRequest) throws(Problem) -> MediaType {
        try mediaType(contentType: request.headers["Content-Type"])
    }

    /// The media type a `Content-Type` header names; a missing header means JSON.
    public static func mediaType(contentType header: String?) throws(Problem) -> MediaType {
        guard let header else { return .json }
        let parts = header.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if let charset = parts.dropFirst().first(where: { $0.hasPrefix("charset=") }),
            !["charset=utf-8", "charset=\"utf-8\"", "charset=us-ascii"].contains(charset)
        {
            throw Problem(
                .unsupportedMediaType, "only UTF-8 bodies are accepted, not \(charset)", field: "Content-Type")
        }
        switch parts.first ?? "" {
        case "application/json", "": return .json
        case "text/plain": return .text
        case "application/x-ndjson", "application/jsonl", "application/json-seq": return .ndjson
        default:
            throw Problem(
                .unsupportedMediaType,
                "Content-Type must be application/json, text/plain or application/x-ndjson, not \(header)",
                field: "Content-Type")
        }
    }

    /// One article from a JSON or text/plain body.
    static func draft(from request: HTTPRequest) throws(Problem) -> ArticleDraft {
        try draft(request.body, as: try mediaType(of: request))
    }

    /// One article from a body of the given media type; NDJSON is refused (415), it holds many.
    public static func draft(_ body: [UInt8], as mediaType: MediaType) throws(Problem) -> ArticleDraft {
        switch mediaType {
        case .json: return try draft(json: body)
        case .text: return try draft(text: try utf8(body, field: "body"))
        case .ndjson:
            throw Problem(
                .unsupportedMediaType, "this route takes one article: application/json or text/plain",
                field: "Content-Type")
        }
    }

    /// One JSON article per line; blank lines are skipped but keep their number.
    public static func lines(ndjson body: [UInt8]) -> [Line] {
        var lines: [Line] = []
        for (index, line) in body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
        where line.contains(where: { $0 > 0x20 }) {
            lines.append(Line(number: index + 1, result: Result { () throws(Problem) in try draft(json: line) }))
        }
        return lines
    }

    static func draft(text: String) throws(Problem) -> ArticleDraft {
        let draft = ArticleDraft(text: text)
        guard draft.hasText else {
            throw Problem(.unprocessableContent, "the article text is empty", field: "text")
        }
        return draft
    }

    /// One article from a JSON object: `{"text": required, "title", "url", "source", "publishedAt"}`.
    static func draft<Bytes: Collection<UInt8>>(json bytes: Bytes) throws(Problem) -> ArticleDraft {
        _ = try utf8(bytes, field: "body")
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw .badRequest("the body is not valid JSON", field: "body")
        }
        guard let object = value as? [String: Any] else {
            throw Problem(.unprocessableContent, "the body must be a JSON object with a \"text\" member", field: "body")
        }
        guard let rawText = object["text"], !(rawText is NSNull) else {
            throw Problem(.unprocessableContent, "\"text\" is required", field: "text")
        }
        guard let text = rawText as? String, !isNumber(rawText) else {
            throw Problem(.unprocessableContent, "\"text\" must be a string", field: "text")
        }
        var draft = try draft(text: text)
        draft.title = try optionalString(object, "title", maxLength: maxTitleLength)
        draft.url = try optionalString(object, "url", maxLength: maxURLLength, trimmed: false)
        draft.source = try optionalString(object, "source", maxLength: maxSourceLength)
        if let published = try optionalString(object, "publishedAt", maxLength: 64, trimmed: false) {
            guard let date = RFC3339.parse(published) else {
                throw Problem(
                    .unprocessableContent,
                    "\"publishedAt\" must be an RFC 3339 timestamp such as 2024-03-05T10:00:00Z", field: "publishedAt")
            }
            draft.publishedAt = date
        }
        if let url = draft.url, !isHTTPURL(url) {
            throw Problem(
                .unprocessableContent, "\"url\" must be an absolute http or https URL in printable ASCII", field: "url")
        }
        return draft
    }

    static func utf8<Bytes: Collection<UInt8>>(_ bytes: Bytes, field: String) throws(Problem) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .badRequest("the \(field) is not valid UTF-8", field: field)
        }
        return text
    }

    /// A free-text member is trimmed and means nothing when blank; a `trimmed: false` member has a format
    /// (a URL, a timestamp), so a blank or padded value is an error of that format, never taken as null.
    private static func optionalString(
        _ object: [String: Any], _ name: String, maxLength: Int, trimmed: Bool = true
    ) throws(Problem) -> String? {
        guard let value = object[name], !(value is NSNull) else { return nil }
        guard let string = value as? String, !isNumber(value) else {
            throw Problem(.unprocessableContent, "\"\(name)\" must be a string", field: name)
        }
        guard string.unicodeScalars.count <= maxLength else {
            throw Problem(.unprocessableContent, "\"\(name)\" is longer than \(maxLength) characters", field: name)
        }
        guard trimmed else { return string }
        let text = string.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// `http://` or `https://` (any case) and one or more printable ASCII characters: the document's pattern
    /// `^[Hh][Tt][Tt][Pp][Ss]?://[!-~]+$`, checked here by hand so that the two cannot disagree (Foundation's URL
    /// parser refuses some such strings and percent-encodes others). Non-ASCII addresses come percent-encoded.
    static func isHTTPURL(_ url: String) -> Bool {
        var rest = Substring(url).utf8
        for (index, letter) in "https://".utf8.enumerated() {
            if index == 4, rest.first.map({ $0 | 0x20 }) != letter { continue }  // the "s" is optional
            guard let byte = rest.first, (index < 5 ? byte | 0x20 : byte) == letter else { return false }
            rest = rest.dropFirst()
        }
        return !rest.isEmpty && rest.allSatisfy { (0x21...0x7E).contains($0) }
    }

    /// JSONSerialization on Linux bridges numbers to String on request; a JSON number is not a string here.
    private static func isNumber(_ value: Any) -> Bool {
        value is NSNumber
    }
}
