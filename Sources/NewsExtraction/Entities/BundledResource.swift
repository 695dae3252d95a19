import Foundation

/// Files of the package's Resources folder.
enum BundledResource {
    /// The file's bytes, or none when it is missing. The copied folder may sit inside the bundle's folder or be
    /// it, so both paths are tried. Straight paths rather than `Bundle.url(forResource:)`, which lists directories
    /// on every call.
    static func bytes(_ name: String) -> [UInt8] {
        let folder = Bundle.module.bundleURL
        for url in [folder.appendingPathComponent("Resources/\(name)"), folder.appendingPathComponent(name)] {
            if let data = try? Data(contentsOf: url) { return [UInt8](data) }
        }
        return []
    }

    static func text(_ name: String) -> String { String(decoding: bytes(name), as: UTF8.self) }
}
