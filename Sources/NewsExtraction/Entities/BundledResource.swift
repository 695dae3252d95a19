import Foundation

/// Files of the package's Resources folder.
enum BundledResource {
    static func bytes(_ name: String) -> [UInt8] {
        guard let url = Bundle.module.resourceURL?.appendingPathComponent("Resources/\(name)"),
            let data = try? Data(contentsOf: url)
        else { return [] }
        return [UInt8](data)
    }

    static func text(_ name: String) -> String { String(decoding: bytes(name), as: UTF8.self) }
}
