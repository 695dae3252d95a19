/// Lines of a pasted article that are no part of its story: photo captions and credits ("Photo: Sergei Ivanov/
/// Reuters", "Getty Images", "(Photo by Oleg Petrasyuk/EPA-EFE)"), bylines ("By John Smith and Anna Petrova,
/// Reuters") and the wire's staff line ("Reporting by Tom Balmforth; Editing by Mark Heinrich"). The people and
/// agencies they name are not entities of the article.
enum CreditLines {
    /// First words of a caption or credit when ":" or "by" follows them ("Photo:", "Image by", "File photo:").
    private static let labels: Set<String> = [
        "photo", "photos", "photograph", "image", "images", "picture", "pictures", "pictured", "video", "caption",
        "credit", "credits", "source", "illustration", "graphic", "file", "footage",
    ]

    /// Words that name a picture agency or say where a picture came from.
    private static let agencies: Set<String> = [
        "Getty", "Shutterstock", "EPA-EFE", "EPA", "AFP", "Reuters", "AP", "Pool", "Handout", "Alamy", "Xinhua",
        "Sputnik", "TASS", "Anadolu", "Images", "via",
    ]

    /// Staff lines of wire copy: "Reporting by", "Editing by", "Additional reporting by".
    private static let staffWords: Set<String> = ["reporting", "editing", "writing", "additional", "compiled"]

    /// Words a byline may hold besides names: "By John Smith and Anna Petrova in Kyiv, Reuters".
    private static let bylineWords: Set<String> = ["by", "and", "in", "for", "of", "from", ",", "|", "-", "–", "—"]

    /// Whether the sentence made of `tokens` is a caption, credit or byline line.
    static func isCredit(_ tokens: ArraySlice<Token>) -> Bool {
        var start = tokens.startIndex
        if start < tokens.endIndex, tokens[start].text == "(" || tokens[start].text == "[" { start += 1 }
        guard start < tokens.endIndex else { return false }
        let count = tokens.endIndex - start
        let lower = tokens[start].text.lowercased()
        // A long sentence is a credit only by its first words: most are let go here, before any copying.
        guard count <= 14 || labels.contains(lower) || staffWords.contains(lower) else { return false }
        let words = tokens[start..<min(tokens.endIndex, start + 16)].map(\.text)[...]
        let second = words.dropFirst().first?.lowercased()
        if labels.contains(lower) {
            if second == ":" || second == "by" || second == "credit" { return true }
            if lower == "file", second == "photo" || second == "picture" || second == "image" { return true }
        }
        if staffWords.contains(lower), words.dropFirst().prefix(2).contains("by") { return true }
        if lower == "by", count <= 14, isNameList(words.dropFirst()) { return true }
        // "Getty Images", "Sergei Ivanov/Reuters", "AFP via Getty Images": a short line of names and an agency.
        if count <= 10, words.contains(where: agencies.contains), isNameList(words) {
            return words.contains("/") || words.contains("via") || words.contains("Images") || count <= 2
        }
        return false
    }

    /// For each sentence of `text`, whether it is a credit line.
    static func flags(of text: TokenizedText) -> [Bool] {
        text.sentenceTokens.map { isCredit(text.tokens[$0]) }
    }

    /// Capitalized words, with only the words a byline or credit holds between them.
    private static func isNameList(_ words: ArraySlice<String>) -> Bool {
        words.allSatisfy { word in
            bylineWords.contains(word.lowercased()) || word == "/" || word == "via" || word == "."
                || word.unicodeScalars.first?.isUppercaseLetter == true
        }
    }
}
