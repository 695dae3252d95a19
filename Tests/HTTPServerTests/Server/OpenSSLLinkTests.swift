import COpenSSL
import Testing

/// COpenSSL is there for the TLS transport to come: its headers import and its libraries link.
@Suite struct OpenSSLLinkTests {
    @Test func sha256OfABC() {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        let input = Array("abc".utf8)
        _ = SHA256(input, input.count, &digest)
        #expect(digest.prefix(4) == [0xBA, 0x78, 0x16, 0xBF])
        #expect(OpenSSL_version_num() >= 0x1010_0000)
        #expect(TLS_server_method() != nil)
    }
}
