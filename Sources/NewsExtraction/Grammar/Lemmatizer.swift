/// Gives each word its dictionary form from its spelling and Penn tag: "blamed" VBD -> blame, "sanctions" NNS ->
/// sanction, "'s" VBZ -> be.
///
/// Learned from a treebank's LEMMA column: suffix rules per tag ("-ied" VBD -> "-y") from the words of the
/// training data, and the words those rules get wrong ("went" -> go) as exceptions.
struct Lemmatizer: Sendable {
    /// A change to the end of a word: drop `strip` characters, add `append`.
    struct Rule: Sendable, Hashable, Comparable {
        var strip: Int
        var append: String

        static func < (lhs: Rule, rhs: Rule) -> Bool { (lhs.strip, lhs.append) < (rhs.strip, rhs.append) }

        init(strip: Int, append: String) {
            self.strip = strip
            self.append = append
        }

        /// The rule that turns `form` into `lemma`.
        init(from form: [Character], to lemma: [Character]) {
            var common = 0
            while common < form.count && common < lemma.count && form[common] == lemma[common] { common += 1 }
            self.init(strip: form.count - common, append: String(lemma[common...]))
        }

        func apply(_ form: [Character]) -> String {
            String(form.dropLast(min(strip, form.count))) + append
        }
    }

    static let longestSuffix = 5
    /// "form TAB tag" -> lemma; a form in lower case stands for its other casings too.
    let exceptions: [String: String]
    /// "tag TAB lowercased suffix" -> rule; the empty suffix holds the tag's default.
    let rules: [String: Rule]

    func lemma(_ form: String, xpos: String) -> String {
        Self.lemma(form, xpos: xpos, exceptions: exceptions, rules: rules)
    }

    private static func lemma(
        _ form: String, xpos: String, exceptions: [String: String], rules: [String: Rule]
    ) -> String {
        if let known = exceptions[form + "\t" + xpos] { return known }
        let lower = form.lowercased()
        if lower != form, let known = exceptions[lower + "\t" + xpos] { return known }
        return ruleLemma(form, lower: lower, xpos: xpos, rules: rules)
    }

    private static func base(_ form: String, lower: String, xpos: String) -> [Character] {
        Array(xpos.hasPrefix("NNP") ? form : lower)
    }

    private static func ruleLemma(_ form: String, lower: String, xpos: String, rules: [String: Rule]) -> String {
        let base = base(form, lower: lower, xpos: xpos)
        let letters = Array(lower)
        for length in stride(from: min(longestSuffix, letters.count), through: 0, by: -1) {
            if let rule = rules[xpos + "\t" + String(letters.suffix(length))] { return rule.apply(base) }
        }
        return String(base)
    }

    /// Learns rules from each distinct (word, tag, lemma) once, so that they fit the rare words that they will
    /// meet, and exceptions from what the words' most frequent lemmas need.
    static func train(forms: [String], xpos: [String], lemmas: [String], minimumSupport: Int = 2) -> Lemmatizer {
        var lemmaCounts: [String: [String: Int]] = [:]
        for index in forms.indices where lemmas[index] != "_" {
            lemmaCounts[forms[index] + "\t" + xpos[index], default: [:]][lemmas[index], default: 0] += 1
        }
        var ruleCounts: [String: [Rule: Int]] = [:]
        for key in lemmaCounts.keys.sorted() {
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            let form = String(parts[0])
            let tag = String(parts[1])
            let lower = form.lowercased()
            let letters = Array(lower)
            let base = base(form, lower: lower, xpos: tag)
            for lemma in lemmaCounts[key]!.keys {
                let rule = Rule(from: base, to: Array(lemma))
                for length in 0...min(longestSuffix, letters.count) {
                    ruleCounts[tag + "\t" + String(letters.suffix(length)), default: [:]][rule, default: 0] += 1
                }
            }
        }
        var rules: [String: Rule] = [:]
        for (key, counts) in ruleCounts {
            let support = counts.values.reduce(0, +)
            guard support >= minimumSupport || key.hasSuffix("\t") else { continue }
            rules[key] = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
        }
        // Words in lower case first, so that a capitalised word needs an exception only where it differs.
        var exceptions: [String: String] = [:]
        let keys = lemmaCounts.keys.sorted { key, other in
            let (isLower, isOtherLower) = (key == key.lowercased(), other == other.lowercased())
            return isLower != isOtherLower ? isLower : key < other
        }
        for key in keys {
            let counts = lemmaCounts[key]!
            let lemma = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            if Self.lemma(String(parts[0]), xpos: String(parts[1]), exceptions: exceptions, rules: rules) != lemma {
                exceptions[key] = lemma
            }
        }
        return Lemmatizer(exceptions: exceptions, rules: rules)
    }
}
