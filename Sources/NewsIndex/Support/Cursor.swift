import Foundation

/// An opaque page cursor: a kind and the sort key of the last item handed out, base64url-encoded.
struct Cursor {
    var fields: [String]

    private static let separator: Character = "\u{1f}"

    init(_ fields: [String]) { self.fields = fields }

    /// Reads a cursor of `kind` with `count` fields after the kind, or throws `invalidCursor`.
    init(decoding string: String, kind: String, count: Int) throws {
        var base64 = string.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let text = String(data: data, encoding: .utf8) else {
            throw NewsStoreError.invalidCursor(string)
        }
        let parts = text.split(separator: Self.separator, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == count + 1, parts[0] == kind else { throw NewsStoreError.invalidCursor(string) }
        fields = Array(parts.dropFirst())
    }

    var encoded: String {
        Data(fields.joined(separator: String(Self.separator)).utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
