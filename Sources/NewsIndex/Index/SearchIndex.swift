import Foundation

/// Inverted index for BM25 over title and text.
///
/// Postings are kept in ingestion order, so the postings of the articles that existed when a search began
/// are a prefix: a cursor records that bound and the corpus statistics, and later pages score exactly
/// as the first one did, however many articles arrive in between.
struct SearchIndex {
    struct Posting {
        var serial: UInt32
        var frequency: UInt32
    }

    /// How often each term occurs in one article, and the article's length in terms.
    struct TermCounts: Sendable {
        var counts: [String: UInt32] = [:]
        var length = 0

        init(title: String?, text: String) {
            counts.reserveCapacity(256)
            for part in [title ?? "", text] {
                SearchTokenizer.forEachTerm(in: part) { term in
                    counts[term, default: 0] += 1
                    length += 1
                }
            }
        }
    }

    /// The corpus statistics a ranking was computed with.
    struct Statistics: Equatable {
        var documentCount: Int
        var averageLength: Double
    }

    private var termNumbers: [String: UInt32] = [:]
    private var postings: [[Posting]] = []
    private(set) var documentCount = 0
    private(set) var totalLength = 0

    static let k1 = 1.2
    static let b = 0.75

    var statistics: Statistics {
        Statistics(
            documentCount: documentCount,
            averageLength: documentCount == 0 ? 0 : Double(totalLength) / Double(documentCount))
    }

    mutating func add(serial: UInt32, _ terms: TermCounts) {
        for (term, frequency) in terms.counts {
            let number: Int
            if let known = termNumbers[term] {
                number = Int(known)
            } else {
                number = postings.count
                termNumbers[term] = UInt32(number)
                postings.append([])
            }
            postings[number].append(Posting(serial: serial, frequency: frequency))
        }
        documentCount += 1
        totalLength += terms.length
    }

    mutating func remove(serial: UInt32, _ terms: TermCounts) {
        for term in terms.counts.keys {
            guard let number = termNumbers[term].map(Int.init) else { continue }
            let position = postings[number].partitioningIndex { $0.serial >= serial }
            if position < postings[number].count && postings[number][position].serial == serial {
                postings[number].remove(at: position)
            }
        }
        documentCount -= 1
        totalLength -= terms.length
    }

    /// BM25 scores of the articles up to `bound` that contain any of the query's terms.
    func scores(
        query: String, bound: UInt32, statistics: Statistics, length: (UInt32) -> Int
    ) -> [(serial: UInt32, score: Double)] {
        var terms = Set<String>()
        SearchTokenizer.forEachTerm(in: query) { terms.insert($0) }
        var scores = [Double](repeating: 0, count: Int(bound) + 1)
        var matched: [UInt32] = []
        let n = Double(statistics.documentCount)
        let averageLength = max(statistics.averageLength, 1)
        for term in terms.sorted() {
            guard let number = termNumbers[term].map(Int.init) else { continue }
            let list = postings[number]
            let end = list.partitioningIndex { $0.serial > bound }
            guard end > 0 else { continue }
            let documentFrequency = Double(end)
            let idf = log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5))
            for posting in list[..<end] {
                let frequency = Double(posting.frequency)
                let normalized = 1 - Self.b + Self.b * Double(length(posting.serial)) / averageLength
                let weight = idf * frequency * (Self.k1 + 1) / (frequency + Self.k1 * normalized)
                if scores[Int(posting.serial)] == 0 { matched.append(posting.serial) }
                scores[Int(posting.serial)] += weight
            }
        }
        return matched.map { (serial: $0, score: scores[Int($0)]) }
    }
}

extension RandomAccessCollection {
    /// The first index where `predicate` holds, in a collection where it holds for a suffix.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if predicate(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
