import Foundation
import HTTPServer

/// Typed access to a request's query parameters; a bad value is a 400 problem naming the parameter.
struct QueryParameters {
    private let items: [(name: String, value: String)]

    init(_ request: HTTPRequest) {
        items = request.queryItems
    }

    /// The parameter's value; nil when absent or empty. Given twice, it is a 400: which one was meant is not ours
    /// to guess.
    func string(_ name: String) throws(Problem) -> String? {
        var found: String?
        for item in items where item.name == name {
            guard found == nil else {
                throw .badRequest("query parameter '\(name)' is given more than once", field: name)
            }
            found = item.value
        }
        guard let found, !found.isEmpty else { return nil }
        return found
    }

    func int(_ name: String, in range: ClosedRange<Int>) throws(Problem) -> Int? {
        guard let text = try string(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw .badRequest(
                "query parameter '\(name)' must be an integer from \(range.lowerBound) to \(range.upperBound)",
                field: name)
        }
        return value
    }

    /// `true` or `false`.
    func bool(_ name: String) throws(Problem) -> Bool? {
        guard let text = try string(name) else { return nil }
        guard let value = Bool(text) else {
            throw .badRequest("query parameter '\(name)' must be true or false", field: name)
        }
        return value
    }

    /// An RFC 3339 timestamp or a date (`2024-03-05`).
    func date(_ name: String) throws(Problem) -> Date? {
        guard let text = try string(name) else { return nil }
        guard let date = RFC3339.parse(text) else {
            throw .badRequest(
                "query parameter '\(name)' must be an RFC 3339 timestamp or a date like 2024-03-05", field: name)
        }
        return date
    }

    /// One of a fixed set of values.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws(Problem) -> T?
    where T.RawValue == String {
        guard let text = try string(name) else { return nil }
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

extension QueryParameters {
    /// `offsets=scalars|utf16|utf8`, default scalars.
    func offsetUnit() throws(Problem) -> OffsetUnit {
        try choice("offsets", as: OffsetUnit.self) ?? .scalars
    }

    /// A country as ISO 3166-1 alpha-3 or alpha-2, in any case; answered as alpha-3. A well-formed code that names
    /// no country comes back upper-cased: it matches nothing, so the answer is empty rather than an error.
    func country(_ name: String) throws(Problem) -> String? {
        guard let text = try string(name) else { return nil }
        guard let code = CountryCode.resolve(text) else {
            throw .badRequest(
                "query parameter '\(name)' must be an ISO 3166-1 country code such as RUS or RU", field: name)
        }
        return code
    }
}
