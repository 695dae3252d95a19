import Foundation
import NewsExtraction

/// Corpus-wide entities: names, counts, the articles that name each, and when.
struct EntityIndex {
    struct Record {
        let id: String
        let type: EntityType
        var name: String
        var lowercasedName: String
        var codes: CountryCodes?
        var country: String?
        var mentionCount = 0
        /// Serials of the articles that name it, ascending.
        var articles: [UInt32] = []
        var firstSeen = Double.infinity
        var lastSeen = -Double.infinity

        var isLive: Bool { !articles.isEmpty }

        var summary: EntitySummary {
            EntitySummary(
                id: id, type: type, name: name, mentionCount: mentionCount, articleCount: articles.count,
                firstSeen: Date(timeIntervalSinceReferenceDate: firstSeen),
                lastSeen: Date(timeIntervalSinceReferenceDate: lastSeen), codes: codes, country: country)
        }
    }

    /// One entity of one article.
    struct Link {
        var entity: UInt32
        var mentions: UInt32
    }

    private(set) var records: [Record] = []
    private var numbers: [String: UInt32] = [:]
    private(set) var liveCount = 0
    /// Alpha-2 to alpha-3, learned from the country entities seen.
    private(set) var alpha3ByAlpha2: [String: String] = [:]

    init() {}

    /// The index of these records, as a snapshot kept them: the lookups are rebuilt from the records.
    init(restoring records: [Record]) {
        self.records = records
        numbers.reserveCapacity(records.count)
        for (number, record) in records.enumerated() {
            numbers[record.id] = UInt32(number)
            if record.isLive { liveCount += 1 }
            if let codes = record.codes { alpha3ByAlpha2[codes.iso2.uppercased()] = codes.iso3.uppercased() }
        }
    }

    func number(of id: String) -> UInt32? { numbers[id] }

    func record(_ id: String) -> Record? { numbers[id].map { records[Int($0)] } }

    /// Links the article's entities; entities named twice in one extraction are merged.
    mutating func add(serial: UInt32, seen: Double, entities: [IndexFacts.EntityFact]) -> [Link] {
        var links: [Link] = []
        links.reserveCapacity(entities.count)
        for entity in entities {
            let number: UInt32
            if let known = numbers[entity.id] {
                number = known
            } else {
                number = UInt32(records.count)
                numbers[entity.id] = number
                records.append(
                    Record(
                        id: entity.id, type: entity.type, name: entity.name,
                        lowercasedName: entity.name.lowercased()))
            }
            let wasLive = records[Int(number)].isLive
            if records[Int(number)].codes == nil, let codes = entity.codes {
                alpha3ByAlpha2[codes.iso2.uppercased()] = codes.iso3.uppercased()
            }
            let isNewLink = update(number) { record in
                // An entity that comes back after its articles were deleted takes its new name.
                if !wasLive && record.name != entity.name {
                    record.name = entity.name
                    record.lowercasedName = entity.name.lowercased()
                }
                if record.codes == nil { record.codes = entity.codes }
                if record.country == nil { record.country = entity.country }
                record.mentionCount += entity.mentionCount
                record.firstSeen = min(record.firstSeen, seen)
                record.lastSeen = max(record.lastSeen, seen)
                guard record.articles.last != serial else { return false }
                record.articles.append(serial)
                return true
            }
            if !wasLive { liveCount += 1 }
            if isNewLink {
                links.append(Link(entity: number, mentions: UInt32(entity.mentionCount)))
            } else if let index = links.firstIndex(where: { $0.entity == number }) {
                links[index].mentions += UInt32(entity.mentionCount)
            }
        }
        return links
    }

    /// Unlinks an article; `seen` gives the date of each remaining article, to recompute first and last seen.
    mutating func remove(serial: UInt32, links: [Link], seen: (UInt32) -> Double) {
        for link in links {
            let isLive = update(link.entity) { record in
                record.mentionCount -= Int(link.mentions)
                let position = record.articles.partitioningIndex { $0 >= serial }
                if position < record.articles.count && record.articles[position] == serial {
                    record.articles.remove(at: position)
                }
                record.firstSeen = .infinity
                record.lastSeen = -.infinity
                for other in record.articles {
                    let date = seen(other)
                    record.firstSeen = min(record.firstSeen, date)
                    record.lastSeen = max(record.lastSeen, date)
                }
                return record.isLive
            }
            if !isLive { liveCount -= 1 }
        }
    }

    /// Changes a record in place, so its article list is never copied.
    private mutating func update<Result>(_ number: UInt32, _ body: (inout Record) -> Result) -> Result {
        body(&records[Int(number)])
    }
}
