/// Gives each word its dictionary form from its spelling and Penn tag: "blamed" VBD -> blame, "sanctions" NNS ->
/// sanction, "'s" VBZ -> be.
///
/// Learned from a treebank's LEMMA column: suffix rules per tag ("-ied" VBD -> "-y") from the words of the
/// training data, the words those rules get wrong ("went" -> go) as exceptions, and the lemmas the data knows, so
/// that an unknown word takes the longest suffix's rule that gives a real word ("provoked" -> provoke, not provok).
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
    /// "form TAB tag" -> lemma; a form in lower case stands for its other casings too. "form TAB *" holds the one
    /// lemma the training data gives a form under every tag (`anyTag`), whatever the word is tagged.
    var exceptions: [String: String]
    /// "tag TAB lowercased suffix" -> rule; the empty suffix holds the tag's default. For inflected verbs, the same
    /// key with "TAB 1" holds the suffix's second rule, tried when no first rule gives a known lemma ("declining":
    /// -ing -> decline where -ing -> declin is no word).
    let rules: [String: Rule]
    /// Every lemma of the training data, as written: a common word's rule must give one written in lower case, so
    /// that "timed" is not "tim" for the name Tim.
    let lemmas: Set<String>
    /// The lemmas in lower case, for names, whose casing varies ("SMITHS" -> SMITH).
    private let lowercasedLemmas: Set<String>

    init(exceptions: [String: String], rules: [String: Rule], lemmas: Set<String>) {
        self.exceptions = exceptions
        self.rules = rules
        self.lemmas = lemmas
        lowercasedLemmas = Set(lemmas.map { $0.lowercased() })
    }

    /// The tag of the exceptions that hold for a word whatever its tag.
    static let anyTag = "*"

    func lemma(_ form: String, xpos: String) -> String {
        if let known = exceptions[form + "\t" + xpos] { return known }
        // A word the treebanks always give one lemma keeps it when it is tagged otherwise: tags go wrong more often
        // than these words change lemma ("Location" NNP -> location, "fled" VBD -> flee, not fl).
        if let known = exceptions[form + "\t" + Self.anyTag] { return known }
        let lower = form.lowercased()
        if lower != form, let known = exceptions[lower + "\t" + xpos] { return known }
        if xpos == "CD", let number = Self.groupedNumber(form) { return number }
        return ruleLemma(form, lower: lower, xpos: xpos)
    }

    /// The lemmas of a sentence's words: each word's own, but "'s" before "been" or "got" is "has" ("he's been",
    /// "it's got"), where its tag VBZ alone reads "is"; and "her" is read by the next word's tag, which the tagger
    /// gets right more often than her own ("saw her the day", "her new car").
    func lemmas(_ words: [String], xpos: [String]) -> [String] {
        var lemmas = words.indices.map { lemma(words[$0], xpos: xpos[$0]) }
        for index in words.indices.dropLast() where lemmas[index] == "be" {
            guard Self.hasClitics.contains(words[index]),
                Self.participlesAfterHas.contains(words[index + 1].lowercased())
            else { continue }
            lemmas[index] = "have"
        }
        for index in words.indices where lemmas[index] == "her" || lemmas[index] == "she" {
            guard words[index].lowercased() == "her" else { continue }
            let next = index + 1 < words.count ? xpos[index + 1] : ""
            if xpos[index] == "PRP$", !Self.possessedTags.contains(where: { next.hasPrefix($0) }) {
                lemmas[index] = "she"
            } else if xpos[index] == "PRP", next.hasPrefix("NN") {
                lemmas[index] = "her"
            }
        }
        return lemmas
    }

    /// Tags of the words that can follow a possessive: nouns, adjectives, numbers, participles, adverbs.
    private static let possessedTags = ["NN", "JJ", "CD", "VBG", "VBN", "RB"]

    private static let hasClitics: Set<String> = ["'s", "\u{2019}s"]
    private static let participlesAfterHas: Set<String> = ["been", "got", "gotten", "had"]

    /// Names and addresses keep their case ("Boone@accenture.com"); other words are lemmatised in lower case.
    private static func base(_ form: String, lower: String, xpos: String) -> [Character] {
        Array(xpos.hasPrefix("NNP") || xpos == "ADD" ? form : lower)
    }

    /// Tags whose words take a second rule where the first gives no known lemma. For the others an unknown word is
    /// most often its own lemma, and a plural's second rule gives a short wrong word ("heirs" -> hey).
    static let secondRuleTags: Set<String> = ["VBD", "VBG", "VBN", "VBZ"]

    /// The longest suffix's rule whose result is a known lemma, or else the longest suffix's second rule that
    /// gives one, or else the longest suffix's rule.
    private func ruleLemma(_ form: String, lower: String, xpos: String) -> String {
        if let singular = capitalisedPlural(form, lower: lower, xpos: xpos) { return singular }
        let base = Self.base(form, lower: lower, xpos: xpos)
        let proper = xpos.hasPrefix("NNP") || xpos == "ADD"
        let letters = Array(lower)
        var first: String?
        for rank in ["", "\t1"] where rank.isEmpty || Self.secondRuleTags.contains(xpos) {
            for length in stride(from: min(Self.longestSuffix, letters.count), through: 0, by: -1) {
                guard let rule = rules[xpos + "\t" + String(letters.suffix(length)) + rank] else { continue }
                let lemma = rule.apply(base)
                if proper ? lowercasedLemmas.contains(lemma.lowercased()) : lemmas.contains(lemma) { return lemma }
                if first == nil { first = lemma }
            }
        }
        return first ?? String(base)
    }

    /// A capitalised plural of a common noun tagged as a singular name is most often a plural name ("Clinics" ->
    /// Clinic, "Bridges" -> Bridge): its singular when the plural's rules give a known common word. The names the
    /// training data keeps as they are ("Times") are exceptions.
    private func capitalisedPlural(_ form: String, lower: String, xpos: String) -> String? {
        guard xpos == "NNP", form.count > 3, lower.hasSuffix("s"), let first = form.first, first.isUppercase,
            !form.dropFirst().contains(where: \.isUppercase)
        else { return nil }
        let singular = ruleLemma(lower, lower: lower, xpos: "NNS")
        guard singular != lower, lemmas.contains(singular) else { return nil }
        return String(first) + singular.dropFirst()
    }

    /// "1,100" -> 1100: the treebanks write numbers without their thousands separators.
    private static func groupedNumber(_ form: String) -> String? {
        let groups = form.split(separator: ",", omittingEmptySubsequences: false)
        let digits = { (group: Substring) in group.allSatisfy { ("0"..."9").contains($0) } }
        guard groups.count > 1, (1...3).contains(groups[0].count), digits(groups[0]),
            groups.dropFirst().allSatisfy({ $0.count == 3 && digits($0) })
        else { return nil }
        return groups.joined()
    }

    /// Learns rules from each distinct (word, tag, lemma) once, so that they fit the rare words that they will
    /// meet, and exceptions from what the words' most frequent lemmas need.
    static func train(forms: [String], xpos: [String], lemmas: [String], minimumSupport: Int = 2) -> Lemmatizer {
        var lemmaCounts: [String: [String: Int]] = [:]
        for index in forms.indices where lemmas[index] != "_" {
            lemmaCounts[forms[index] + "\t" + xpos[index], default: [:]][lemmas[index], default: 0] += 1
        }
        let known = Set(lemmas.lazy.filter { $0 != "_" })
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
                // A suffix stands for a rule only if it holds all that the rule strips: "-oked" may not turn
                // "invoked" into "Arab".
                for length in 0...min(longestSuffix, letters.count) where length == 0 || rule.strip <= length {
                    ruleCounts[tag + "\t" + String(letters.suffix(length)), default: [:]][rule, default: 0] += 1
                }
            }
        }
        var rules: [String: Rule] = [:]
        for (key, counts) in ruleCounts {
            let support = counts.values.reduce(0, +)
            guard support >= minimumSupport || key.hasSuffix("\t") else { continue }
            // Most frequent first, the simpler rule first among equals.
            let ranked = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            rules[key] = ranked[0].key
            if ranked.count > 1, ranked[1].value >= minimumSupport,
                secondRuleTags.contains(String(key.prefix { $0 != "\t" }))
            {
                rules[key + "\t1"] = ranked[1].key
            }
        }
        // Words in lower case first, so that a capitalised word needs an exception only where it differs.
        var lemmatizer = Lemmatizer(exceptions: [:], rules: rules, lemmas: known)
        let keys = lemmaCounts.keys.sorted { key, other in
            let (isLower, isOtherLower) = (key == key.lowercased(), other == other.lowercased())
            return isLower != isOtherLower ? isLower : key < other
        }
        for key in keys {
            let counts = lemmaCounts[key]!
            let lemma = counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            if lemmatizer.lemma(String(parts[0]), xpos: String(parts[1])) != lemma {
                lemmatizer.exceptions[key] = lemma
            }
        }
        lemmatizer.addWordsOfOneLemma(lemmaCounts, tags: Set(xpos), minimumCount: minimumSupport)
        lemmatizer.addNamesInOtherCase(lemmaCounts)
        return lemmatizer
    }

    /// Stores as "form TAB *" the lemma of each word the training data gives one lemma under every tag, at least
    /// `minimumCount` times, where some tag would lemmatise it otherwise.
    private mutating func addWordsOfOneLemma(
        _ lemmaCounts: [String: [String: Int]], tags: Set<String>, minimumCount: Int
    ) {
        var formCounts: [String: [String: Int]] = [:]
        for (key, counts) in lemmaCounts {
            let form = String(key.prefix { $0 != "\t" })
            formCounts[form, default: [:]].merge(counts, uniquingKeysWith: +)
        }
        let tags = tags.sorted()
        for (form, counts) in formCounts where counts.count == 1 {
            let (lemma, count) = counts.first!
            if count >= minimumCount, tags.contains(where: { self.lemma(form, xpos: $0) != lemma }) {
                exceptions[form + "\t" + Self.anyTag] = lemma
            }
        }
    }

    /// Stores as "form TAB *" the names of the training data (lemmas of its proper nouns, at least `minimumCount`
    /// times) in lower and in upper case, where the data has no such word and no such common lemma: a name typed
    /// "mexico" or "TEHRAN" keeps its capital (Mexico, Tehran) whatever its tag, for the tagger most often reads it
    /// as a common noun.
    private mutating func addNamesInOtherCase(_ lemmaCounts: [String: [String: Int]], minimumCount: Int = 3) {
        var nameCounts: [String: Int] = [:]
        var forms: Set<String> = []
        for (key, counts) in lemmaCounts {
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            forms.insert(String(parts[0]))
            guard parts[1].hasPrefix("NNP") else { continue }
            for (lemma, count) in counts where Self.isCapitalisedWord(lemma) { nameCounts[lemma, default: 0] += count }
        }
        for (name, count) in nameCounts where count >= minimumCount && !lemmas.contains(name.lowercased()) {
            for form in [name.lowercased(), name.uppercased()] where !forms.contains(form) {
                let key = form + "\t" + Self.anyTag
                if exceptions[key] == nil { exceptions[key] = name }
            }
        }
    }

    /// "Mexico": three letters or more, the first alone in upper case.
    private static func isCapitalisedWord(_ word: String) -> Bool {
        guard word.count >= 3, let first = word.first, first.isUppercase else { return false }
        return word.allSatisfy(\.isLetter) && word.dropFirst().allSatisfy(\.isLowercase)
    }
}
