import COpenSSL

/// Guards a handler with API keys: a request must carry `Authorization: Bearer KEY` with one of the keys.
///
/// Only SHA-256 digests of the keys are kept, and a presented key is checked against every one of them
/// with a constant-time comparison, so neither the answer's timing nor an early exit tells how close a
/// guess came or which key matched.
public struct APIKeyAuthorization: Sendable {
    /// Which requests need a key.
    public enum Scope: Sendable {
        /// Every method but GET and HEAD: reads stay open.
        case writes
        /// Every request, except those to `openPaths`.
        case everything
    }

    public let scope: Scope
    /// Paths (exact, as sent) that never need a key, such as a health check.
    public let openPaths: Set<String>
    /// The realm named in `WWW-Authenticate`.
    public let realm: String
    private let digests: [[UInt8]]

    public init(keys: [String], scope: Scope = .writes, openPaths: Set<String> = [], realm: String) {
        self.scope = scope
        self.openPaths = openPaths
        self.realm = realm
        digests = keys.map { Self.digest(Array($0.utf8)) }
    }

    /// The handler that answers 401 unless the request is open or carries a valid key.
    public func wrap(_ handler: @escaping HTTPHandler) -> HTTPHandler {
        { [self] request in
            guard needsKey(request) else { return handler(request) }
            guard let token = bearerToken(request) else {
                return unauthorized("This request needs an API key: send Authorization: Bearer KEY.", error: nil)
            }
            guard accepts(token) else {
                return unauthorized("The API key is not valid.", error: "invalid_token")
            }
            return handler(request)
        }
    }

    func needsKey(_ request: HTTPRequest) -> Bool {
        switch scope {
        case .writes: request.method != .get && request.method != .head
        case .everything: !openPaths.contains(request.path)
        }
    }

    /// Whether `token` is one of the keys; it looks at every key whatever the answer.
    func accepts(_ token: [UInt8]) -> Bool {
        let presented = Self.digest(token)
        var matched: UInt8 = 0
        for digest in digests {
            var difference: UInt8 = 0
            for index in 0..<presented.count { difference |= digest[index] ^ presented[index] }
            // 1 when difference is 0, else 0, without a branch.
            matched |= UInt8(truncatingIfNeeded: (UInt16(difference) &- 1) >> 8)
        }
        return matched != 0
    }

    private func bearerToken(_ request: HTTPRequest) -> [UInt8]? {
        guard let value = request.headers["Authorization"] else { return nil }
        let bytes = Array(value.utf8)
        let scheme = Array("bearer ".utf8)
        let lowered = bytes.prefix(scheme.count).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        guard lowered == scheme else { return nil }
        let token = bytes[scheme.count...].drop { $0 == 0x20 }
        return token.isEmpty ? nil : Array(token)
    }

    private func unauthorized(_ detail: String, error: String?) -> HTTPResponse {
        var response = HTTPResponse.problem(.unauthorized, detail: detail)
        var challenge = "Bearer realm=\"\(realm)\""
        if let error { challenge += ", error=\"\(error)\"" }
        response.headers.set("WWW-Authenticate", challenge)
        return response
    }

    private static func digest(_ bytes: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        _ = SHA256(bytes, bytes.count, &digest)
        return digest
    }
}
