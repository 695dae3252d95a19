/// The candidates of one sentence for the relation classifier: an ordered pair of distinct countries that its
/// actor mentions give, and a trigger of the relation lexicon near them with one of its types.
///
/// Features read the trigger's lemma, type, direction and place against the two actors, the tree paths from it to
/// each actor where the event coder already parsed the sentence (no parse nor even tags are asked for here: they
/// cost more than the rest), the words that set the mode, the actors' kinds and what the rules found in the
/// sentence. Most features do not name the type, so that what is learned of one type serves the others. Keys are FNV-1a hashes of the feature's name and
/// value, the same on every run and every machine.
struct RelationFeatures {
    /// One actor mention of the sentence, as the event coder built it.
    struct Mention {
        /// Global token indices.
        var tokens: Range<Int>
        var kind: Actor.Kind
        var code: String
    }

    let lexicon: RelationLexicon
    let text: TokenizedText
    let sentence: Int
    let parse: SentenceParse
    /// For each grammar word, its global token.
    let wordTokens: [Int]
    /// For each grammar word, its first scalar in the text.
    let wordStarts: [Int]
    /// The words, lowercased (no lemmatizer: it needs the tagger).
    let lemmas: [String]
    let infos: [WordInfo]
    /// Keys every candidate of the sentence shares: the mode's word classes anywhere in it, and whether it has a tree.
    private var sentenceKeys: [UInt64] = []

    /// The word classes whose presence says something about the mode: negation, report, intent, condition.
    private static let modeClasses: [WordClass] = [
        .negation, .intentModal, .weakModal, .obligation, .say, .factive, .belief, .intent, .refusal, .denial,
        .threat, .hint,
    ]

    init(lexicon: RelationLexicon, text: TokenizedText, sentence: Int, grammar: ArticleGrammar) {
        self.lexicon = lexicon
        self.text = text
        self.sentence = sentence
        let words = grammar.words(in: sentence)
        let forms = words.map { $0.form.lowercased() }
        let infos = forms.map { lexicon.info($0) }
        // No tagging: the tagger would cost more than all the rest. Words stand as they are written, a word is a
        // verb where the lexicon knows it as one, and the tree is read only where the rules already parsed.
        let tree = grammar.knownTree(of: sentence)
        let parse = SentenceParse(
            words: words.map(\.form), lemmas: forms, upos: infos.map { $0.verbForm == nil ? "X" : "VERB" },
            xpos: [], heads: tree?.heads ?? [], relations: tree?.relations ?? [])
        self.parse = parse
        wordTokens = words.map(\.token)
        wordStarts = words.map(\.start)
        lemmas = forms
        self.infos = infos
        var keys: [UInt64] = []
        for index in infos.indices {
            for wordClass in Self.modeClasses where infos[index].has(wordClass) {
                keys.append(Self.key("scls", wordClass.rawValue))
            }
        }
        keys.append(Self.key("tree", parse.isParsed ? "yes" : "no"))
        sentenceKeys = Array(Set(keys)).sorted()
    }

    /// The ordered pairs of distinct countries among `mentions`, in the order of their codes' first mention: for
    /// each, the closest pair of mentions that give them. Places stand only as targets.
    static func pairs(_ mentions: [Mention]) -> [(source: Mention, target: Mention)] {
        var codes: [String] = []
        // Each code's mentions, in order: a sentence that lists dozens of countries costs the square of its
        // mentions, not that times the square of its codes.
        var mentionsOf: [String: [Mention]] = [:]
        for mention in mentions {
            if mentionsOf[mention.code] == nil { codes.append(mention.code) }
            mentionsOf[mention.code, default: []].append(mention)
        }
        var pairs: [(Mention, Mention)] = []
        for source in codes {
            for target in codes where target != source {
                var best: (Mention, Mention)?
                var bestDistance = Int.max
                for first in mentionsOf[source]! where !first.kind.isTerritory {
                    for second in mentionsOf[target]! {
                        let distance =
                            first.tokens.lowerBound < second.tokens.lowerBound
                            ? second.tokens.lowerBound - first.tokens.upperBound
                            : first.tokens.lowerBound - second.tokens.upperBound
                        if distance < bestDistance { (best, bestDistance) = ((first, second), distance) }
                    }
                }
                if let best { pairs.append(best) }
            }
        }
        return pairs
    }

    /// A trigger of the relation lexicon that could join a pair: its word and its type.
    struct Trigger {
        var word: Int
        var type: RelationType
        var entry: NewsExtraction.Trigger
        var form: VerbForm?
    }

    /// The lexicon's triggers within `window` words of the pair, one per (word, type), in word order; transfers,
    /// typed only by what moves, are left to the rules.
    func triggers(source: Mention, target: Mention, window: Int = 10) -> [Trigger] {
        let sourceWords = words(of: source.tokens)
        let targetWords = words(of: target.tokens)
        let low = max(0, min(sourceWords.lowerBound, targetWords.lowerBound) - window)
        let high = min(parse.words.count, max(sourceWords.upperBound, targetWords.upperBound) + window)
        var found: [Trigger] = []
        for word in low..<high where !sourceWords.contains(word) && !targetWords.contains(word) {
            var types: [RelationType] = []
            let entries =
                infos[word].verbTriggers.map { ($0.trigger, Optional($0.form)) }
                + infos[word].nounTriggers.map { ($0, VerbForm?.none) }
            for (entry, form) in entries where hasCompanions(entry, at: word) {
                guard let type = entry.type, !types.contains(type) else { continue }
                types.append(type)
                found.append(Trigger(word: word, type: type, entry: entry, form: form))
            }
        }
        return found
    }

    /// Whether the words an entry needs stand near it, as the rules require: "called Zelensky" is no "call on", nor
    /// "call ... an act of aggression"; a noun's next word where it names one ("call for").
    private func hasCompanions(_ entry: NewsExtraction.Trigger, at word: Int) -> Bool {
        if entry.isNominal, let next = entry.next, word + 1 >= lemmas.count || lemmas[word + 1] != next { return false }
        let window = max(0, word - 6)..<min(lemmas.count, word + 7)
        return entry.companions.allSatisfy { set in
            guard set.first?.hasPrefix("+") == true else { return window.contains { set.contains(lemmas[$0]) } }
            return word + 1 < lemmas.count && set.contains("+" + lemmas[word + 1])
        }
    }

    /// The word at scalar `start` (a rule's trigger) as a candidate of `type`, where the lexicon knows it.
    func trigger(at start: Int, type: RelationType) -> Trigger? {
        guard let word = wordStarts.firstIndex(of: start) else { return nil }
        let entries =
            infos[word].verbTriggers.map { ($0.trigger, Optional($0.form)) }
            + infos[word].nounTriggers.map { ($0, VerbForm?.none) }
        guard let (entry, form) = entries.first(where: { $0.0.type == type }) ?? entries.first else { return nil }
        return Trigger(word: word, type: type, entry: entry, form: form)
    }

    /// The features of `source` acting on `target` through `trigger`, given the rules' relations `found` in the
    /// sentence.
    func keys(source: Mention, target: Mention, trigger: Trigger, found: [Relation]) -> [UInt64] {
        var keys = sentenceKeys
        let type = trigger.type.rawValue
        let word = trigger.word
        let sourceWords = words(of: source.tokens)
        let targetWords = words(of: target.tokens)
        let sourceFirst = source.tokens.lowerBound < target.tokens.lowerBound
        let order = sourceFirst ? "st" : "ts"
        let (left, right) = sourceFirst ? (sourceWords, targetWords) : (targetWords, sourceWords)
        let place = word < left.lowerBound ? "before" : word < right.lowerBound ? "between" : "after"
        let direction =
            switch trigger.entry.direction {
            case .forward: "forward"
            case .backward: "backward"
            case .mutual: "mutual"
            }
        let part = trigger.entry.isNominal ? "noun" : trigger.form.map { "\($0)" } ?? "verb"
        let shape = "\(order) \(place) \(direction) \(trigger.entry.isNominal ? "noun" : "verb")"
        keys.append(Self.key("bias", ""))
        keys.append(Self.key("type", type))
        keys.append(Self.key("typedir", type + " " + direction))
        keys.append(Self.key("shape", shape))
        keys.append(Self.key("typeshape", type + " " + shape))
        keys.append(Self.key("form", part + " " + place))
        // The lexicon row's lemma ("verb use_force attack [obj] >"): all forms of a verb share what is learned.
        let lemma = trigger.entry.pattern.split(separator: " ").dropFirst(2).first.map(String.init) ?? lemmas[word]
        keys.append(Self.key("lemma", lemma))
        keys.append(Self.key("lemmatype", lemma + " " + type))
        keys.append(Self.key("word", lemmas[word]))
        keys.append(Self.key("upos", parse.upos[word] + " " + part))
        keys.append(Self.key("kinds", Self.name(source.kind) + ">" + Self.name(target.kind)))
        keys.append(Self.key("dsource", Self.bucket(distance(word, sourceWords))))
        keys.append(Self.key("dtarget", Self.bucket(distance(word, targetWords))))
        keys.append(Self.key("dpair", Self.bucket(right.lowerBound - left.upperBound)))
        keys.append(Self.key("companions", hasCompanions(trigger) ? "yes" : "no"))
        keys.append(Self.key("prev", self.word(before: word..<word)))
        keys.append(Self.key("next", self.word(at: word + 1)))
        keys.append(Self.key("srcprev", self.word(before: sourceWords)))
        keys.append(Self.key("tgtprev", self.word(before: targetWords)))
        keys.append(Self.key("tgtprevshape", self.word(before: targetWords) + " " + shape))
        keys.append(Self.key("srcnext", self.word(at: sourceWords.upperBound)))
        // The words that set the mode, just before the trigger.
        for index in max(0, word - 4)..<word {
            for wordClass in Self.modeClasses where infos[index].has(wordClass) {
                keys.append(Self.key("modebefore", wordClass.rawValue))
            }
        }
        // Another trigger or a report verb between the trigger and an actor: the actor may belong to it.
        for (name, range) in [("src", span(word, sourceWords)), ("tgt", span(word, targetWords))] {
            var verbs = 0
            for index in range where parse.upos[index] == "VERB" { verbs += 1 }
            keys.append(Self.key("verbsto" + name, Self.bucket(verbs)))
            for index in range where infos[index].has(.say) { keys.append(Self.key("sayto" + name, "")) }
        }
        treeKeys(word, sourceWords, targetWords, type: type, into: &keys)
        // What the rules made of the pair and of the sentence.
        var ruled = "nothing"
        for relation in found {
            if relation.source == source.code && relation.target == target.code {
                ruled = relation.type == trigger.type ? "same" : ruled == "same" ? ruled : "othertype"
            } else if relation.source == target.code && relation.target == source.code, relation.type == trigger.type {
                if ruled == "nothing" || ruled == "otherpair" { ruled = "reverse" }
            } else if ruled == "nothing" {
                ruled = "otherpair"
            }
        }
        keys.append(Self.key("rule", ruled))
        keys.append(Self.key("ruletype", ruled + " " + type))
        return keys
    }

    /// A negation, refusal, denial or modal in the three words before the trigger ("did not condemn", "refused to
    /// meet", "would impose", "will visit"): the act is not asserted as the trigger's type.
    func isQualified(_ word: Int) -> Bool {
        let qualifiers: [WordClass] = [.negation, .refusal, .denial, .weakModal, .intentModal]
        return (max(0, word - 3)..<word).contains { index in qualifiers.contains { infos[index].has($0) } }
    }

    /// A demonym before a non-state group's noun ("Somali rebels"): the group, not the country.
    func namesGroup(_ mention: Mention) -> Bool {
        guard case .country(.demonym) = mention.kind,
            mention.tokens.upperBound < text.sentenceTokens[sentence].upperBound
        else { return false }
        return lexicon.isWord(text.tokens[mention.tokens.upperBound].text.lowercased(), .nonStateGroup)
    }

    /// The words strictly between `word` and `range`.
    private func span(_ word: Int, _ range: Range<Int>) -> Range<Int> {
        word < range.lowerBound ? word + 1..<range.lowerBound : range.upperBound..<max(range.upperBound, word)
    }

    private func distance(_ word: Int, _ range: Range<Int>) -> Int {
        word < range.lowerBound ? range.lowerBound - word : word - range.upperBound + 1
    }

    /// Each of the trigger's companion sets has a word within four words of it.
    private func hasCompanions(_ trigger: Trigger) -> Bool {
        let window = max(0, trigger.word - 4)..<min(parse.words.count, trigger.word + 5)
        if let next = trigger.entry.next {
            guard trigger.word + 1 < parse.words.count, parse.words[trigger.word + 1].lowercased() == next else {
                return false
            }
        }
        return trigger.entry.companions.allSatisfy { companions in
            window.contains { companions.contains(parse.words[$0].lowercased()) }
        }
    }

    /// The tree paths from the trigger to each actor's head word; nothing where the sentence has no tree.
    private func treeKeys(
        _ word: Int, _ source: Range<Int>, _ target: Range<Int>, type: String, into keys: inout [UInt64]
    ) {
        guard parse.isParsed, let from = head(of: source), let to = head(of: target) else { return }
        let toSource = path(from: word, to: from)
        let toTarget = path(from: word, to: to)
        keys.append(Self.key("psrc", toSource))
        keys.append(Self.key("ptgt", toTarget))
        keys.append(Self.key("pboth", toSource + " " + toTarget))
        keys.append(Self.key("pbothtype", toSource + " " + toTarget + " " + type))
        keys.append(Self.key("psrclen", Self.bucket(toSource.count { $0 == "<" || $0 == ">" })))
        keys.append(Self.key("ptgtlen", Self.bucket(toTarget.count { $0 == "<" || $0 == ">" })))
        // Negation or a modal on the trigger itself.
        for child in parse.dependents(of: word)
        where ["advmod", "aux", "neg", "mark"].contains(parse.relations[child]) {
            keys.append(Self.key("child", parse.relations[child] + " " + lemmas[child]))
        }
    }

    /// Up from `word` to the lowest common ancestor ("<nsubj" for each step up) and down to `other` (">obj"), at
    /// most four steps each way.
    private func path(from word: Int, to other: Int) -> String {
        let up = ancestors(of: word)
        let down = ancestors(of: other)
        guard let common = up.first(where: { down.contains($0) }) else { return "none" }
        let rise = up.prefix { $0 != common }.map { parse.relations[$0] }
        let fall = down.prefix { $0 != common }.map { parse.relations[$0] }.reversed()
        guard rise.count <= 4, fall.count <= 4 else { return "far" }
        return rise.map { "<" + $0 }.joined() + fall.map { ">" + $0 }.joined()
    }

    /// The word of `range` whose head lies outside it.
    private func head(of range: Range<Int>) -> Int? {
        range.first { !range.contains(parse.heads[$0]) } ?? range.first
    }

    /// The word itself, then its head, up to the root.
    private func ancestors(of word: Int) -> [Int] {
        var chain = [word]
        var cursor = word
        while parse.heads[cursor] >= 0, chain.count <= parse.words.count {
            cursor = parse.heads[cursor]
            chain.append(cursor)
        }
        return chain
    }

    /// The grammar words that come from `tokens`.
    private func words(of tokens: Range<Int>) -> Range<Int> {
        guard let first = wordTokens.firstIndex(where: { tokens.contains($0) }) else {
            let after = wordTokens.firstIndex { $0 >= tokens.upperBound } ?? wordTokens.count
            return after..<after
        }
        var end = first
        while end < wordTokens.count, tokens.contains(wordTokens[end]) { end += 1 }
        return first..<end
    }

    private func word(before range: Range<Int>) -> String {
        range.lowerBound > 0 ? lemmas[range.lowerBound - 1] : "<s>"
    }

    private func word(at index: Int) -> String {
        index < lemmas.count ? lemmas[index] : "</s>"
    }

    static func name(_ kind: Actor.Kind) -> String {
        switch kind {
        case .country(let mention): mention?.rawValue ?? "country"
        case .leader: "leader"
        case .pronoun: "pronoun"
        case .territory: "territory"
        }
    }

    private static func bucket(_ count: Int) -> String {
        switch count {
        case ..<3: String(count)
        case 3..<6: "3-5"
        case 6..<11: "6-10"
        case 11..<21: "11-20"
        default: "21+"
        }
    }

    /// FNV-1a over the template, a separator and the value, then SplitMix64's finalizer.
    static func key(_ template: String, _ value: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in template.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash = (hash ^ 0x1f) &* 0x100_0000_01b3
        for byte in value.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return FeatureKeys.mix(hash)
    }
}
