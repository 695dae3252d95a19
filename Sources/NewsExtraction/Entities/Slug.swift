import Foundation

/// The key of an entity id: lowercase ASCII letters and digits joined by single hyphens.
enum Slug {
    static func make(_ name: String) -> String {
        var slug = ""
        var pendingHyphen = false
        let isASCII = name.utf8.allSatisfy { $0 < 0x80 }
        let folded =
            isASCII ? name.lowercased() : name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        for scalar in folded.unicodeScalars {
            if scalar.isASCII && (scalar.isAlphabeticLetter || ("0"..."9").contains(scalar)) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(scalar)
            } else if scalar != "'" && scalar != "\u{2019}" && scalar != "." {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "unnamed" : slug
    }
}
