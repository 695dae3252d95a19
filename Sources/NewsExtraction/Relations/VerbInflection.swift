/// The inflected forms of an English verb, so the lexicon lists lemmas only.
enum VerbForm: Sendable {
    case base, thirdPerson, past, gerund
}

enum VerbInflection {
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// Every form of `lemma`, with the form it is; `irregular` gives past and participle.
    static func forms(
        of lemma: String, irregular: (past: String, participle: String)?, doubles: Bool
    ) -> [(String, VerbForm)] {
        let chars = Array(lemma)
        guard let last = chars.last else { return [] }
        let beforeLast = chars.count > 1 ? chars[chars.count - 2] : " "
        let consonantY = last == "y" && !vowels.contains(beforeLast)
        let doubled = doubles || endsConsonantVowelConsonant(chars)
        let stem = doubled ? lemma + String(last) : lemma

        let third: String
        if lemma.hasSuffix("s") || lemma.hasSuffix("x") || lemma.hasSuffix("z") || lemma.hasSuffix("ch")
            || lemma.hasSuffix("sh") || lemma.hasSuffix("o")
        {
            third = lemma + "es"
        } else if consonantY {
            third = String(chars.dropLast()) + "ies"
        } else {
            third = lemma + "s"
        }

        var result: [(String, VerbForm)] = [(lemma, .base), (third, .thirdPerson)]
        if let irregular {
            result.append((irregular.past, .past))
            if irregular.participle != irregular.past { result.append((irregular.participle, .past)) }
        } else if last == "e" {
            result.append((lemma + "d", .past))
        } else if consonantY {
            result.append((String(chars.dropLast()) + "ied", .past))
        } else {
            result.append((stem + "ed", .past))
        }

        if lemma.hasSuffix("ie") {
            result.append((String(chars.dropLast(2)) + "ying", .gerund))
        } else if last == "e" && beforeLast != "e" && beforeLast != "y" && beforeLast != "o" {
            result.append((String(chars.dropLast()) + "ing", .gerund))
        } else {
            result.append((stem + "ing", .gerund))
        }
        return result
    }

    /// Short verbs ending consonant-vowel-consonant double the consonant: ship, shipped.
    private static func endsConsonantVowelConsonant(_ chars: [Character]) -> Bool {
        guard chars.count >= 3 else { return false }
        let vowelGroups =
            zip(chars, chars.dropFirst()).filter { !vowels.contains($0) && vowels.contains($1) }.count
            + (vowels.contains(chars[0]) ? 1 : 0)
        let a = chars[chars.count - 3]
        let b = chars[chars.count - 2]
        let c = chars[chars.count - 1]
        return vowelGroups == 1 && !vowels.contains(a) && vowels.contains(b) && !vowels.contains(c)
            && !"wxy".contains(c)
    }
}
