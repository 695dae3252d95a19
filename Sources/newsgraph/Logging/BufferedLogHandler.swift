import Foundation
import Logging
import NewsAPI

/// A swift-log handler that formats one line per event and hands it to the shared `LogSink`.
struct BufferedLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var text = "\(RFC3339.format(Date())) \(event.level) \(label): \(event.message)"
        let merged = event.metadata.map { metadata.merging($0) { $1 } } ?? metadata
        for (key, value) in merged.sorted(by: { $0.key < $1.key }) { text += " \(key)=\(value)" }
        if let error = event.error { text += " error=\(error)" }
        LogSink.shared.write(text + "\n", urgent: event.level >= .warning)
    }
}
