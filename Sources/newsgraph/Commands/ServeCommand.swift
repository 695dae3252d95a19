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

    @Option(
        name: .customLong("api-key"), help: "A key that POST and DELETE need as Authorization: Bearer KEY (repeatable)."
    )
    var apiKeys: [String] = []

    @Option(help: "File of API keys, one a line; lines starting with # are comments.")
    var apiKeysFile: String?

    @Flag(help: "Every request but GET /healthz needs an API key, reads included.")
    var `private` = false

    @Option(
        name: .customLong("cors-origin"),
        help: "A web origin allowed to call the API from a browser (repeatable; * for any).")
    var corsOrigins: [String] = []

    @Option(help: "PEM certificate chain: serve HTTPS (TLS 1.2 or later) instead of HTTP; needs --tls-key.")
    var tlsCert: String?

    @Option(help: "PEM private key of --tls-cert.")
    var tlsKey: String?

    func validate() throws {
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard (tlsCert == nil) == (tlsKey == nil) else { throw ValidationError("--tls-cert and --tls-key go together") }
        if `private` && apiKeys.isEmpty && apiKeysFile == nil {
            throw ValidationError("--private needs --api-key or --api-keys-file")
        }
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
        let fromSnapshot = report.fromSnapshot > 0 ? " (\(report.fromSnapshot) records from the index snapshot)" : ""
        logger.info(
            "opened \(inMemory ? "an in-memory store" : dataDir): \(report.articles) articles in \(String(format: "%.2f", report.seconds)) s\(fromSnapshot)"
        )

        var configuration = HTTPServerConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.maxBodyBytes = maxBodyBytes
        configuration.maxConnections = maxConnections
        configuration.headerReadTimeout = .seconds(headerTimeout)
        configuration.idleTimeout = .seconds(idleTimeout)
        configuration.handlerTimeout = .seconds(handlerTimeout)
        if let tlsCert, let tlsKey {
            do {
                configuration.tls = try TLSContext(certificateChainFile: tlsCert, privateKeyFile: tlsKey)
            } catch {
                logger.critical("cannot set up TLS: \(error)")
                throw ExitCode.failure
            }
        }

        let publicDirectory = `public` ?? Self.defaultPublicDirectory()
        let api = NewsAPI(store: store, extractor: extractor, publicDirectory: publicDirectory, logger: logger)
        let server = HTTPServer(configuration: configuration, logger: logger, handler: try guarded(api.handler))
        try server.start()
        server.runUntilTerminated {
            logger.notice("listening on \(tlsCert == nil ? "http" : "https")://\(host):\(server.port)")
        }
        // What the next start would replay from the journal it can take from a snapshot instead.
        do {
            if try store.writeIndexSnapshot() { logger.info("wrote the index snapshot") }
        } catch {
            logger.warning("could not write the index snapshot: \(error)")
        }
        logger.notice("stopped")
    }

    /// The API behind its API keys and CORS policy, when they are configured.
    private func guarded(_ handler: @escaping HTTPHandler) throws -> HTTPHandler {
        var keys = apiKeys
        if let apiKeysFile {
            do {
                keys += try APIKeyAuthorization.keys(fromFile: apiKeysFile)
            } catch {
                throw ValidationError("cannot read --api-keys-file \(apiKeysFile): \(error)")
            }
            guard !keys.isEmpty else { throw ValidationError("--api-keys-file \(apiKeysFile) holds no key") }
        }
        var handler = handler
        if !keys.isEmpty {
            let authorization = APIKeyAuthorization(
                keys: keys, scope: `private` ? .everything : .writes, openPaths: ["/healthz"], realm: "newsgraph")
            handler = authorization.wrap(handler)
        }
        if !corsOrigins.isEmpty {
            handler = CORSPolicy(allowedOrigins: corsOrigins).wrap(handler)
        }
        return handler
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
