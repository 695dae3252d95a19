import ArgumentParser
import Foundation
import HTTPServer
import Logging
import NewsAPI
import NewsExtraction
import NewsIndex

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the HTTP API (and the web page) until SIGTERM or SIGINT."
    )

    @Option(help: "Address to listen on; 0.0.0.0 listens on every interface.")
    var host = "127.0.0.1"

    @Option(help: "TCP port to listen on; 0 picks a free one.")
    var port = 8080

    @Option(help: "Folder of the journal that keeps the articles across restarts (created if absent).")
    var dataDir = "newsgraph-data"

    @Flag(help: "Keep articles in memory only: nothing is written to disk, everything is lost on exit.")
    var inMemory = false

    @Option(help: "Folder of the web page's files; default: Public/ beside the working directory or the binary.")
    var `public`: String?

    @Option(help: "Log level: trace, debug, info, notice, warning, error or critical.")
    var logLevel: String = "info"

    @Option(help: "Largest request body accepted, in bytes (413 beyond).")
    var maxBodyBytes = HTTPServerConfiguration().maxBodyBytes

    @Option(help: "Most connections open at once; more are refused until some close.")
    var maxConnections = HTTPServerConfiguration().maxConnections

    @Option(help: "Seconds a client has to send a request's headers (against slow clients).")
    var headerTimeout = 10

    @Option(help: "Seconds an idle keep-alive connection stays open.")
    var idleTimeout = 30

    @Option(help: "Seconds a request may take before the client gets 503.")
    var handlerTimeout = 30

    func validate() throws {
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
    }

    func run() throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in BufferedLogHandler(label: label, logLevel: level) }
        defer { LogSink.shared.flush() }
        let logger = Logger(label: "newsgraph")
        let extractor = Extractor()
        let directory = inMemory ? nil : URL(fileURLWithPath: dataDir, isDirectory: true)
        let store: NewsStore
        do {
            store = try NewsStore(directory: directory, extract: extractor.extract) { logger.notice("\($0)") }
        } catch {
            logger.critical("cannot open the data directory \(dataDir): \(error)")
            throw ExitCode.failure
        }
        let report = store.openReport
        logger.info(
            "opened \(inMemory ? "an in-memory store" : dataDir): \(report.articles) articles in \(String(format: "%.2f", report.seconds)) s"
        )

        var configuration = HTTPServerConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.maxBodyBytes = maxBodyBytes
        configuration.maxConnections = maxConnections
        configuration.headerReadTimeout = .seconds(headerTimeout)
        configuration.idleTimeout = .seconds(idleTimeout)
        configuration.handlerTimeout = .seconds(handlerTimeout)

        let publicDirectory = `public` ?? Self.defaultPublicDirectory()
        let api = NewsAPI(store: store, extractor: extractor, publicDirectory: publicDirectory, logger: logger)
        let server = HTTPServer(configuration: configuration, logger: logger, handler: api.handler)
        try server.start()
        logger.notice("listening on http://\(host):\(server.port)")
        server.runUntilTerminated()
        logger.notice("stopped")
    }

    /// Public/ in the working directory, else beside the executable (as the Docker image lays it out).
    private static func defaultPublicDirectory() -> String? {
        let candidates = [
            FileManager.default.currentDirectoryPath + "/Public",
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("Public")
                .path,
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/index.html") }
    }
}
