/// Why the event coder found a relation, for an analyst to judge it and a developer to debug it: which reading found
/// it, the lexicon pattern that matched, and, from a tree, the path from the trigger to each actor.
public struct RelationExplanation: Sendable, Hashable {
    /// "tree" (read from the sentence's dependency tree) or "words" (from the words around the trigger).
    public var reader: String
    /// The lexicon entry: its part of speech, type, words, slots and direction ("verb use_force attack [obj] >").
    public var pattern: String
    /// From the trigger to each actor, up ("<nsubj<") and down (">obj>") the tree: "attacked >obj> ports >amod>
    /// Ukrainian".
    public var paths: [String]

    public init(reader: String, pattern: String, paths: [String] = []) {
        self.reader = reader
        self.pattern = pattern
        self.paths = paths
    }
}
