/// Cuts a text into tokens and sentences, with offsets in Unicode scalars.
///
/// Tokens follow CoNLL-2003 and Penn Treebank conventions (see `TokenScanner`); sentences follow
/// `SentenceSplitter`. One pass over the scalars, then one over the token spans.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ text: String) -> TokenizedText {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var sentences: [Sentence] = []
        var sentenceTokens: [Range<Int>] = []
        scalars.withUnsafeBufferPointer { buffer in
            var scanner = TokenScanner(buffer)
            let spans = scanner.scan()
            let starts = SentenceSplitter(scalars: buffer).sentenceStarts(spans)
            tokens.reserveCapacity(spans.count)
            sentences.reserveCapacity(starts.count)
            sentenceTokens.reserveCapacity(starts.count)
            for (index, first) in starts.enumerated() {
                let end = index + 1 < starts.count ? starts[index + 1] : spans.count
                for span in spans[first..<end] {
                    let text = Self.string(buffer, span.start, span.end)
                    tokens.append(Token(text: text, start: span.start, end: span.end, sentence: index))
                }
                let start = spans[first].start
                let stop = spans[end - 1].end
                sentences.append(
                    Sentence(index: index, start: start, end: stop, text: Self.string(buffer, start, stop)))
                sentenceTokens.append(first..<end)
            }
        }
        return TokenizedText(
            text: text, scalars: scalars, tokens: tokens, sentences: sentences, sentenceTokens: sentenceTokens)
    }

    /// The scalars `start..<end` as a String, encoded straight into its UTF-8 storage.
    static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> String {
        String(unsafeUninitializedCapacity: (end - start) * 4) { bytes in
            var count = 0
            for index in start..<end {
                let value = scalars[index].value
                if value < 0x80 {
                    bytes[count] = UInt8(value)
                    count += 1
                } else if value < 0x800 {
                    bytes[count] = UInt8(0xC0 | value >> 6)
                    bytes[count + 1] = UInt8(0x80 | value & 0x3F)
                    count += 2
                } else if value < 0x10000 {
                    bytes[count] = UInt8(0xE0 | value >> 12)
                    bytes[count + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    bytes[count + 2] = UInt8(0x80 | value & 0x3F)
                    count += 3
                } else {
                    bytes[count] = UInt8(0xF0 | value >> 18)
                    bytes[count + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                    bytes[count + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                    bytes[count + 3] = UInt8(0x80 | value & 0x3F)
                    count += 4
                }
            }
            return count
        }
    }
}
