/// BILOU tags over a list of entity classes: tag 0 is outside, then Begin, Inside, Last, Unit for each class.
///
/// BILOU rather than BIO because a first-order tagger then sees where a name ends, which helps on CoNLL.
public struct TagScheme: Sendable, Hashable {
    /// The entity classes, in tag order: ["PER", "ORG", "LOC", "MISC"].
    public let classes: [String]

    public static let conll = TagScheme(classes: ["PER", "ORG", "LOC", "MISC"])

    public init(classes: [String]) {
        self.classes = classes
    }

    public var tagCount: Int { 1 + 4 * classes.count }

    private enum Part: Int {
        case begin = 0
        case inside, last, unit
    }

    private func tag(_ part: Part, _ label: Int) -> Int { 1 + 4 * label + part.rawValue }

    private func part(_ tag: Int) -> Part? { tag == 0 ? nil : Part(rawValue: (tag - 1) % 4) }

    private func label(_ tag: Int) -> Int { (tag - 1) / 4 }

    /// The tag of each of `length` tokens that spell out `spans`.
    public func encode(_ spans: [TagSpan], length: Int) -> [Int] {
        var tags = [Int](repeating: 0, count: length)
        for span in spans {
            if span.end - span.start == 1 {
                tags[span.start] = tag(.unit, span.label)
                continue
            }
            tags[span.start] = tag(.begin, span.label)
            for index in span.start + 1..<span.end - 1 { tags[index] = tag(.inside, span.label) }
            tags[span.end - 1] = tag(.last, span.label)
        }
        return tags
    }

    /// The spans a well-formed tag sequence spells out.
    public func decode(_ tags: [Int]) -> [TagSpan] {
        var spans: [TagSpan] = []
        var start = 0
        for (index, tag) in tags.enumerated() {
            switch part(tag) {
            case .begin: start = index
            case .last: spans.append(TagSpan(start: start, end: index + 1, label: label(tag)))
            case .unit: spans.append(TagSpan(start: index, end: index + 1, label: label(tag)))
            case .inside, nil: break
            }
        }
        return spans
    }

    /// Whether tag `next` may follow tag `previous` (`nil`: the sentence's start).
    func allows(_ previous: Int?, _ next: Int) -> Bool {
        let open = previous.map { part($0) == .begin || part($0) == .inside } ?? false
        switch part(next) {
        case .inside, .last: return open && label(previous!) == label(next)
        case .begin, .unit, nil: return !open
        }
    }

    /// Whether a sentence may end on `tag`.
    func allowsEnd(_ tag: Int) -> Bool {
        let last = part(tag)
        return last != .begin && last != .inside
    }
}

/// Tokens `start..<end` of a sentence name one thing of class `label` (an index into `TagScheme.classes`).
public struct TagSpan: Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var label: Int

    public init(start: Int, end: Int, label: Int) {
        self.start = start
        self.end = end
        self.label = label
    }
}
