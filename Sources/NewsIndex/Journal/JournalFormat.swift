import CZlib

/// How a journal file frames its records.
///
/// Format 2, written now: each record is a marker, the payload's length and a CRC32 of length and payload
/// (little-endian 32-bit), then the payload. The marker lets start-up look past a damaged record for later
/// valid ones, which tells damage from a torn tail. Format 1 had no marker and a CRC32 of the payload only;
/// it is still read, and rewritten in format 2 on start.
struct JournalFormat: Sendable, Equatable {
    let version: Int

    static let current = JournalFormat(version: 2)
    static let known = [current, JournalFormat(version: 1)]
    /// Starts every format 2 record; 0xF5 never occurs in UTF-8 text, so the marker is rare inside records.
    static let marker: [UInt8] = [0xF5, 0x4E, 0x47, 0x52]

    /// The first bytes of the file.
    var magic: [UInt8] { Array("NGJRNL\(version)\n".utf8) }

    var headerSize: Int { version == 1 ? 8 : 12 }

    /// Where one record lies in the file, as its header says.
    struct Frame {
        var offset: Int
        var payload: Range<Int>
        var checksum: UInt32

        var end: Int { payload.upperBound }
    }

    /// The record whose header starts at `offset`, if the header is plausible: the marker is there, and the
    /// length is not zero and stays within the file. The checksum is left to `verifies`.
    func frame(in bytes: UnsafeRawBufferPointer, at offset: Int) -> Frame? {
        guard offset >= 0, offset + headerSize <= bytes.count else { return nil }
        var position = offset
        if version >= 2 {
            for (index, byte) in Self.marker.enumerated() where bytes[offset + index] != byte { return nil }
            position += Self.marker.count
        }
        let length = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: position, as: UInt32.self)))
        let checksum = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: position + 4, as: UInt32.self))
        let start = position + 8
        guard length > 0, length <= bytes.count - start else { return nil }
        return Frame(offset: offset, payload: start..<start + length, checksum: checksum)
    }

    /// Whether the record's bytes match its checksum.
    func verifies(_ frame: Frame, in bytes: UnsafeRawBufferPointer) -> Bool {
        let payload = UnsafeRawBufferPointer(rebasing: bytes[frame.payload])
        guard version >= 2 else { return Self.checksum(payload) == frame.checksum }
        let length = UnsafeRawBufferPointer(
            rebasing: bytes[frame.payload.lowerBound - 8..<frame.payload.lowerBound - 4])
        return Self.checksum(payload, continuing: Self.checksum(length)) == frame.checksum
    }

    /// The offset of the first whole, valid record after `offset`, if there is one.
    func nextRecord(in bytes: UnsafeRawBufferPointer, after offset: Int) -> Int? {
        var candidate = offset + 1
        while candidate + headerSize <= bytes.count {
            if let frame = frame(in: bytes, at: candidate), verifies(frame, in: bytes) { return candidate }
            candidate += 1
        }
        return nil
    }

    /// A payload framed in this format, ready to append.
    func frame(_ payload: [UInt8]) -> [UInt8] {
        var writer = ByteWriter(capacity: payload.count + headerSize)
        if version >= 2 { writer.bytes.append(contentsOf: Self.marker) }
        writer.fixed32(UInt32(payload.count))
        let checksum = payload.withUnsafeBytes { payload in
            guard version >= 2 else { return Self.checksum(payload) }
            let length = writer.bytes.suffix(4).withUnsafeBytes { Self.checksum($0) }
            return Self.checksum(payload, continuing: length)
        }
        writer.fixed32(checksum)
        writer.bytes.append(contentsOf: payload)
        return writer.bytes
    }

    /// The checksum a framed record (as `frame(_:)` made it) carries in its header.
    func checksum(ofFrame frame: [UInt8]) -> UInt32 {
        let offset = version >= 2 ? Self.marker.count + 4 : 4
        return frame.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
    }

    static func checksum(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
        UInt32(crc32(uLong(crc), bytes.baseAddress?.assumingMemoryBound(to: Bytef.self), uInt(bytes.count)))
    }
}
