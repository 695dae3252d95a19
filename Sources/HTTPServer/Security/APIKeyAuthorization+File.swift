import Foundation

extension APIKeyAuthorization {
    /// The keys in a keys file: one a line; blank lines and lines starting with `#` are skipped, and
    /// surrounding whitespace is trimmed.
    public static func keys(fromFile path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return keys(fromText: text)
    }

    static func keys(fromText text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : trimmed
        }
    }
}
