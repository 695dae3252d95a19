/// A sentence of the article: its index and its span in Unicode scalars.
public struct Sentence: Sendable, Hashable {
    public var index: Int
    public var start: Int
    public var end: Int
    public var text: String

    public init(index: Int, start: Int, end: Int, text: String) {
        self.index = index
        self.start = start
        self.end = end
        self.text = text
    }
}
