// libFuzzer target: arbitrary bytes, fed to HTTPParser in arbitrary splits, must never crash it, and every
// request it yields must respect the limits. Built into the HTTPServer module's sources by scripts/fuzz.sh.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTPParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var limits = HTTPParser.Limits()
    limits.maxHeaderBytes = 4096
    limits.maxBodyBytes = 65536
    limits.maxInflatedBodyBytes = 262_144
    var parser = HTTPParser(limits: limits)
    // The first byte picks the split size, so the fuzzer explores every way the stream can be cut.
    let step = Int(bytes.first ?? 1) % 64 + 1
    var offset = 0
    while offset < bytes.count {
        let end = min(bytes.count, offset + step)
        parser.append(bytes[offset..<end])
        offset = end
        while let event = parser.next() {
            switch event {
            case .request(let request):
                precondition(request.body.count <= limits.maxInflatedBodyBytes)
                _ = request.queryItems
                _ = request.keepAlive
                _ = request.path.percentDecoded
            case .failure:
                return 0
            case .continueExpected:
                break
            }
        }
    }
    return 0
}
