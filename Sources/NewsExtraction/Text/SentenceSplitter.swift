/// Decides where sentences begin, over the token spans of a text.
///
/// A sentence ends at ".", "?", "!" or "..." (and any closing quotes and brackets glued to it) before a token
/// that can open one: not a lowercase word, not more punctuation. Abbreviations that keep their period end a
/// sentence only before a typical sentence opener ("in the U.S. The ..."); titles ("Mr.", "No. 10") never do.
/// A blank line always ends one; a single line break does too (headlines, list items), unless the next line
/// goes on in lowercase or the line ended with a title.
struct SentenceSplitter {
    let scalars: UnsafeBufferPointer<Unicode.Scalar>

    /// The most tokens a sentence may have. The longest sentence of the UD English treebanks has 159; text that
    /// runs on far longer without a stop (a list, a table, a hostile request) is cut, so that no sentence costs
    /// the stages whose work grows with the square of its length more than such a sentence does.
    static let maximumLength = 200

    /// The indices of the spans that begin a sentence; the first is 0 unless there are no spans.
    func sentenceStarts(_ spans: [TokenSpan]) -> [Int] {
        guard !spans.isEmpty else { return [] }
        var starts = [0]
        for index in 1..<spans.count {
            if startsSentence(spans, index) {
                starts.append(index)
            } else if index - starts.last! == Self.maximumLength {
                // Too long a run: cut after its last pause in the second half, else here.
                let pause = (starts.last! + Self.maximumLength / 2..<index).last { spans[$0].kind == .pause }
                starts.append(pause.map { $0 + 1 } ?? index)
            }
        }
        return starts
    }

    private func startsSentence(_ spans: [TokenSpan], _ index: Int) -> Bool {
        let token = spans[index]
        switch token.newlinesBefore {
        case 2...: return true
        case 1: return spans[index - 1].kind != .title && !startsLowercase(token)
        default: break
        }
        if isGluedCloser(spans, index) { return false }
        var last = index - 1
        while last > 0, isGluedCloser(spans, last) { last -= 1 }
        switch spans[last].kind {
        case .period, .terminal:
            return opensSentence(token)
        case .abbreviation:
            return last < index - 1 ? opensSentence(token) : Abbreviations.startsSentence(text(of: token))
        default:
            return false
        }
    }

    /// A closing quote or bracket right after the previous token: `."` and `?)` belong to what they close.
    private func isGluedCloser(_ spans: [TokenSpan], _ index: Int) -> Bool {
        let kind = spans[index].kind
        return (kind == .closing || kind == .quote) && spans[index].start == spans[index - 1].end
    }

    private func startsLowercase(_ token: TokenSpan) -> Bool { ScalarClass(scalars[token.start]) == .lower }

    private func opensSentence(_ token: TokenSpan) -> Bool {
        switch token.kind {
        case .period, .terminal, .pause, .closing: false
        default: !startsLowercase(token)
        }
    }

    private func text(of token: TokenSpan) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[token.start..<token.end])
        return String(text)
    }
}
