import Foundation
import Testing

/// Byte fixtures from Fixtures/, kept byte for byte (CRLF line ends).
enum Fixtures {
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return Array(try Data(contentsOf: url))
    }
}
