import Foundation
import HTTPServer
import Logging
import NewsAPI
import NewsExtraction
import NewsIndex

/// A real NewsGraph server on an ephemeral loopback port, with an in-memory store.
final class TestServer: Sendable {
    let server: HTTPServer
    let store: NewsStore

    init(publicDirectory: String? = nil) throws {
        store = try NewsStore(directory: nil)
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let api = NewsAPI(store: store, publicDirectory: publicDirectory, logger: logger)
        var configuration = HTTPServerConfiguration()
        configuration.port = 0
        server = HTTPServer(configuration: configuration, logger: logger, handler: api.handler)
        try server.start()
    }

    deinit { server.shutdown() }

    func client() throws -> TestClient { try TestClient(port: server.port) }

    /// One request on a fresh connection.
    func request(
        _ method: String, _ target: String, headers: [String: String] = [:], body: [UInt8] = []
    ) throws -> TestResponse {
        try client().request(method, target, headers: headers, body: body)
    }

    func postJSON(_ target: String, _ object: [String: Any]) throws -> TestResponse {
        let body = try JSONSerialization.data(withJSONObject: object)
        return try request("POST", target, headers: ["Content-Type": "application/json"], body: Array(body))
    }
}

/// A response as it came off the wire.
struct TestResponse {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as a JSON object.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body))) as? [String: Any] ?? [:]
    }

    func header(_ name: String) -> String? { headers[name.lowercased()] }
}
