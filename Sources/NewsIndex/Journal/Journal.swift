import Foundation

/// The append-only file of accepted articles and deletions.
final class Journal: Sendable {
    static func open(
        directory: URL, extractorVersion: Int, extract: @escaping NewsStore.Extract, into index: inout IndexState,
        log: @escaping @Sendable (String) -> Void
    ) throws -> (journal: Journal, report: OpenReport) {
        fatalError("not yet")
    }
}
