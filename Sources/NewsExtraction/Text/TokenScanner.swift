/// One pass over the scalars of a text that cuts it into token spans.
///
/// Conventions of CoNLL-2003 and the Penn Treebank: punctuation splits off words; "U.S.", "Mr.", "J." and
/// "No. 10" keep their period; numbers keep their commas and decimals ("1,000.5"); hyphenated words stay whole
/// ("F-16", "pro-Russian"); clitics are their own tokens ("Korea" "'s", "do" "n't"); URLs, e-mail addresses,
/// handles and hashtags stay whole.
struct TokenScanner {
    private let scalars: UnsafeBufferPointer<Unicode.Scalar>
    private var spans: [TokenSpan] = []
    private var position = 0
    private var newlines: UInt8 = 0
    /// Whether `position` follows whitespace or an opening mark: where links and handles may begin.
    private var atChunkStart = true

    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        self.scalars = scalars
    }

    /// The token spans of the whole text.
    mutating func scan() -> [TokenSpan] {
        spans.reserveCapacity(scalars.count / 5 + 1)
        let count = scalars.count
        while position < count {
            let scalarClass = ScalarClass(scalars[position])
            switch scalarClass {
            case .newline:
                // "\r\n" is one line break.
                let isCRLF = scalars[position] == "\r" && position + 1 < count && scalars[position + 1] == "\n"
                if !isCRLF { newlines = min(newlines + 1, 2) }
                position += 1
                atChunkStart = true
            case .space:
                position += 1
                atChunkStart = true
            default:
                if atChunkStart {
                    atChunkStart = false
                    if scanLink() { continue }
                }
                if scalarClass.isAlphanumeric { scanWord() } else { scanPunctuation() }
            }
        }
        return spans
    }

    private mutating func emit(_ start: Int, _ end: Int, _ kind: TokenSpan.Kind) {
        spans.append(TokenSpan(start: start, end: end, kind: kind, newlinesBefore: newlines))
        newlines = 0
    }

    private func isLetter(_ index: Int) -> Bool { index < scalars.count && ScalarClass(scalars[index]).isLetter }

    private func isWordPart(_ index: Int) -> Bool {
        index < scalars.count && ScalarClass(scalars[index]).isWordPart
    }

    // MARK: Words

    private mutating func scanWord() {
        let start = position
        let count = scalars.count
        var end = position
        var hasLetter = false
        var hasDigit = false
        var isJoined = false
        extending: while true {
            while end < count {
                let scalarClass = ScalarClass(scalars[end])
                guard scalarClass.isWordPart else { break }
                if scalarClass == .digit { hasDigit = true } else { hasLetter = true }
                end += 1
            }
            guard end + 1 < count else { break }
            let next = ScalarClass(scalars[end + 1])
            switch scalars[end].value {
            case 0x2D, 0x2010, 0x2011:  // hyphens inside a word: "F-16", "pro-Russian"
                guard next.isAlphanumeric else { break extending }
                isJoined = true
                end += 1
            case 0x2C, 0x2E, 0x3A, 0x2F:  // , . : / between digits: "1,000.5", "10:30", "24/7"
                guard next == .digit, ScalarClass(scalars[end - 1]) == .digit else { break extending }
                end += 1
            case 0x26:  // "AT&T", "R&D"
                guard next.isLetter, ScalarClass(scalars[end - 1]).isLetter else { break extending }
                end += 1
            case 0x27, 0x2019:  // apostrophes
                if let resumed = scanApostrophe(start: start, at: end) {
                    end = resumed
                } else if position > start {
                    return
                } else {
                    break extending
                }
            default:
                break extending
            }
        }
        if end < count, scalars[end] == ".", !hasDigit, !isJoined, let (stop, kind) = abbreviation(start, end) {
            let joined = hyphenatedEnd(stop)
            emit(start, joined, joined > stop ? .word : kind)
            position = joined
            return
        }
        emit(start, end, hasLetter ? .word : .number)
        position = end
    }

    /// At an apostrophe inside a word: splits off "'s", "'re", "'ve", "'ll", "'d", "'m" and "n't" (emitting both
    /// tokens and moving `position` past them), continues a word like "O'Brien" (returning where to go on),
    /// or ends the word before the apostrophe (returning nil without moving).
    private mutating func scanApostrophe(start: Int, at apostrophe: Int) -> Int? {
        var end = apostrophe + 1
        while isLetter(end) { end += 1 }
        let length = end - apostrophe - 1
        guard length > 0 else { return nil }
        guard !isWordPart(end), length <= 2 else { return end }
        var suffix: UInt32 = 0
        for index in apostrophe + 1..<end {
            guard scalars[index].value < 0x80 else { return end }
            suffix = suffix << 8 | (scalars[index].value | 0x20)
        }
        let n = scalars[apostrophe - 1].value | 0x20
        if suffix == 0x74, n == 0x6E, apostrophe - 1 > start {  // "n't"
            emit(start, apostrophe - 1, .word)
            emit(apostrophe - 1, end, .word)
            position = end
            return nil
        }
        switch suffix {
        case 0x73, 0x7265, 0x7665, 0x6C6C, 0x64, 0x6D:  // s, re, ve, ll, d, m
            emit(start, apostrophe, .word)
            emit(apostrophe, end, .word)
            position = end
            return nil
        default:
            return end
        }
    }

    /// Where a word followed by a period ends if it keeps the period, and how the period may end a sentence.
    private func abbreviation(_ start: Int, _ period: Int) -> (Int, TokenSpan.Kind)? {
        let length = period - start
        if length <= 2, isLetter(period + 1) { return acronym(start, period) }
        if length == 1, ScalarClass(scalars[start]) == .upper { return (period + 1, .abbreviation) }  // "J."
        guard length <= 5, !isLetter(period + 1) else { return nil }
        var word = ""
        for index in start..<period {
            let value = scalars[index].value
            guard value < 0x80 else { return nil }
            word.unicodeScalars.append(Unicode.Scalar(UInt8(value | 0x20)))
        }
        switch Abbreviations.role(of: word) {
        case .title: return (period + 1, .title)
        case .ordinary: return (period + 1, .abbreviation)
        case .beforeNumber:
            var next = period + 1
            while next < scalars.count, ScalarClass(scalars[next]) == .space { next += 1 }
            guard next < scalars.count, ScalarClass(scalars[next]) == .digit else { return nil }
            return (period + 1, .title)
        case nil: return nil
        }
    }

    /// Where a word ends that goes on with hyphens after an abbreviation: "U.S.-led", "U.N.-backed".
    private func hyphenatedEnd(_ start: Int) -> Int {
        var end = start
        while end + 1 < scalars.count, scalars[end] == "-", ScalarClass(scalars[end + 1]).isAlphanumeric {
            end += 1
            while isWordPart(end) { end += 1 }
        }
        return end
    }

    /// Letters of one or two with periods after each: "U.S.", "U.S.A.", "e.g.", "a.m.", "Ph.D.".
    private func acronym(_ start: Int, _ period: Int) -> (Int, TokenSpan.Kind)? {
        var end = period + 1
        var segments = 1
        while true {
            var stop = end
            while isLetter(stop) { stop += 1 }
            guard (1...2).contains(stop - end), stop < scalars.count, scalars[stop] == "." else { break }
            end = stop + 1
            segments += 1
        }
        guard segments >= 2, !isWordPart(end) else { return nil }
        return (end, .abbreviation)
    }

    // MARK: Links

    /// URLs, e-mail addresses, @handles and #hashtags, whole; false when the chunk at `position` is none of them.
    private mutating func scanLink() -> Bool {
        let start = position
        let count = scalars.count
        let first = scalars[start]
        if first == "@" || first == "#" {
            var end = start + 1
            while end < count, ScalarClass(scalars[end]).isAlphanumeric || scalars[end] == "_" { end += 1 }
            guard end > start + 1 else { return false }
            emit(start, end, .word)
            position = end
            return true
        }
        guard ScalarClass(first).isAlphanumeric else { return false }
        var end = start
        var at = -1
        var isLink = false
        while end < count, !ScalarClass(scalars[end]).isWhitespace {
            switch scalars[end] {
            case "@" where at < 0 && end > start: at = end
            case ":" where end + 2 < count && scalars[end + 1] == "/" && scalars[end + 2] == "/": isLink = true
            case "." where at >= 0 && end > at + 1 && isLetter(end + 1): isLink = true
            default: break
            }
            end += 1
        }
        if !isLink { isLink = hasPrefix("www.", at: start) && end - start > 4 }
        guard isLink else { return false }
        while end > start, Self.trailingPunctuation.contains(scalars[end - 1].value) { end -= 1 }
        emit(start, end, .word)
        position = end
        return true
    }

    private func hasPrefix(_ prefix: String, at start: Int) -> Bool {
        var index = start
        for scalar in prefix.unicodeScalars {
            guard index < scalars.count, scalars[index].value | 0x20 == scalar.value else { return false }
            index += 1
        }
        return true
    }

    /// . , ; : ! ? ) ] } " ' ’ ” >
    private static let trailingPunctuation: Set<UInt32> = [
        0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x22, 0x27, 0x2019, 0x201D, 0x3E,
    ]

    // MARK: Punctuation and symbols

    private mutating func scanPunctuation() {
        let start = position
        let value = scalars[start].value
        if isDetachedPossessive(at: start) {
            // "Japan 's", as Reuters and CoNLL-2003 write it: the clitic of the word before, not a quote and an "s".
            emit(start, start + 2, .word)
            position = start + 2
            return
        }
        switch value {
        case 0x2E:  // "." or "..."
            let end = run(of: [0x2E])
            emit(start, end, end - start > 1 ? .terminal : .period)
        case 0x3F, 0x21:  // "?", "!", "?!"
            emit(start, run(of: [0x3F, 0x21]), .terminal)
        case 0x2026:  // …
            emit(start, start + 1, .terminal)
        case 0x2D:  // "-" or "--"
            emit(start, run(of: [0x2D]), .other)
        case 0x2C, 0x3B, 0x3A:
            emit(start, start + 1, .pause)
        case 0x22, 0x27:
            emit(start, start + 1, .quote)
            atChunkStart = true
        case 0x28, 0x5B, 0x7B, 0x201C, 0x2018, 0xAB, 0x201E:  // ( [ { “ ‘ « „
            emit(start, start + 1, .opening)
            atChunkStart = true
        case 0x29, 0x5D, 0x7D, 0x201D, 0x2019, 0xBB:  // ) ] } ” ’ »
            emit(start, start + 1, .closing)
        default:
            emit(start, symbolEnd(start), .other)
        }
        position = spans[spans.count - 1].end
    }

    /// An apostrophe and "s" alone after a word and one space.
    private func isDetachedPossessive(at start: Int) -> Bool {
        guard scalars[start] == "'" || scalars[start] == "\u{2019}", start >= 2, scalars[start - 1] == " ",
            isLetter(start - 2) || ScalarClass(scalars[start - 2]) == .digit, start + 1 < scalars.count,
            scalars[start + 1] == "s" || scalars[start + 1] == "S"
        else { return false }
        return !isWordPart(start + 2)
    }

    private func run(of values: [UInt32]) -> Int {
        var end = position + 1
        while end < scalars.count, values.contains(scalars[end].value) { end += 1 }
        return end
    }

    /// A symbol with what joins it into one glyph: combining marks, variation selectors, skin tones, emoji
    /// tag sequences, zero-width-joined emoji and the second regional indicator of a flag.
    private func symbolEnd(_ start: Int) -> Int {
        let count = scalars.count
        var end = start + 1
        let isRegionalIndicator = { (value: UInt32) in (0x1F1E6...0x1F1FF).contains(value) }
        if isRegionalIndicator(scalars[start].value), end < count, isRegionalIndicator(scalars[end].value) {
            end += 1
        }
        while end < count {
            let value = scalars[end].value
            if value == 0x200D, end + 1 < count {
                end += 2
            } else if (0xFE00...0xFE0F).contains(value) || (0x1F3FB...0x1F3FF).contains(value)
                || (0xE0020...0xE007F).contains(value) || ScalarClass(scalars[end]) == .mark
            {
                end += 1
            } else {
                break
            }
        }
        return end
    }
}
