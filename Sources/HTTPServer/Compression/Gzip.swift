import CZlib

/// gzip through zlib: response bodies out, request bodies in.
enum Gzip {
    enum InflateError: Error {
        case corrupt
        case tooLarge
    }

    /// windowBits 15 with 16 added selects the gzip wrapper; 32 added lets inflate detect gzip or zlib.
    private static let gzipWindowBits: Int32 = 15 + 16
    private static let detectWindowBits: Int32 = 15 + 32

    static func compress(_ input: [UInt8], level: Int32 = 6) -> [UInt8] {
        var stream = z_stream()
        guard
            deflateInit2_(
                &stream, level, Z_DEFLATED, gzipWindowBits, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
                Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { return input }
        defer { deflateEnd(&stream) }
        let capacity = Int(deflateBound(&stream, uLong(input.count)))
        var output = [UInt8](repeating: 0, count: capacity)
        var produced = 0
        input.withUnsafeBufferPointer { inputBytes in
            output.withUnsafeMutableBufferPointer { outputBytes in
                stream.next_in = UnsafeMutablePointer(mutating: inputBytes.baseAddress)
                stream.avail_in = uInt(inputBytes.count)
                stream.next_out = outputBytes.baseAddress
                stream.avail_out = uInt(outputBytes.count)
                _ = deflate(&stream, Z_FINISH)
                produced = outputBytes.count - Int(stream.avail_out)
            }
        }
        output.removeLast(output.count - produced)
        return output
    }

    static func decompress(_ input: [UInt8], limit: Int) throws(InflateError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, detectWindowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { throw .corrupt }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var piece = [UInt8](repeating: 0, count: 64 * 1024)
        let status: Int32 = input.withUnsafeBufferPointer { inputBytes in
            stream.next_in = UnsafeMutablePointer(mutating: inputBytes.baseAddress)
            stream.avail_in = uInt(inputBytes.count)
            while true {
                let (result, produced) = piece.withUnsafeMutableBufferPointer { pieceBytes in
                    stream.next_out = pieceBytes.baseAddress
                    stream.avail_out = uInt(pieceBytes.count)
                    let result = inflate(&stream, Z_NO_FLUSH)
                    return (result, pieceBytes.count - Int(stream.avail_out))
                }
                if output.count + produced > limit { return Z_MEM_ERROR }
                output.append(contentsOf: piece[..<produced])
                if result != Z_OK || (stream.avail_in == 0 && produced == 0) { return result }
            }
        }
        switch status {
        case Z_STREAM_END: return output
        case Z_MEM_ERROR: throw .tooLarge
        default: throw .corrupt
        }
    }
}
