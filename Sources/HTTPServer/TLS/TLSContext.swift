import COpenSSL

/// A server certificate and key loaded into OpenSSL, shared by every TLS connection. TLS 1.2 or later.
public final class TLSContext: @unchecked Sendable {
    // SSL_CTX is safe to share between threads once configured; it is never changed after init.
    let context: OpaquePointer

    /// - Parameters:
    ///   - certificateChainFile: PEM, the server certificate first, then any intermediates.
    ///   - privateKeyFile: PEM, the certificate's key (unencrypted).
    public init(certificateChainFile: String, privateKeyFile: String) throws(TLSError) {
        guard let context = SSL_CTX_new(TLS_server_method()) else { throw TLSError.fromQueue("SSL_CTX_new") }
        self.context = context
        guard newsgraph_SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION) == 1 else {
            throw TLSError.fromQueue("setting TLS 1.2 as the minimum")
        }
        newsgraph_SSL_CTX_set_server_modes(context)
        guard SSL_CTX_use_certificate_chain_file(context, certificateChainFile) == 1 else {
            throw TLSError.fromQueue("loading the certificate \(certificateChainFile)")
        }
        guard SSL_CTX_use_PrivateKey_file(context, privateKeyFile, SSL_FILETYPE_PEM) == 1 else {
            throw TLSError.fromQueue("loading the key \(privateKeyFile)")
        }
        guard SSL_CTX_check_private_key(context) == 1 else {
            throw TLSError.fromQueue("the key does not match the certificate")
        }
    }

    deinit {
        SSL_CTX_free(context)
    }
}

/// Why a TLS context could not be set up, with OpenSSL's own reason.
public struct TLSError: Error, CustomStringConvertible, Sendable {
    public let description: String

    /// The failed step, with the reasons on OpenSSL's error queue (which it empties).
    static func fromQueue(_ step: String) -> TLSError {
        var reasons: [String] = []
        while case let code = ERR_get_error(), code != 0 {
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            reasons.append(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return TLSError(description: reasons.isEmpty ? step : "\(step): \(reasons.joined(separator: "; "))")
    }
}
