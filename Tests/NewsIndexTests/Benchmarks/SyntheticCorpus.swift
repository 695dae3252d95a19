import Foundation

@testable import NewsExtraction
@testable import NewsIndex

/// Deterministic articles of news-like length and vocabulary, with an extraction to match, for benchmarks:
/// about 3 KB of text, 20 sentences, 25 mentions of 12 entities and 3 relations an article.
struct SyntheticCorpus {
    private let words: [String]
    /// Cumulative Zipf weights of `words`.
    private let cumulative: [Double]
    private let countries: [(name: String, iso2: String, iso3: String)]
    private let people: [String]
    private let organizations: [String]

    init() {
        var generator = SplitMix64(seed: 42)
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let words = (0..<40_000).map { _ in
            String((0..<(3 + generator.below(8))).map { _ in letters[generator.below(26)] })
        }
        self.words = words
        var total = 0.0
        cumulative = (1...words.count).map { rank in
            total += 1 / Double(rank)
            return total
        }
        func name() -> String {
            let word = words[generator.below(words.count)]
            return word.prefix(1).uppercased() + word.dropFirst()
        }
        countries = (0..<60).map { number in
            let code = String(format: "%03d", number)
            return (name() + "land", String(letters[number / 26]) + String(letters[number % 26]), "Z" + code.suffix(2))
        }
        people = (0..<3_000).map { _ in name() + " " + name() }
        organizations = (0..<800).map { _ in "Ministry of " + name() }
    }

    private func word(_ generator: inout SplitMix64) -> String {
        let target = Double(generator.next() % 1_000_000) / 1_000_000 * cumulative.last!
        return words[cumulative.partitioningIndex { $0 >= target }]
    }

    func article(_ number: Int) -> (draft: ArticleDraft, extraction: Extraction) {
        var generator = SplitMix64(seed: UInt64(number) &* 7919 &+ 1)
        var text = ""
        var offset = 0
        var sentences: [Sentence] = []
        var mentions: [String: (entity: Entity, mentions: [Mention])] = [:]
        var relations: [Relation] = []
        func append(_ piece: String) {
            text += piece
            offset += piece.utf8.count
        }
        func mention(_ id: String, _ type: EntityType, _ name: String, codes: CountryCodes? = nil) {
            let item = Mention(
                text: name, start: offset, end: offset + name.utf8.count, sentence: sentences.count,
                kind: type == .country ? .name : nil)
            mentions[id, default: (Entity(id: id, type: type, name: name, mentions: [], codes: codes), [])]
                .mentions.append(item)
            append(name)
        }
        append("Report \(number). ")
        sentences.append(Sentence(index: 0, start: 0, end: offset - 1, text: "Report \(number)."))
        let sentenceCount = 16 + generator.below(8)
        for _ in 0..<sentenceCount {
            let start = offset
            var countriesHere: [String] = []
            let length = 14 + generator.below(14)
            for position in 0..<length {
                if position > 0 { append(" ") }
                let roll = generator.below(100)
                if roll < 4 {
                    let country = countries[generator.below(countries.count)]
                    countriesHere.append(country.iso3)
                    mention(
                        "country:" + country.iso3, .country, country.name,
                        codes: CountryCodes(iso2: country.iso2, iso3: country.iso3, wikidata: "Q1"))
                } else if roll < 6 {
                    let person = people[generator.below(people.count)]
                    mention("person:" + person.lowercased().replacingOccurrences(of: " ", with: "-"), .person, person)
                } else if roll < 7 {
                    let organization = organizations[generator.below(organizations.count)]
                    mention(
                        "organization:" + organization.lowercased().replacingOccurrences(of: " ", with: "-"),
                        .organization, organization)
                } else {
                    append(word(&generator))
                }
            }
            append(".")
            let sentence = Sentence(
                index: sentences.count, start: start, end: offset, text: String(text.utf8.suffix(offset - start))!)
            if countriesHere.count >= 2 && countriesHere[0] != countriesHere[1] {
                let type = RelationType.allCases[generator.below(RelationType.allCases.count)]
                relations.append(
                    Relation(
                        source: countriesHere[0], target: countriesHere[1], type: type,
                        trigger: Span(text: String(sentence.text.prefix(4)), start: start, end: start + 4),
                        sentence: sentence, confidence: Double(generator.below(100)) / 100))
            }
            sentences.append(sentence)
            append(" ")
        }
        let entities = mentions.values.map { item in
            var entity = item.entity
            entity.mentions = item.mentions
            return entity
        }.sorted { $0.id < $1.id }
        let day = Double(number % 1_000) * 86_400
        return (
            ArticleDraft(
                text: text, title: "Synthetic report \(number)", url: "https://news.example/\(number)",
                source: "Synthetic", publishedAt: Date(timeIntervalSinceReferenceDate: 700_000_000 + day)),
            Extraction(sentences: sentences, entities: entities, relations: relations)
        )
    }
}

extension SplitMix64 {
    /// A number in `0..<bound`; the slight modulo bias does not matter to a synthetic corpus.
    fileprivate mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
