import Foundation
import NewsExtraction

extension IndexState {
    /// Where an entity stands in a sort: smaller comes first.
    struct EntitySortKey: Comparable {
        /// The count sorted by, negated so that larger counts come first; 0 for the name sort.
        var count: Int
        var name: String
        var id: String

        init(_ record: EntityIndex.Record, _ sort: EntityQuery.Sort) {
            switch sort {
            case .mentions: count = -record.mentionCount
            case .articles: count = -record.articles.count
            case .name: count = 0
            }
            name = sort == .name ? record.lowercasedName : ""
            id = record.id
        }

        init(count: Int, name: String, id: String) {
            self.count = count
            self.name = name
            self.id = id
        }

        static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.count, lhs.name, lhs.id) < (rhs.count, rhs.name, rhs.id)
        }
    }

    /// The live entities in the order of `sort`: what the store caches between writes.
    func entityOrder(_ sort: EntityQuery.Sort) -> [UInt32] {
        let records = entities.records
        var keyed: [(key: EntitySortKey, number: UInt32)] = []
        keyed.reserveCapacity(entities.liveCount)
        for (number, record) in records.enumerated() where record.isLive {
            keyed.append((EntitySortKey(record, sort), UInt32(number)))
        }
        keyed.sort { $0.key < $1.key }
        return keyed.map(\.number)
    }

    /// One page of entities from `order` (the cached `entityOrder(query.sort)`).
    func entityPage(_ query: EntityQuery, order: [UInt32]) throws -> (items: [EntitySummary], nextCursor: String?) {
        let records = entities.records
        let limit = max(0, query.limit)
        let prefix = query.q?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        var start = 0
        if let cursor = query.cursor {
            // The key of the last entity handed out, read under this query's sort (any key is a position).
            let fields = try Cursor(decoding: cursor, kinds: ["e": 3]).fields
            let after = EntitySortKey(
                count: try Cursor.signedDecimal(fields[0], in: cursor),
                name: try Cursor.text(hex: fields[1], in: cursor), id: try Cursor.text(hex: fields[2], in: cursor))
            start = order.partitioningIndex { EntitySortKey(records[Int($0)], query.sort) > after }
        }
        if query.sort == .name && !prefix.isEmpty {
            start = max(start, order.partitioningIndex { records[Int($0)].lowercasedName >= prefix })
        }
        var items: [EntitySummary] = []
        var last: EntitySortKey?
        for number in order[start...] {
            let record = records[Int(number)]
            if !prefix.isEmpty && !record.lowercasedName.hasPrefix(prefix) {
                if query.sort == .name { break }
                continue
            }
            if let type = query.type, record.type != type { continue }
            guard items.count < limit else {
                let key = last!
                let fields = [String(key.count), Cursor.hex(key.name), Cursor.hex(key.id)]
                return (items, Cursor("e", fields).encoded)
            }
            items.append(record.summary)
            last = EntitySortKey(record, query.sort)
        }
        return (items, nil)
    }

    func entityDetail(id: String, articleLimit: Int, cooccurringLimit: Int) -> EntityDetail? {
        guard let number = entities.number(of: id) else { return nil }
        let record = entities.records[Int(number)]
        guard record.isLive else { return nil }
        let articleIDs = record.articles.suffix(max(0, articleLimit)).reversed().compactMap { articles[Int($0)]?.id }
        var shared = [UInt32](repeating: 0, count: entities.records.count)
        var companions: [UInt32] = []
        for serial in record.articles {
            for link in articles[Int(serial)]?.entityLinks ?? [] where link.entity != number {
                if shared[Int(link.entity)] == 0 { companions.append(link.entity) }
                shared[Int(link.entity)] += 1
            }
        }
        companions.sort { a, b in
            shared[Int(a)] != shared[Int(b)]
                ? shared[Int(a)] > shared[Int(b)] : entities.records[Int(a)].id < entities.records[Int(b)].id
        }
        let cooccurring = companions.prefix(max(0, cooccurringLimit)).map {
            Cooccurrence(entity: entities.records[Int($0)].summary, articleCount: Int(shared[Int($0)]))
        }
        return EntityDetail(summary: record.summary, articleIDs: Array(articleIDs), cooccurring: cooccurring)
    }
}
