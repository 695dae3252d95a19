import Foundation
import Synchronization

/// Request counters and a latency histogram, rendered in the Prometheus text format.
final class Metrics: Sendable {
    /// Upper bounds of the latency buckets, in seconds.
    static let buckets: [Double] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]

    private struct RouteStatus: Hashable {
        let method: String
        let route: String
        let status: Int
    }

    private struct State {
        var requests: [RouteStatus: Int] = [:]
        var bucketCounts = [Int](repeating: 0, count: Metrics.buckets.count)
        var latencyCount = 0
        var latencySum = 0.0
    }

    private let state = Mutex(State())

    func record(method: String, route: String, status: Int, seconds: Double) {
        state.withLock { state in
            state.requests[RouteStatus(method: method, route: route, status: status), default: 0] += 1
            if let bucket = Self.buckets.firstIndex(where: { seconds <= $0 }) { state.bucketCounts[bucket] += 1 }
            state.latencyCount += 1
            state.latencySum += seconds
        }
    }

    /// The exposition text; `gauges` are current values such as the number of articles.
    func render(gauges: [(name: String, help: String, value: Int)]) -> String {
        let snapshot = state.withLock { $0 }
        var text = "# HELP newsgraph_http_requests_total HTTP requests by route and status.\n"
        text += "# TYPE newsgraph_http_requests_total counter\n"
        let rows = snapshot.requests.sorted {
            ($0.key.route, $0.key.method, $0.key.status) < ($1.key.route, $1.key.method, $1.key.status)
        }
        for (key, count) in rows {
            text +=
                "newsgraph_http_requests_total{method=\"\(key.method)\",route=\"\(Self.escape(key.route))\",status=\"\(key.status)\"} \(count)\n"
        }
        text += "# HELP newsgraph_http_request_duration_seconds Time from a complete request to its response.\n"
        text += "# TYPE newsgraph_http_request_duration_seconds histogram\n"
        var cumulative = 0
        for (bound, count) in zip(Self.buckets, snapshot.bucketCounts) {
            cumulative += count
            text += "newsgraph_http_request_duration_seconds_bucket{le=\"\(bound)\"} \(cumulative)\n"
        }
        text += "newsgraph_http_request_duration_seconds_bucket{le=\"+Inf\"} \(snapshot.latencyCount)\n"
        text += "newsgraph_http_request_duration_seconds_sum \(snapshot.latencySum)\n"
        text += "newsgraph_http_request_duration_seconds_count \(snapshot.latencyCount)\n"
        for gauge in gauges {
            text += "# HELP \(gauge.name) \(gauge.help)\n# TYPE \(gauge.name) gauge\n\(gauge.name) \(gauge.value)\n"
        }
        return text
    }

    private static func escape(_ label: String) -> String {
        label.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
