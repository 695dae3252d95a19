import NewsExtraction

/// Everything between two countries, in both directions, with a month-by-month timeline.
public struct CountryPair: Sendable, Hashable {
    /// Alpha-3 codes, as asked.
    public var a: String
    public var b: String
    /// Both directions, by count.
    public var edges: [Edge]
    /// Oldest month first; only months with reports.
    public var timeline: [TimelineMonth]

    public init(a: String, b: String, edges: [Edge], timeline: [TimelineMonth]) {
        self.a = a
        self.b = b
        self.edges = edges
        self.timeline = timeline
    }
}

/// One month of a pair's timeline: counts per direction and type.
public struct TimelineMonth: Sendable, Hashable {
    /// "2024-03" (UTC).
    public var month: String
    public var counts: [TimelineCount]

    public init(month: String, counts: [TimelineCount]) {
        self.month = month
        self.counts = counts
    }
}

/// Reports of one direction and type within a month; syndicated copies count once.
public struct TimelineCount: Sendable, Hashable {
    public var source: String
    public var target: String
    public var type: RelationType
    public var count: Int

    public init(source: String, target: String, type: RelationType, count: Int) {
        self.source = source
        self.target = target
        self.type = type
        self.count = count
    }
}
