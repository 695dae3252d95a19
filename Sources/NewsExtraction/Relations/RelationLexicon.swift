import Foundation

/// The words the event coder knows: triggers per relation type, closed word classes, verb classes
/// and leaders, read once from `Resources/relation-lexicon.tsv`.
struct RelationLexicon: Sendable {
    /// Lowercased word -> what it can be.
    private(set) var entries: [String: WordInfo] = [:]
    /// First word of a leader's name, lowercased -> (name words, ISO3), longest names first: the names the entity
    /// recognizer takes as people. The event coder dates people with `ActorLexicon` instead.
    private(set) var leaders: [String: [(words: [String], iso3: String)]] = [:]

    /// Every word with an entry: triggers, their forms and the closed classes.
    var words: [String] { Array(entries.keys) }

    static let shared: RelationLexicon = {
        let text = BundledResource.text("relation-lexicon.tsv")
        guard !text.isEmpty else { fatalError("relation-lexicon.tsv is missing from the NewsExtraction bundle") }
        // CAMEO's verbs (scripts/make-verbs.py) after the hand-written ones, which they never repeat.
        return RelationLexicon(tsv: text + "\n" + BundledResource.text("cameo-verbs.tsv"))
    }()

    init(tsv: String) {
        // Over UTF-8 bytes: splitting by Character would walk grapheme clusters, several times slower.
        let rows = tsv.utf8.split(separator: UInt8(ascii: "\n")).filter { $0.first != UInt8(ascii: "#") }
            .map { Self.fields($0, separator: UInt8(ascii: "\t"), omittingEmpty: false) }
        var irregular: [String: (past: String, participle: String)] = [:]
        for row in rows where row[0] == "irregular" { irregular[row[1]] = (row[2], row[3]) }
        for row in rows where row[0] == "words" {
            guard let wordClass = WordClass(rawValue: row[1]) else { continue }
            for word in Self.items(row[2]) { entries[word, default: .unknown].classes |= wordClass.bit }
        }

        func inflect(_ lemma: String) -> [(String, VerbForm)] {
            VerbInflection.forms(
                of: lemma, irregular: irregular[lemma], doubles: entries[lemma]?.has(.doubling) ?? false)
        }
        for row in rows {
            switch row[0] {
            case "verb", "noun":
                let pattern = Self.items(row[2])
                let isTransfer = row[1].hasPrefix("transfer:")
                let typeName = isTransfer ? String(row[1].dropFirst("transfer:".count)) : row[1]
                let isNominal = row[0] == "noun"
                var trigger = Trigger(
                    type: RelationType(rawValue: typeName), isTransfer: isTransfer,
                    companions: isNominal
                        ? [] : pattern.dropFirst().map { Set($0.split(separator: "|").map(String.init)) },
                    next: isNominal ? pattern.dropFirst().first : nil,
                    slots: Self.items(row[3]),
                    direction: row[4] == "<" ? .backward : row[4] == "~" ? .mutual : .forward,
                    isNominal: isNominal)
                trigger.pattern = "\(row[0]) \(row[1]) \(row[2]) [\(row[3])] \(row[4])"
                if isNominal {
                    entries[pattern[0], default: .unknown].nounTriggers.append(trigger)
                } else {
                    for (form, kind) in inflect(pattern[0]) {
                        var info = entries[form] ?? .unknown
                        info.verbTriggers.append((trigger, kind))
                        info.verbForm = info.verbForm ?? kind
                        entries[form] = info
                    }
                }
            case "verbs":
                guard let wordClass = WordClass(rawValue: row[1]) else { continue }
                for lemma in Self.items(row[2]) {
                    for (form, kind) in inflect(lemma) {
                        var info = entries[form] ?? .unknown
                        info.classes |= wordClass.bit
                        info.verbForm = info.verbForm ?? kind
                        entries[form] = info
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
        for (word, info) in entries where info.has(.auxiliary) && info.verbForm == nil {
            entries[word]?.verbForm = .base
        }
        for key in leaders.keys { leaders[key]?.sort { $0.words.count > $1.words.count } }
    }

    private static func items(_ field: String) -> [String] {
        fields(field.utf8[...], separator: UInt8(ascii: " "), omittingEmpty: true)
    }

    private static func fields(_ text: Substring.UTF8View, separator: UInt8, omittingEmpty: Bool) -> [String] {
        text.split(separator: separator, omittingEmptySubsequences: omittingEmpty).map {
            String(decoding: $0, as: UTF8.self)
        }
    }

    func info(_ word: String) -> WordInfo {
        entries[word] ?? .unknown
    }

    func isWord(_ word: String, _ wordClass: WordClass) -> Bool {
        info(word).has(wordClass)
    }

    /// Whether a name after `before` (the lowercased words before it, nearest first; a country's words empty) can be
    /// its clause's subject: no preposition or verb governs it, past its titles and country ("After talks with
    /// Chinese Premier Li Qiang, Olaf Scholz met ...": Scholz).
    func isSubjectPosition(before: some Sequence<String>) -> Bool {
        for word in before where !word.isEmpty && !PersonTitles.isTitle(word) && word != "the" {
            let info = info(word)
            return !info.has(.preposition) && info.verbForm == nil && !word.hasSuffix("ing")
        }
        return true
    }
}
