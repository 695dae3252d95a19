extension SentenceReader {
    private static let failures: Set<String> = ["fail", "fails", "failed", "failing"]

    /// "a plot to kill the Saudi ambassador": a scheme others tell of, no act.
    private static let schemes: Set<String> = [
        "plot", "plots", "plotted", "plotting", "conspiracy", "conspiring", "scheme",
    ]

    private static let passiveAuxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "get", "got", "gets",
    ]

    /// Reads the clause of a verb at `index`: its subject, to the left, and the words between that
    /// mark negation, refusal, intent, speculation and the passive voice.
    func clause(ofVerbAt index: Int, form: VerbForm?) -> Clause {
        var clause = Clause(subjectStart: index, stop: 0)
        var cursor = index - 1
        while cursor >= 0 {
            // "Moscow denied supplying weapons": the gerund's subject is the denier's.
            let gerundComplement = form == .gerund && cursor == index - 1 && isReportVerb(cursor)
            if actorAt[cursor] < 0, !gerundComplement, isClauseBoundary(cursor) || isReportVerb(cursor) {
                clause.stop = cursor + 1
                // "Russia, which invaded Ukraine": the relative pronoun stands for the phrase before it.
                let antecedent = word(cursor - 1) == "," ? cursor - 2 : cursor - 1
                if ["which", "who"].contains(words[cursor]), let position = antecedent >= 0 ? actorAt[antecedent] : nil,
                    position >= 0, canBeSubject(actors[position])
                {
                    clause.subject = position
                    clause.subjectStart = actors[position].phraseStart
                } else if reportKind(cursor) == .say, (cursor + 1..<index).allSatisfy(isVerbModifier),
                    let speaker = self.clause(ofVerbAt: cursor, form: nil).subject
                {
                    // "U.S. says still committed to ...", "Russia says will respond": a headline's verb with no
                    // subject of its own is the speaker's.
                    clause.subject = speaker
                    clause.subjectStart = actors[speaker].phraseStart
                }
                break
            }
            if let position = actorAt[cursor] >= 0 ? actorAt[cursor] : nil {
                let actor = actors[position]
                if clause.patient == nil, actor.preposition == nil, !actor.isMaker { clause.patient = position }
                if canBeSubject(actor) || isAbsoluteSubject(actor, of: index, form: form) {
                    clause.subject = position
                    clause.subjectStart = actor.phraseStart
                    clause.stop = actor.phraseEnd
                    break
                }
                cursor = actor.phraseStart - 1
                continue
            }
            cursor -= 1
        }
        // ", promising to support reforms and praising Ukraine": a participle after "and" joins the participle before
        // it, so the words of that one's phrase do not mark it.
        let markedTo =
            form == .gerund && word(index - 1) == "and"
            ? (clause.stop..<index).last { words[$0] == "," } ?? index : index
        for marker in clause.stop..<max(clause.stop, markedTo) { mark(&clause, at: marker) }
        // Headlines: "Germany to send tanks to Ukraine" is a plan.
        if clause.subject != nil, word(clause.stop) == "to", clause.stop < index { clause.isIntended = true }
        if form == .past {
            var previous = index - 1
            while previous >= 0, isWord(previous, .adverb) || isWord(previous, .negation) { previous -= 1 }
            // "was committed to peace with Syria" states an intent, not a passive.
            let isIntentAdjective = isWord(index, .intent) && word(index + 1) == "to"
            clause.isPassive =
                !isIntentAdjective
                && (Self.passiveAuxiliaries.contains(word(previous))
                    || (word(index + 1) == "by" && actor(at: index - 1) == nil))
        }
        return clause
    }

    /// A word that can stand between a subject and its verb: "still", "not", "will", "is".
    private func isVerbModifier(_ index: Int) -> Bool {
        isWord(index, .adverb) || isWord(index, .negation) || isWord(index, .intentModal) || isWord(index, .weakModal)
            || isWord(index, .auxiliary)
    }

    func mark(_ clause: inout Clause, at index: Int) {
        if actorAt[index] >= 0 && !isWord(index, .pronoun) { return }
        // "failed to reach agreement": what was failed did not happen.
        if isWord(index, .negation) || (Self.failures.contains(words[index]) && word(index + 1) == "to") {
            clause.isNegated = true
        }
        if isWord(index, .refusal) { clause.isRefused = true }
        if isWord(index, .threat) && (index + 1...index + 3).contains(where: { self.word($0) == "to" }) {
            clause.isThreatened = true
        }
        if isWord(index, .intentModal) || isWord(index, .intent) || isWord(index, .intentAdjective)
            || (isWord(index, .intentNoun) && self.word(index + 1) == "to")
        {
            clause.isIntended = true
        }
        // "Iran must release them" asks for an act; it reports none ("agreed that they should" is a pledge).
        if isWord(index, .weakModal) || words[index] == "must"
            || (Self.schemes.contains(words[index]) && word(index + 1) == "to")
        {
            clause.isSpeculative = true
        }
    }

    /// "with Congo's president accusing Rwanda": after "with", a country right before a gerund is its subject.
    func isAbsoluteSubject(_ actor: Actor, of index: Int, form: VerbForm?) -> Bool {
        form == .gerund && actor.phraseEnd == index && actor.preposition == "with" && actor.isAgentive
            && !actor.isMaker
    }

    func isReportVerb(_ index: Int) -> Bool {
        reportKind(index) != nil
    }

    func reportKind(_ index: Int) -> ReportFrame.Kind? {
        guard index >= 0, index < count, actorAt[index] < 0 else { return nil }
        if isWord(index, .denial) { return .denial }
        if isWord(index, .say) { return .say }
        if isWord(index, .factive) { return .factive }
        if isWord(index, .belief) { return .belief }
        if isWord(index, .hint) { return .hint }
        return nil
    }

    /// A country that can be the subject of a verb to its right: not a place, not inside a phrase
    /// with a preposition (except "of": "a group of Moroccan diplomats"), not the object of a verb.
    func canBeSubject(_ actor: Actor) -> Bool {
        // "of": "a group of Moroccan diplomats"; "after": "after China sanctioned Lithuania".
        let clausal: Set<String> = ["of", "after", "before", "since", "until", "as"]
        // "A message from Bill Clinton congratulated Ukraine", "A message from the West this week from Bill Clinton
        // ...": the author of a statement acts through it.
        let isAuthor =
            actor.preposition == "from"
            && (max(0, actor.phraseStart - 8)..<actor.phraseStart - 1).reversed().first {
                Self.statements.contains(words[$0]) || looksLikeVerb($0) || isClauseBoundary($0)
            }.map { Self.statements.contains(words[$0]) } ?? false
        guard actor.isAgentive, !actor.isMaker, actor.preposition.map(clausal.contains) ?? true || isAuthor else {
            return false
        }
        let before = actor.phraseStart - 1
        if before >= 0, !infos[before].verbTriggers.isEmpty, !isReportVerb(before) { return false }
        return true
    }

    /// The frames of the verbs of saying in the sentence, with their speakers.
    func reportFrames() -> [ReportFrame] {
        var frames: [ReportFrame] = []
        for index in 0..<count {
            guard let kind = reportKind(index) else { continue }
            if kind == .hint && !infos[index].verbTriggers.isEmpty && word(index + 1) != "that" { continue }
            let clause = clause(ofVerbAt: index, form: nil)
            let speaker = clause.subject.map { actors[$0].codes } ?? []
            frames.append(ReportFrame(verb: index, kind: kind, speaker: speaker))
        }
        return frames
    }

    // MARK: the other side

    /// The end of the clause that starts after `index`: a boundary word, or at most 20 words on.
    func clauseEnd(after index: Int) -> Int {
        var cursor = index + 1
        while cursor < count, cursor - index <= 20 {
            if isClauseBoundary(cursor) && words[cursor] != "that" { return cursor }
            // ", ending years of disputes with Paraguay": a participle starts another clause.
            if words[cursor] == ",", words[min(cursor + 1, count - 1)].hasSuffix("ing") { return cursor }
            if words[cursor] == "that" && cursor > index + 1 && !isReportVerb(cursor - 1) { return cursor }
            cursor += 1
        }
        return cursor
    }

    /// The country in the slot of a trigger at `index`: its direct object, a "that" clause's subject,
    /// or the noun phrase after a preposition.
    /// `acrossBorder`: the country across a border is the slot's ("massed troops near the border with Ukraine").
    func slotActor(_ slot: String, after index: Int, end: Int, acrossBorder: Bool = false) -> Actor? {
        switch slot {
        case "obj":
            return objectActor(from: index + 1, end: end)
        case "that":
            guard let that = (index + 1..<min(index + 4, end)).first(where: { words[$0] == "that" }) else { return nil }
            return (that + 1..<min(that + 8, end)).lazy.compactMap { actor(at: $0) }
                .first { !$0.isPlace(lexicon) && $0.preposition == nil }
        default:
            var cursor = index + 1
            while cursor < end {
                // "near the border with Belarus" places the act; it is not done with Belarus.
                let isBorder = isBorderWord(cursor - 1)
                // "deep inside Russia" is "in Russia".
                let isSlot = words[cursor] == slot || (slot == "in" && words[cursor] == "inside")
                if isSlot, !isBorder,
                    let actor = actorAfterPreposition(
                        cursor, end: end, placeAllowed: slot == "in", acrossBorder: acrossBorder)
                {
                    return actor
                }
                cursor += 1
            }
            return nil
        }
    }

    /// The first country in the noun phrase that starts at `start` ("two Estonian diplomats",
    /// "Seoul's decision", "the right of Russia troops", "the new government in Niger").
    func objectActor(from start: Int, end: Int) -> Actor? {
        var cursor = start
        var prepositions = 0
        while cursor < end, cursor - start < 9 {
            if let actor = actor(at: cursor) {
                if actor.preposition == nil || actor.preposition == "of" || actor.preposition == "from"
                    || (cursor > start && isWord(actor.phraseStart - 2, .agentive))
                {
                    return actor.isPlace(lexicon)
                        && !(actor.preposition == "in" && isWord(actor.phraseStart - 2, .agentive))
                        ? nil : actor
                }
                return nil
            }
            let word = words[cursor]
            if isWord(cursor, .preposition) {
                let governmentIn = word == "in" && isWord(cursor - 1, .agentive)
                guard word == "of" || word == "from" || governmentIn, prepositions == 0 else { return nil }
                prepositions += 1
            } else if (isPunctuation(cursor) && word != "-") || isClauseBoundary(cursor)
                || (infos[cursor].verbForm != nil && !isWord(cursor, .agentive) && !isWord(cursor - 1, .determiner)
                    && cursor > start)
            {
                // Right after the verb or "the", a verb's form is a noun: "rejected calls from the US",
                // "condemned the visit of a US delegation".
                return nil
            }
            cursor += 1
        }
        return nil
    }

    private func isBorderWord(_ index: Int) -> Bool {
        ["border", "borders", "frontier"].contains(word(index))
    }

    /// The country of the noun phrase after the preposition at `index`, within a few words.
    func actorAfterPreposition(_ index: Int, end: Int, placeAllowed: Bool, acrossBorder: Bool = false) -> Actor? {
        var cursor = index + 1
        while cursor < end, cursor - index <= 5 {
            if let actor = actor(at: cursor) {
                return !placeAllowed && actor.isPlace(lexicon) && actor.preposition != words[index] ? nil : actor
            }
            let isBorder = acrossBorder && isBorderWord(cursor)
            if (cursor == index + 1 && isWord(cursor, .goods)) || isBorder,
                ["from", "of", "with"].contains(word(cursor + 1))
            {
                // "tariffs on imports from Canada", "troops near the border with Ukraine".
                cursor += 2
                continue
            }
            if isPunctuation(cursor) && words[cursor] != "-" || isClauseBoundary(cursor)
                || isWord(cursor, .preposition)
                || (infos[cursor].verbForm != nil && !isWord(cursor, .agentive))
            {
                return nil
            }
            cursor += 1
        }
        return nil
    }
}
