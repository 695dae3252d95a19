import Foundation

/// The words the event coder knows: triggers per relation type, closed word classes, verb classes
/// and leaders, read once from `Resources/relation-lexicon.tsv`.
struct RelationLexicon: Sendable {
    /// Inflected verb form -> the triggers it can be, with the form it is.
    private(set) var verbs: [String: [(trigger: Trigger, form: VerbForm)]] = [:]
    /// Noun -> the nominal triggers it can head.
    private(set) var nouns: [String: [Trigger]] = [:]
    /// Closed word classes by name (`auxiliary`, `negation`, `weapon`...).
    private(set) var words: [String: Set<String>] = [:]
    /// Inflected verb form -> the classes of its lemma (`say`, `intent`, `refusal`...).
    private(set) var verbClasses: [String: Set<String>] = [:]
    /// Every inflected form of every verb the lexicon knows, triggers and classes alike.
    private(set) var verbForms: [String: VerbForm] = [:]
    /// First word of a leader's name, lowercased -> (name words, ISO3), longest names first.
    private(set) var leaders: [String: [(words: [String], iso3: String)]] = [:]

    static let shared: RelationLexicon = {
        guard let url = Bundle.module.url(forResource: "relation-lexicon", withExtension: "tsv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "relation-lexicon", withExtension: "tsv"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { fatalError("relation-lexicon.tsv is missing from the NewsExtraction bundle") }
        return RelationLexicon(tsv: text)
    }()

    init(tsv: String) {
        let rows = tsv.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        var irregular: [String: (past: String, participle: String)] = [:]
        for row in rows where row[0] == "irregular" { irregular[row[1]] = (row[2], row[3]) }
        for row in rows where row[0] == "words" { words[row[1], default: []].formUnion(Self.items(row[2])) }
        let doubling = words["doubling"] ?? []

        func inflect(_ lemma: String) -> [(String, VerbForm)] {
            VerbInflection.forms(of: lemma, irregular: irregular[lemma], doubles: doubling.contains(lemma))
        }
        for row in rows {
            switch row[0] {
            case "verb", "noun":
                let pattern = Self.items(row[2])
                let typeName = row[1]
                let isTransfer = typeName.hasPrefix("transfer:")
                let typeText = isTransfer ? String(typeName.dropFirst("transfer:".count)) : typeName
                let isNominal = row[0] == "noun"
                let trigger = Trigger(
                    type: RelationType(rawValue: typeText), isTransfer: isTransfer,
                    companions: isNominal ? [] : pattern.dropFirst().map { Set($0.split(separator: "|").map(String.init)) },
                    next: isNominal ? pattern.dropFirst().first : nil,
                    slots: Self.items(row[3]),
                    direction: row[4] == "<" ? .backward : row[4] == "~" ? .mutual : .forward,
                    isNominal: isNominal)
                if isNominal {
                    nouns[pattern[0], default: []].append(trigger)
                } else {
                    for (form, kind) in inflect(pattern[0]) {
                        verbs[form, default: []].append((trigger, kind))
                        verbForms[form] = verbForms[form] ?? kind
                    }
                }
            case "verbs":
                for lemma in Self.items(row[2]) {
                    for (form, kind) in inflect(lemma) {
                        verbClasses[form, default: []].insert(row[1])
                        verbForms[form] = verbForms[form] ?? kind
                    }
                }
            case "leader":
                for name in row[2].split(separator: "|") {
                    let parts = name.split(separator: " ").map { $0.lowercased() }
                    leaders[parts[0], default: []].append((parts, row[1]))
                }
            default: break
            }
        }
        for auxiliary in words["auxiliary"] ?? [] { verbForms[auxiliary] = verbForms[auxiliary] ?? .base }
        for key in leaders.keys { leaders[key]?.sort { $0.words.count > $1.words.count } }
    }

    private static func items(_ field: String) -> [String] {
        field.split(separator: " ").map(String.init)
    }

    func isWord(_ word: String, _ wordClass: String) -> Bool {
        words[wordClass]?.contains(word) ?? false
    }

    func isVerb(_ word: String, _ verbClass: String) -> Bool {
        verbClasses[word]?.contains(verbClass) ?? false
    }
}
