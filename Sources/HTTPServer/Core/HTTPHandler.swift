/// What the server calls for each complete request. Runs on a concurrent Dispatch queue.
public typealias HTTPHandler = @Sendable (HTTPRequest) -> HTTPResponse
