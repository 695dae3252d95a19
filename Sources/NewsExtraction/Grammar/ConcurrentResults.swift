import Dispatch

/// Slots that concurrent iterations each fill once, at their own index, before anyone reads them.
final class ConcurrentResults<Value>: @unchecked Sendable {
    private(set) var value: [Value]
    private let lock = DispatchQueue(label: "newsgraph.grammar.results")

    init(_ value: [Value]) {
        self.value = value
    }

    func set(_ index: Int, _ element: Value) {
        lock.sync { value[index] = element }
    }
}
