/// The names of a model's classes (part-of-speech tags, dependency labels) and their numbers.
struct Vocabulary: Sendable, Equatable {
    let names: [String]
    private let numbers: [String: Int]

    init(_ names: [String]) {
        self.names = names
        numbers = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every distinct name of `values`, sorted, so the same data gives the same numbers.
    init<Values: Sequence>(collecting values: Values) where Values.Element == String {
        self.init(Set(values).sorted())
    }

    var count: Int { names.count }

    func number(_ name: String) -> Int? { numbers[name] }
}
