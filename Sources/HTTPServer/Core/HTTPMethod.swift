/// The request methods HTTP defines: RFC 9110's, PATCH (RFC 5789) and QUERY (the safe method with a body of the
/// HTTP working group). A route that does not take one of them answers 405 with `Allow`; any other method is 501.
public enum HTTPMethod: String, Sendable, Hashable, CaseIterable {
    case get = "GET"
    case head = "HEAD"
    case post = "POST"
    case put = "PUT"
    case delete = "DELETE"
    case patch = "PATCH"
    case options = "OPTIONS"
    case trace = "TRACE"
    case connect = "CONNECT"
    case query = "QUERY"
}
