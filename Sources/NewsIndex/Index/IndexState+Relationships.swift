import Foundation
import NewsExtraction

extension IndexState {
    /// Most evidence items an edge carries.
    static let maximumEvidence = 5

    /// A relationship filter with its country codes resolved to alpha-3 and dates in seconds.
    struct EdgeFilter {
        var country: String?
        var with: String?
        var type: RelationType?
        var quadClass: Int?
        var from: Double?
        var to: Double?

        var hasDates: Bool { from != nil || to != nil }

        func matches(_ key: RelationGraph.Key) -> Bool {
            if let type, key.type != type { return false }
            if let quadClass, key.type.quadClass != quadClass { return false }
            switch (country, with) {
            case (let one?, let other?):
                return (key.source == one && key.target == other) || (key.source == other && key.target == one)
            case (let one?, nil), (nil, let one?):
                return key.source == one || key.target == one
            case (nil, nil):
                return true
            }
        }

        func covers(_ seen: Double) -> Bool {
            if let from, seen < from { return false }
            if let to, seen > to { return false }
            return true
        }
    }

    func edgeFilter(_ filter: RelationshipFilter) -> EdgeFilter {
        EdgeFilter(
            country: filter.country.map(alpha3), with: filter.with.map(alpha3), type: filter.type,
            quadClass: filter.quadClass, from: filter.from?.timeIntervalSinceReferenceDate,
            to: filter.to?.timeIntervalSinceReferenceDate)
    }

    /// An edge's numbers and its best reports, before the evidence is read out of the articles.
    struct EdgeSummary {
        var key: RelationGraph.Key
        var count: Int
        var articleCount: Int
        var firstSeen: Double
        var lastSeen: Double
        /// Best first, at most `maximumEvidence`: one report for each distinct sentence.
        var evidence: [RelationGraph.Report]

        /// Most reported first, then the most articles, the most recent, and by name.
        static func isMoreReported(_ a: Self, _ b: Self) -> Bool {
            if a.count != b.count { return a.count > b.count }
            if a.articleCount != b.articleCount { return a.articleCount > b.articleCount }
            if a.lastSeen != b.lastSeen { return a.lastSeen > b.lastSeen }
            return (a.key.source, a.key.target, a.key.type.rawValue) < (b.key.source, b.key.target, b.key.type.rawValue)
        }
    }

    /// The matching edges, most reported first.
    func edgeSummaries(_ filter: EdgeFilter) -> [EdgeSummary] {
        var summaries: [EdgeSummary] = []
        for record in graph.records where !record.reports.isEmpty && filter.matches(record.key) {
            if let summary = summarize(record, filter) { summaries.append(summary) }
        }
        summaries.sort(by: EdgeSummary.isMoreReported)
        return summaries
    }

    /// One edge over the reports the filter's dates cover; copies of one sentence count once.
    func summarize(_ record: RelationGraph.Record, _ filter: EdgeFilter) -> EdgeSummary? {
        if record.reports.count == 1, let report = record.reports.first {
            guard filter.covers(report.seen) else { return nil }
            return EdgeSummary(
                key: record.key, count: 1, articleCount: 1, firstSeen: report.seen, lastSeen: report.seen,
                evidence: [report])
        }
        var best: [UInt64: RelationGraph.Report] = [:]
        var articleCount = 0
        var lastSerial: UInt32?
        var firstSeen = Double.infinity
        var lastSeen = -Double.infinity
        for report in record.reports where filter.covers(report.seen) {
            if report.serial != lastSerial {
                articleCount += 1
                lastSerial = report.serial
            }
            firstSeen = min(firstSeen, report.seen)
            lastSeen = max(lastSeen, report.seen)
            // Of the copies of one sentence, the most confident, then the earliest, stands for all.
            if let current = best[report.sentenceKey],
                (current.confidence, -current.seen, -Double(current.serial))
                    >= (report.confidence, -report.seen, -Double(report.serial))
            {
                continue
            }
            best[report.sentenceKey] = report
        }
        guard !best.isEmpty else { return nil }
        let evidence = best.values.sorted { a, b in
            (a.confidence, a.seen, a.serial) > (b.confidence, b.seen, b.serial)
        }
        return EdgeSummary(
            key: record.key, count: best.count, articleCount: articleCount, firstSeen: firstSeen, lastSeen: lastSeen,
            evidence: Array(evidence.prefix(Self.maximumEvidence)))
    }

    /// The edge with its best `evidenceLimit` reports read out of their articles.
    func edge(_ summary: EdgeSummary, evidenceLimit: Int) -> Edge {
        let type = summary.key.type
        return Edge(
            source: summary.key.source, target: summary.key.target, type: type, quadClass: type.quadClass,
            goldstein: type.goldstein, count: summary.count, articleCount: summary.articleCount,
            firstSeen: Date(timeIntervalSinceReferenceDate: summary.firstSeen),
            lastSeen: Date(timeIntervalSinceReferenceDate: summary.lastSeen),
            evidence: summary.evidence.prefix(max(0, evidenceLimit)).map(evidence(for:)))
    }

    private func evidence(for report: RelationGraph.Report) -> Evidence {
        let stored = articles[Int(report.serial)]!
        let relation = stored.decodedRelations[Int(report.relation)]
        return Evidence(
            articleID: stored.id, sentence: relation.sentence.text, trigger: relation.trigger.text, mode: relation.mode,
            confidence: relation.confidence, date: Date(timeIntervalSinceReferenceDate: report.seen))
    }

    /// Both directions between two countries with the monthly counts; `filter` supplies type, class and dates.
    func pair(_ a: String, _ b: String, filter: EdgeFilter, evidenceLimit: Int) -> CountryPair {
        var pairFilter = filter
        pairFilter.country = alpha3(a)
        pairFilter.with = alpha3(b)
        let edges = edgeSummaries(pairFilter).map { edge($0, evidenceLimit: evidenceLimit) }
        struct Bucket: Hashable {
            var month: String
            var edge: Int
        }
        var sentences: [Bucket: Set<UInt64>] = [:]
        for (number, record) in graph.records.enumerated() where pairFilter.matches(record.key) {
            for report in record.reports where pairFilter.covers(report.seen) {
                sentences[Bucket(month: CivilMonth.of(report.seen), edge: number), default: []].insert(
                    report.sentenceKey)
            }
        }
        var months: [String: [TimelineCount]] = [:]
        for (bucket, keys) in sentences {
            let key = graph.records[bucket.edge].key
            months[bucket.month, default: []].append(
                TimelineCount(source: key.source, target: key.target, type: key.type, count: keys.count))
        }
        let timeline = months.keys.sorted().map { month in
            TimelineMonth(
                month: month,
                counts: months[month]!.sorted {
                    ($0.source, $0.target, $0.type.rawValue) < ($1.source, $1.target, $1.type.rawValue)
                })
        }
        return CountryPair(a: pairFilter.country!, b: pairFilter.with!, edges: edges, timeline: timeline)
    }

    /// Countries at the ends of the edges, with their corpus counts.
    func graph(edges: [Edge]) -> CountryGraph {
        var codes: [String] = []
        var seen = Set<String>()
        for edge in edges {
            for code in [edge.source, edge.target] where seen.insert(code).inserted { codes.append(code) }
        }
        let nodes = codes.sorted().map { code in
            let record = entities.record("country:" + code)
            return CountryNode(
                id: code, name: record?.name ?? code, iso2: record?.codes?.iso2,
                articleCount: record?.articles.count ?? 0, mentionCount: record?.mentionCount ?? 0)
        }
        return CountryGraph(nodes: nodes, edges: edges)
    }

    /// Every matching relation of every article, oldest first.
    func events(_ filter: EdgeFilter) -> [EventRow] {
        var reports: [RelationGraph.Report] = []
        for record in graph.records where filter.matches(record.key) {
            reports.append(contentsOf: record.reports.lazy.filter { filter.covers($0.seen) })
        }
        reports.sort { ($0.seen, $0.serial, $0.relation) < ($1.seen, $1.serial, $1.relation) }
        var decoded: (serial: UInt32, relations: [Relation])?
        return reports.map { report in
            let stored = articles[Int(report.serial)]!
            if decoded?.serial != report.serial { decoded = (report.serial, stored.decodedRelations) }
            let relation = decoded!.relations[Int(report.relation)]
            return EventRow(
                date: Date(timeIntervalSinceReferenceDate: report.seen), source: relation.source,
                target: relation.target, type: relation.type, cameo: relation.cameo,
                rootCode: String(relation.cameo.prefix(2)), quadClass: relation.quadClass,
                goldstein: relation.goldstein, mode: relation.mode, confidence: relation.confidence,
                articleID: stored.id, url: stored.url, sentence: relation.sentence.text)
        }
    }
}
