import Foundation
import NewsExtraction

extension IndexState {
    /// The serials of one page of articles, and the cursor of the next.
    func articlePage(_ query: ArticleQuery) throws -> (serials: [UInt32], nextCursor: String?) {
        let limit = max(0, query.limit)
        let text = query.q?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        // Either kind of cursor is a position in either list: a listing continues below the last serial handed
        // out; a search ranks what the first page ranked, with its statistics, after the last hit.
        let cursor = try query.cursor.map { try Cursor(decoding: $0, kinds: ["n": 1, "r": 5]) }
        let cursorString = query.cursor ?? ""
        let lastSerial = try cursor.map { try Cursor.decimal($0.fields[$0.kind == "n" ? 0 : 4], in: cursorString) }
        if text.isEmpty {
            guard let filter = articleFilter(query) else { return ([], nil) }
            let before = lastSerial.map { Int(min($0, UInt64(articles.count))) } ?? articles.count
            return newestPage(filter, before: before, limit: limit)
        }
        let newest = UInt64(max(articles.count - 1, 0))
        var bound = UInt32(newest)
        var statistics = search.statistics
        var after: (score: Double, serial: UInt32)?
        if let cursor, let lastSerial {
            if cursor.kind == "n" {
                guard lastSerial > 0 else { return ([], nil) }
                bound = UInt32(min(lastSerial - 1, newest))
            } else {
                bound = UInt32(min(try Cursor.decimal(cursor.fields[0], in: cursorString), newest))
                let count = try Cursor.decimal(cursor.fields[1], in: cursorString)
                let average = Double(bitPattern: try Cursor.bits(cursor.fields[2], in: cursorString))
                let score = Double(bitPattern: try Cursor.bits(cursor.fields[3], in: cursorString))
                statistics = SearchIndex.Statistics(
                    documentCount: Int(count), averageLength: average.isNaN ? statistics.averageLength : average)
                after = (score, UInt32(min(lastSerial, UInt64(UInt32.max))))
            }
        }
        guard !articles.isEmpty, let filter = articleFilter(query) else { return ([], nil) }
        var ranked = search.scores(query: text, bound: bound, statistics: statistics)
        if !filter.isEmpty {
            ranked.removeAll { hit in
                guard let stored = articles[Int(hit.serial)] else { return true }
                return !matches(stored, serial: hit.serial, filter)
            }
        }
        if let after {
            ranked.removeAll { $0.score > after.score || ($0.score == after.score && $0.serial >= after.serial) }
        }
        ranked.sort { (a: (serial: UInt32, score: Double), b: (serial: UInt32, score: Double)) -> Bool in
            a.score != b.score ? a.score > b.score : a.serial > b.serial
        }
        let page = ranked.prefix(limit).map { $0.serial }
        guard ranked.count > limit, let last = ranked.prefix(limit).last else { return (page, nil) }
        let next = Cursor(
            "r",
            [
                String(bound), String(statistics.documentCount), Self.bits(statistics.averageLength),
                Self.bits(last.score), String(last.serial),
            ])
        return (page, next.encoded)
    }

    /// Restrictions of an article query; `nil` when nothing can match (an unknown entity or country).
    struct ArticleFilter {
        /// Ascending serials to choose from, when an entity narrows the choice.
        var candidates: [UInt32]?
        /// Entities an article must also name.
        var required: [UInt32]
        var from: Double?
        var to: Double?

        var isEmpty: Bool { candidates == nil && required.isEmpty && from == nil && to == nil }
    }

    private func articleFilter(_ query: ArticleQuery) -> ArticleFilter? {
        var numbers: [UInt32] = []
        for id in [query.entity, query.country.map { "country:" + alpha3($0) }].compactMap({ $0 }) {
            guard let number = entities.number(of: id) else { return nil }
            numbers.append(number)
        }
        numbers.sort { entities.records[Int($0)].articles.count < entities.records[Int($1)].articles.count }
        return ArticleFilter(
            candidates: numbers.first.map { entities.records[Int($0)].articles }, required: Array(numbers.dropFirst()),
            from: query.from?.timeIntervalSinceReferenceDate, to: query.to?.timeIntervalSinceReferenceDate)
    }

    private func matches(_ stored: StoredArticle, serial: UInt32, _ filter: ArticleFilter) -> Bool {
        let seen = stored.seen
        if let from = filter.from, seen < from { return false }
        if let to = filter.to, seen > to { return false }
        if let candidates = filter.candidates {
            let position = candidates.partitioningIndex { $0 >= serial }
            guard position < candidates.count && candidates[position] == serial else { return false }
        }
        return filter.required.allSatisfy { number in stored.entityLinks.contains { $0.entity == number } }
    }

    /// Newest first by ingestion: serials below `before`.
    private func newestPage(_ filter: ArticleFilter, before: Int, limit: Int) -> ([UInt32], String?) {
        var page: [UInt32] = []
        var hasMore = false
        func consider(_ serial: UInt32) -> Bool {
            guard let stored = articles[Int(serial)], matches(stored, serial: serial, filter) else { return true }
            guard page.count < limit else {
                hasMore = true
                return false
            }
            page.append(serial)
            return true
        }
        let end = min(max(before, 0), articles.count)
        if let candidates = filter.candidates {
            let upper = candidates.partitioningIndex { $0 >= end }
            for serial in candidates[..<upper].reversed() where !consider(serial) { break }
        } else {
            for serial in (0..<end).reversed() where !consider(UInt32(serial)) { break }
        }
        guard hasMore, let last = page.last else { return (page, nil) }
        return (page, Cursor("n", [String(last)]).encoded)
    }

    /// A Double's bits as 16 hex digits, for a cursor.
    private static func bits(_ value: Double) -> String {
        let digits = String(value.bitPattern, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
