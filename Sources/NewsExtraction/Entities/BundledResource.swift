import Foundation

/// Files of the package's Resources folder.
enum BundledResource {
    /// The file's bytes, or none when it is missing. The copied folder may sit inside the bundle's folder or be
    /// it, so both paths are tried. Straight paths rather than `Bundle.url(forResource:)`, which lists directories
    /// on every call.
    static func bytes(_ name: String) -> [UInt8] {
        for url in urls(name) {
            if let data = try? Data(contentsOf: url) { return [UInt8](data) }
        }
        return []
    }

    /// The file mapped, not read: its pages are read from the page cache as they are first touched.
    static func file(_ name: String) -> WeightFile? {
        urls(name).lazy.compactMap { WeightFile(mapping: $0.path) }.first
    }

    private static func urls(_ name: String) -> [URL] {
        let folder = Bundle.module.bundleURL
        return [folder.appendingPathComponent("Resources/\(name)"), folder.appendingPathComponent(name)]
    }

    static func text(_ name: String) -> String { String(decoding: bytes(name), as: UTF8.self) }
}
