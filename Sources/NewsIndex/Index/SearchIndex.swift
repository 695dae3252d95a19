import Foundation

/// Inverted index for BM25 over title and text.
///
/// Terms are kept as 64-bit hashes of their lowercased UTF-8 (`StableHash`): no strings, and two terms
/// that collide (about one chance in 10^8 for a million terms) would only share a posting list. Each
/// posting list is a byte string of varint pairs (serial delta, frequency), about 2 bytes a posting.
///
/// Postings are in ingestion order, so the postings of the articles that existed when a search began
/// are a prefix: a cursor records that bound and the corpus statistics, and later pages score exactly
/// as the first one did, however many articles arrive in between.
struct SearchIndex {
    /// How often each term occurs in one article, and the article's length in terms.
    struct TermCounts: Sendable {
        struct Term: Sendable {
            var hash: UInt64
            var count: UInt32
        }

        /// Sorted by hash.
        private(set) var terms: [Term] = []
        private(set) var length = 0

        init(title: String?, text: String) {
            var hashes: [UInt64] = []
            hashes.reserveCapacity(text.utf8.count / 5)
            for part in [title ?? "", text] {
                SearchTokenizer.forEachTerm(in: part) { hashes.append(SearchIndex.hash($0)) }
            }
            length = hashes.count
            hashes.sort()
            var position = 0
            while position < hashes.count {
                var end = position + 1
                while end < hashes.count && hashes[end] == hashes[position] { end += 1 }
                terms.append(Term(hash: hashes[position], count: UInt32(end - position)))
                position = end
            }
        }
    }

    struct PostingList {
        var bytes: [UInt8] = []
        var lastSerial: UInt32 = 0

        mutating func append(serial: UInt32, frequency: UInt32) {
            ByteWriter.varint(UInt64(serial - lastSerial), into: &bytes)
            ByteWriter.varint(UInt64(frequency), into: &bytes)
            lastSerial = serial
        }

        /// Every posting up to `bound`, in order.
        func postings(upTo bound: UInt32) -> [(serial: UInt32, frequency: UInt32)] {
            var result: [(serial: UInt32, frequency: UInt32)] = []
            bytes.withUnsafeBytes { raw in
                var reader = ByteReader(raw)
                var serial: UInt32 = 0
                while !reader.isAtEnd, let delta = try? reader.varint(), let frequency = try? reader.varint() {
                    serial += UInt32(delta)
                    guard serial <= bound else { break }
                    result.append((serial, UInt32(frequency)))
                }
            }
            return result
        }
    }

    /// The corpus statistics a ranking was computed with.
    struct Statistics: Equatable {
        var documentCount: Int
        var averageLength: Double
    }

    private var lists: [UInt64: PostingList] = [:]
    /// Terms of each article by serial; 0 for those not indexed.
    private var lengths: [UInt32] = []
    private(set) var documentCount = 0
    private(set) var totalLength = 0

    static let k1 = 1.2
    static let b = 0.75

    static func hash(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = StableHash()
        hash.combine(term)
        return hash.value
    }

    var statistics: Statistics {
        Statistics(
            documentCount: documentCount,
            averageLength: documentCount == 0 ? 0 : Double(totalLength) / Double(documentCount))
    }

    /// Adds an article; serials must come in increasing order.
    mutating func add(serial: UInt32, _ counts: TermCounts) {
        for term in counts.terms {
            lists[term.hash, default: PostingList()].append(serial: serial, frequency: term.count)
        }
        if lengths.count <= Int(serial) { lengths += repeatElement(0, count: Int(serial) + 1 - lengths.count) }
        lengths[Int(serial)] = UInt32(counts.length)
        documentCount += 1
        totalLength += counts.length
    }

    mutating func remove(serial: UInt32, _ counts: TermCounts) {
        for term in counts.terms {
            guard let list = lists[term.hash] else { continue }
            var rebuilt = PostingList()
            for posting in list.postings(upTo: .max) where posting.serial != serial {
                rebuilt.append(serial: posting.serial, frequency: posting.frequency)
            }
            lists[term.hash] = rebuilt.bytes.isEmpty ? nil : rebuilt
        }
        lengths[Int(serial)] = 0
        documentCount -= 1
        totalLength -= counts.length
    }

    /// BM25 scores of the articles up to `bound` that contain any of the query's terms.
    func scores(query: String, bound: UInt32, statistics: Statistics) -> [(serial: UInt32, score: Double)] {
        var hashes = Set<UInt64>()
        SearchTokenizer.forEachTerm(in: query) { hashes.insert(Self.hash($0)) }
        var scores = [Double](repeating: 0, count: Int(bound) + 1)
        var matched: [UInt32] = []
        let n = Double(statistics.documentCount)
        let averageLength = max(statistics.averageLength, 1)
        for hash in hashes.sorted() {
            guard let postings = lists[hash]?.postings(upTo: bound), !postings.isEmpty else { continue }
            let documentFrequency = Double(postings.count)
            let idf = log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5))
            for posting in postings {
                let frequency = Double(posting.frequency)
                let normalized = 1 - Self.b + Self.b * Double(lengths[Int(posting.serial)]) / averageLength
                let weight = idf * frequency * (Self.k1 + 1) / (frequency + Self.k1 * normalized)
                if scores[Int(posting.serial)] == 0 { matched.append(posting.serial) }
                scores[Int(posting.serial)] += weight
            }
        }
        return matched.map { (serial: $0, score: scores[Int($0)]) }
    }
}
