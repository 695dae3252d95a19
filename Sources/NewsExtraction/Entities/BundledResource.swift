import Foundation

/// Files of the package's Resources folder.
enum BundledResource {
    /// The file's bytes, or none when it is missing. Foundation may see the copied folder as the bundle's own
    /// resource folder or as a subfolder of it, so both are tried.
    static func bytes(_ name: String) -> [UInt8] {
        let bundle = Bundle.module
        guard
            let url = bundle.url(forResource: name, withExtension: nil)
                ?? bundle.url(forResource: name, withExtension: nil, subdirectory: "Resources"),
            let data = try? Data(contentsOf: url)
        else { return [] }
        return [UInt8](data)
    }

    static func text(_ name: String) -> String { String(decoding: bytes(name), as: UTF8.self) }
}
