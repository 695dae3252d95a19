import NewsExtraction

/// The directed, typed relations between countries, each with every report of it.
struct RelationGraph {
    struct Key: Hashable {
        var source: String
        var target: String
        var type: RelationType
    }

    /// One relation of one article.
    struct Report {
        var serial: UInt32
        /// Position of the relation in its article's extraction.
        var relation: UInt32
        var confidence: Double
        /// The reporting article's date, seconds since the reference date.
        var seen: Double
        /// Hash of the normalized sentence text: syndicated copies of a sentence share it.
        var sentenceKey: UInt64
    }

    struct Record {
        let key: Key
        /// Ascending by serial, so the reports of one article are adjacent.
        var reports: [Report] = []
        /// The graph's `version` when the reports last changed.
        var version: UInt64 = 0
    }

    private(set) var records: [Record] = []
    /// Counts changes to any edge, so that views of edges can recompute only what changed.
    private(set) var version: UInt64 = 0
    private var numbers: [Key: UInt32] = [:]
    private(set) var reportCount = 0

    var liveEdgeCount: Int { records.count { !$0.reports.isEmpty } }

    init() {}

    /// The graph of these records, as a snapshot kept them: the lookups and counts are rebuilt from the records.
    init(restoring records: [Record], version: UInt64) {
        self.records = records
        self.version = version
        numbers.reserveCapacity(records.count)
        for (number, record) in records.enumerated() {
            numbers[record.key] = UInt32(number)
            reportCount += record.reports.count
        }
    }

    /// Adds the article's relations; returns the edge of each, in order.
    mutating func add(serial: UInt32, seen: Double, relations: [IndexFacts.RelationFact]) -> [UInt32] {
        relations.enumerated().map { position, relation in
            let key = Key(source: relation.source, target: relation.target, type: relation.type)
            let number: UInt32
            if let known = numbers[key] {
                number = known
            } else {
                number = UInt32(records.count)
                numbers[key] = number
                records.append(Record(key: key))
            }
            let report = Report(
                serial: serial, relation: UInt32(position), confidence: relation.confidence, seen: seen,
                sentenceKey: relation.sentenceKey)
            records[Int(number)].reports.append(report)
            version += 1
            records[Int(number)].version = version
            reportCount += 1
            return number
        }
    }

    mutating func remove(serial: UInt32, edges: [UInt32]) {
        for number in Set(edges) {
            let range = Self.reports(of: serial, in: records[Int(number)].reports)
            records[Int(number)].reports.removeSubrange(range)
            version += 1
            records[Int(number)].version = version
            reportCount -= range.count
        }
    }

    private static func reports(of serial: UInt32, in reports: [Report]) -> Range<Int> {
        let start = reports.partitioningIndex { $0.serial >= serial }
        return start..<reports[start...].partitioningIndex { $0.serial > serial }
    }

    /// A key that ignores case and runs of white space, so copies of one sentence are recognized.
    static func sentenceKey(_ text: some Sequence<UInt8>) -> UInt64 {
        var hash = StableHash()
        var pendingSpace = false
        var started = false
        for byte in text {
            switch byte {
            case 0x20, 0x09, 0x0a, 0x0d:
                pendingSpace = started
            default:
                started = true
                if pendingSpace {
                    hash.combine(0x20)
                    pendingSpace = false
                }
                hash.combine(byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte)
            }
        }
        return hash.value
    }
}
