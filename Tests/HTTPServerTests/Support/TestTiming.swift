import Foundation

/// How long socket tests wait for the server. Sanitizers slow the server several times over, so
/// scripts/sanitizers.sh sets NEWSGRAPH_TEST_TIME_SCALE and these waits stretch with it; the timeouts that
/// tests measure (header, idle, handler) do not.
enum TestTiming {
    static let scale = ProcessInfo.processInfo.environment["NEWSGRAPH_TEST_TIME_SCALE"].flatMap(Double.init) ?? 1

    /// `seconds` stretched by the scale.
    static func seconds(_ seconds: Double) -> Double { seconds * scale }
}
