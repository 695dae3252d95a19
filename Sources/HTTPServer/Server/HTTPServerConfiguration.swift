/// Where the server listens, and its limits and timeouts. Every default is meant for production.
public struct HTTPServerConfiguration: Sendable {
    public var host = "127.0.0.1"
    /// 0 asks the kernel for an ephemeral port; `HTTPServer.port` tells which.
    public var port = 8080
    public var maxHeaderBytes = 16 * 1024
    public var maxBodyBytes = 4 * 1024 * 1024
    /// The limit on a gzip request body once inflated.
    public var maxInflatedBodyBytes = 16 * 1024 * 1024
    public var maxConnections = 1024
    /// How long a client may take to send a request head, counted from its first byte (slowloris).
    public var headerReadTimeout: Duration = .seconds(10)
    /// How long a keep-alive connection may sit idle, or a client may stall reading or sending.
    public var idleTimeout: Duration = .seconds(30)
    /// How long a handler may take before the client gets 503 and the connection closes.
    public var handlerTimeout: Duration = .seconds(30)
    /// How long `shutdown()` waits for in-flight requests before closing their connections.
    public var shutdownGracePeriod: Duration = .seconds(10)
    /// Smaller bodies are not worth gzipping.
    public var gzipMinimumBytes = 1024
    public var maxURIBytes = 8 * 1024
    /// When set, connections speak HTTPS with this certificate.
    public var tls: TLSContext?

    public init() {}

    var parserLimits: HTTPParser.Limits {
        var limits = HTTPParser.Limits()
        limits.maxHeaderBytes = maxHeaderBytes
        limits.maxURIBytes = maxURIBytes
        limits.maxBodyBytes = maxBodyBytes
        limits.maxInflatedBodyBytes = maxInflatedBodyBytes
        return limits
    }
}

extension Duration {
    var nanoseconds: UInt64 {
        let (seconds, attoseconds) = components
        return UInt64(max(0, seconds)) * 1_000_000_000 + UInt64(max(0, attoseconds) / 1_000_000_000)
    }
}
