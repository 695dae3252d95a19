import Foundation
import HTTPServer

/// Typed access to a request's query parameters; a bad value is a 400 problem naming the parameter.
struct QueryParameters {
    private let items: [(name: String, value: String)]

    init(_ request: HTTPRequest) {
        items = request.queryItems
    }

    func string(_ name: String) -> String? {
        guard let value = items.first(where: { $0.name == name })?.value, !value.isEmpty else { return nil }
        return value
    }

    func int(_ name: String, in range: ClosedRange<Int>) throws(Problem) -> Int? {
        guard let text = string(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw .badRequest(
                "query parameter '\(name)' must be an integer from \(range.lowerBound) to \(range.upperBound)",
                field: name)
        }
        return value
    }

    /// An RFC 3339 timestamp or a date (`2024-03-05`).
    func date(_ name: String) throws(Problem) -> Date? {
        guard let text = string(name) else { return nil }
        guard let date = RFC3339.parse(text) else {
            throw .badRequest(
                "query parameter '\(name)' must be an RFC 3339 timestamp or a date like 2024-03-05", field: name)
        }
        return date
    }

    /// One of a fixed set of values.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws(Problem) -> T?
    where T.RawValue == String {
        guard let text = string(name) else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw .badRequest("query parameter '\(name)' must be one of: \(allowed)", field: name)
        }
        return value
    }

    /// The page size: `limit`, 1...1000, default 20.
    func limit(default value: Int = 20) throws(Problem) -> Int {
        try int("limit", in: 1...1000) ?? value
    }
}
