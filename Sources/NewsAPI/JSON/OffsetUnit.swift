/// The unit in which offsets are reported: Unicode scalars (default), UTF-16 code units or UTF-8 bytes.
public enum OffsetUnit: String, Sendable, CaseIterable {
    case scalars, utf16, utf8

    /// Converts scalar offsets of one text into this unit.
    func converter(for text: String) -> OffsetConverter {
        OffsetConverter(text: text, unit: self)
    }
}

/// Maps scalar offsets of a text to another unit, with a prefix table built once per text.
struct OffsetConverter {
    private let prefix: [Int]?

    init(text: String, unit: OffsetUnit) {
        switch unit {
        case .scalars:
            prefix = nil
        case .utf16, .utf8:
            var table: [Int] = [0]
            table.reserveCapacity(text.unicodeScalars.count + 1)
            var total = 0
            for scalar in text.unicodeScalars {
                total += unit == .utf16 ? UTF16.width(scalar) : UTF8.width(scalar)
                table.append(total)
            }
            prefix = table
        }
    }

    func callAsFunction(_ offset: Int) -> Int {
        guard let prefix else { return offset }
        return prefix[min(max(offset, 0), prefix.count - 1)]
    }
}
