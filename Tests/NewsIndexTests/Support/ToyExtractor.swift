import Foundation
import NewsExtraction

/// A small, exact extractor for tests: the store's contract does not depend on how extraction works,
/// so tests feed it extractions they can predict.
///
/// Sentences end at ". "; entities are the names of `known`, found as substrings; a sentence
/// "A <verb> B" with two countries yields a relation by `verbs`.
struct ToyExtractor: Sendable {
    struct Known: Sendable {
        var name: String
        var id: String
        var type: EntityType
        var codes: CountryCodes?
    }

    static let known: [Known] = [
        country("Russia", "RU", "RUS", "Q159"), country("Ukraine", "UA", "UKR", "Q212"),
        country("Iran", "IR", "IRN", "Q794"), country("North Korea", "KP", "PRK", "Q423"),
        country("France", "FR", "FRA", "Q142"),
        Known(name: "Vladimir Putin", id: "person:vladimir-putin", type: .person),
        Known(name: "NATO", id: "organization:nato", type: .organization),
        Known(name: "drones", id: "equipment:drone", type: .equipment),
    ]

    static let verbs: [(String, RelationType)] = [
        ("attacked", .useForce), ("sanctioned", .imposeSanctions), ("met", .meetOrNegotiate),
        ("supplied", .armsSupply), ("criticised", .criticiseOrAccuse),
    ]

    private static func country(_ name: String, _ iso2: String, _ iso3: String, _ wikidata: String) -> Known {
        Known(
            name: name, id: "country:" + iso3, type: .country,
            codes: CountryCodes(iso2: iso2, iso3: iso3, wikidata: wikidata))
    }

    func extract(_ text: String, publishedAt: Date? = nil) -> Extraction {
        let scalars = Array(text.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
        func occurrences(of word: String, in range: Range<Int>) -> [Int] {
            let needle = Array(word.unicodeScalars)
            guard range.count >= needle.count else { return [] }
            return (range.lowerBound...(range.upperBound - needle.count)).filter {
                Array(scalars[$0..<$0 + needle.count]) == needle
            }
        }
        var sentences: [Sentence] = []
        var start = 0
        var position = 0
        while position <= scalars.count {
            let atEnd = position == scalars.count
            if atEnd || (scalars[position] == "." && (position + 1 == scalars.count || scalars[position + 1] == " ")) {
                let end = atEnd ? position : position + 1
                if end > start {
                    sentences.append(Sentence(index: sentences.count, start: start, end: end, text: slice(start, end)))
                }
                start = end + 1
                position = end + 1
                continue
            }
            position += 1
        }
        var entities: [Entity] = []
        var relations: [Relation] = []
        for known in Self.known {
            var mentions: [Mention] = []
            for sentence in sentences {
                for offset in occurrences(of: known.name, in: sentence.start..<sentence.end) {
                    let end = offset + known.name.unicodeScalars.count
                    mentions.append(
                        Mention(
                            text: slice(offset, end), start: offset, end: end, sentence: sentence.index,
                            kind: known.type == .country ? .name : nil))
                }
            }
            if !mentions.isEmpty {
                entities.append(
                    Entity(
                        id: known.id, type: known.type, name: known.name, mentions: mentions, salience: 0.5,
                        codes: known.codes))
            }
        }
        for sentence in sentences {
            for (verb, type) in Self.verbs {
                for trigger in occurrences(of: " \(verb) ", in: sentence.start..<sentence.end) {
                    let countries = Self.known.filter { $0.type == .country }
                    let before = countries.last { !occurrences(of: $0.name, in: sentence.start..<trigger).isEmpty }
                    let after = countries.first {
                        !occurrences(of: $0.name, in: trigger..<sentence.end).isEmpty
                    }
                    guard let source = before?.codes?.iso3, let target = after?.codes?.iso3 else { continue }
                    let triggerStart = trigger + 1
                    let triggerEnd = triggerStart + verb.count
                    relations.append(
                        Relation(
                            source: source, target: target, type: type,
                            trigger: Span(text: slice(triggerStart, triggerEnd), start: triggerStart, end: triggerEnd),
                            sentence: sentence, confidence: 0.8))
                }
            }
        }
        return Extraction(sentences: sentences, entities: entities, relations: relations)
    }
}
