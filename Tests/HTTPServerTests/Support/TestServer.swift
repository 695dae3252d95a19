import Foundation
import Logging

@testable import HTTPServer

/// Test configuration: ephemeral port and short timeouts, so timeout tests finish quickly.
func testConfiguration() -> HTTPServerConfiguration {
    var configuration = HTTPServerConfiguration()
    configuration.port = 0
    configuration.headerReadTimeout = .milliseconds(500)
    configuration.idleTimeout = .seconds(TestTiming.seconds(3))
    configuration.handlerTimeout = .seconds(TestTiming.seconds(3))
    configuration.shutdownGracePeriod = .seconds(TestTiming.seconds(3))
    return configuration
}

let quietLogger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

/// Runs `body` against a started server, shutting it down afterwards.
func withServer<Result>(
    _ configuration: HTTPServerConfiguration = testConfiguration(), handler: @escaping HTTPHandler,
    _ body: (HTTPServer) throws -> Result
) throws -> Result {
    let server = HTTPServer(configuration: configuration, logger: quietLogger, handler: handler)
    try server.start()
    defer { server.shutdown() }
    return try body(server)
}

/// Echoes method, path and body; the path `/sleep` waits first.
let echoHandler: HTTPHandler = { request in
    if request.path == "/sleep" { usleep(200_000) }
    let text = "\(request.method.rawValue) \(request.path) \(String(decoding: request.body, as: UTF8.self))"
    return HTTPResponse(contentType: "text/plain", body: Array(text.utf8))
}
