import Foundation
import NewsExtraction

@testable import NewsIndex

/// Stores and scratch directories for tests.
enum TestStores {
    static let extractor = ToyExtractor()

    static func inMemory() throws -> NewsStore {
        try NewsStore(directory: nil, extract: extractor.extract)
    }

    static func open(_ directory: URL, version: Int = 1, log: @escaping @Sendable (String) -> Void = { _ in }) throws
        -> NewsStore
    {
        try NewsStore(directory: directory, extractorVersion: version, extract: extractor.extract, log: log)
    }

    /// A fresh directory, removed when `body` returns.
    static func withDirectory<Result>(_ body: (URL) throws -> Result) throws -> Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "newsindex-tests-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }

    static func date(_ text: String) -> Date {
        try! Date(text + "T12:00:00Z", strategy: .iso8601)
    }
}
