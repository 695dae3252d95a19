extension SentenceReader {
    /// The acts the dependency tree shows: for each verb of the lexicon, its subject and the object or oblique its
    /// trigger names, followed across passives, control verbs, relative clauses, participles and conjuncts.
    func treeFindings(_ tree: SentenceTree) -> [Finding] {
        var findings: [Finding] = []
        for word in 0..<tree.count {
            switch tree.parse.upos[word] {
            case "VERB": if let finding = treeVerbFinding(word, tree) { findings.append(finding) }
            // The tagger reads some nouns as adjectives ("a military offensive").
            case "NOUN", "ADJ": if let finding = treeNominalFinding(word, tree) { findings.append(finding) }
            default: break
            }
        }
        return findings
    }

    /// Verbs whose object is an act that stops, or is only talked about: no act of their subject's.
    private static let undoingVerbs: Set<String> = [
        "end", "lift", "halt", "stop", "suspend", "cancel", "discuss", "oppose", "reject", "deny", "ease", "scrap",
        "drop", "postpone", "delay", "avoid", "prevent", "seek", "want", "consider", "propose", "debate",
    ]

    private func lemma(_ word: Int, _ tree: SentenceTree) -> String { tree.parse.lemmas[word].lowercased() }

    /// "planned talks", "proposed meetings", "talks collapsed": meetings that have not taken place, or broke down.
    private static let undoneMeetings: Set<String> = [
        "plan", "planned", "propose", "proposed", "possible", "future", "cancel", "cancelled", "canceled", "postpone",
        "postponed", "schedule", "scheduled", "upcoming", "expect", "expected", "collapse", "fail", "stall",
        "cancellation", "suspension", "breakdown", "postponement", "end", "halt", "failure", "freeze", "prospect",
        "possibility", "proposal", "offer", "request", "invitation", "call", "demand", "hope",
    ]

    /// Verbs whose object names the act they carry out.
    private static let supportVerbs: Set<String> = [
        "launch", "begin", "start", "carry", "conduct", "stage", "hold", "impose", "announce", "mount", "continue",
        "step", "intensify", "escalate", "order", "make", "pay", "give", "provide", "send", "offer", "sign", "seal",
        "expand", "increase", "have", "open", "wage", "extend", "deliver", "approve", "deepen", "strengthen",
        "boost", "tighten", "level", "unleash", "renew", "pledge", "promise", "reach", "conclude", "express",
        "voice", "lend", "reaffirm",
    ]

    private static let journeys: Set<String> = ["visit", "tour", "trip", "journey", "travel"]

    /// "an Asian tour that will also take him to India and Japan", "the visit will take the American President to
    /// Canada's capital": a journey that takes its traveller to a country is the traveller's visit there.
    func tripsTaking(_ tree: SentenceTree) -> [Relation] {
        var relations: [Relation] = []
        for verb in 0..<tree.count where tree.parse.upos[verb] == "VERB" && lemma(verb, tree) == "take" {
            // The noun before the relative pronoun where the parse hung the clause elsewhere.
            let relative = tree.dependents(of: verb, ["nsubj"]).first
            let journey =
                tree.relation(verb) == "acl:relcl"
                ? [tree.head(verb), relative.map { $0 - 1 }].compactMap { $0 }.first {
                    $0 >= 0 && Self.journeys.contains(lemma($0, tree))
                }
                : relative
            guard let journey, Self.journeys.contains(lemma(journey, tree)),
                let object = tree.dependents(of: verb, ["obj"]).first
            else { continue }
            var travellers: [String]
            if ["him", "her"].contains(tree.form(object).lowercased()) {
                // The person the sentence is about, or the one of the two sentences before.
                travellers = subjectPersonCodes(before: count)
            } else {
                guard let actor = treeActor(at: object, tree, acting: true), isPerson(actor) else { continue }
                travellers = actor.codes
            }
            let isIntended = tree.dependents(of: verb, ["aux"]).contains { isWord(tree.tokens[$0], .intentModal) }
            // A stop on a journey: its meeting, planned or held (a trip under way is no pledge of one, GUIDE).
            let (type, mode): (RelationType, RelationMode) = (.meetOrNegotiate, isIntended ? .intent : .asserted)
            for (phrase, preposition) in tree.markedPhrases(of: verb) where preposition == "to" {
                guard let place = treeActor(at: phrase, tree, acting: false) else { continue }
                for source in travellers {
                    for target in place.codes where target != source {
                        relations.append(
                            relation(
                                source, target, type, mode, tree.tokens[verb], [], 0.7,
                                because: "a \(lemma(journey, tree)) that takes its traveller to a country",
                                paths: explains
                                    ? [tree.path(from: verb, to: object), tree.path(from: verb, to: phrase)] : nil))
                    }
                }
            }
        }
        return relations
    }

    /// "Russia's invasion of Ukraine", "Turkey began a military offensive into Syria", "talks between Seoul and
    /// Beijing": a nominal's owner is its possessor or qualifier, else the subject of the verb whose object it is;
    /// the other side stands in its own phrase or the verb's with the slot's preposition, or with "between".
    private func treeNominalFinding(_ noun: Int, _ tree: SentenceTree) -> Finding? {
        let index = tree.tokens[noun]
        let next = noun + 1 < tree.count ? tree.form(noun + 1) : ""
        guard
            let trigger = lexicon.info(tree.form(noun)).nounTriggers.first(where: { $0.next == nil || $0.next == next }
            ),
            var type = trigger.type ?? (trigger.isTransfer ? .provideAid : nil)
        else { return nil }
        // The news, not its background ("Russia's invasion of Ukraine has pushed up prices"): the object of a
        // clause or a clause of its own, or a meeting the clause places the news in ("during talks between ...").
        // "a military aid package": the phrase the nominal qualifies stands in its place.
        let phrase = tree.relation(noun) == "compound" ? tree.head(noun) ?? noun : noun
        let role = tree.relation(phrase)
        let framing = tree.preposition(of: phrase)
        let isMeeting = type == .meetOrNegotiate && ["during", "in", "at", "on", "for"].contains(framing ?? "")
        // A meeting its owner held is news wherever the sentence names it ("details emerged about Trump's call with
        // Zelensky"), unless the clause undoes it ("Lavrov's talks with Blinken were cancelled").
        let isHeldMeeting =
            type == .meetOrNegotiate && !isMeeting && tree.parse.upos[phrase] == "NOUN"
            && ["nsubj", "nmod", "obl"].contains(where: role.hasPrefix)
        guard ["obj", "root"].contains(role) && framing == nil || isMeeting || isHeldMeeting else { return nil }
        let governor = role == "obj" ? tree.head(phrase) : nil
        if let governor, isAskedFor(governor, tree) || Self.undoingVerbs.contains(lemma(governor, tree)) {
            return nil
        }
        // "President Trump's planned trip to Warsaw, which was cancelled": a meeting its relative clause undoes.
        if isMeeting || isHeldMeeting,
            tree.dependents(of: phrase, ["acl:relcl"]).contains(where: {
                Self.undoingVerbs.contains(lemma($0, tree)) || Self.undoneMeetings.contains(lemma($0, tree))
            })
        {
            return nil
        }
        if isHeldMeeting {
            // The verb it is the subject of, or the noun it qualifies ("the cancellation of talks with").
            let undoneBy =
                role.hasPrefix("nsubj") || role.hasPrefix("nmod") ? tree.head(phrase).map { lemma($0, tree) } : nil
            let modifiers = tree.dependents(of: phrase, ["amod", "acl"]).map { lemma($0, tree) }
            if let undoneBy, Self.undoingVerbs.contains(undoneBy) || Self.undoneMeetings.contains(undoneBy) {
                return nil
            }
            if modifiers.contains(where: Self.undoneMeetings.contains) { return nil }
        }
        // "its invasion of Ukraine", "Russian airstrikes": the possessor's or qualifier's own act.
        let qualifiers = Set([noun, phrase]).sorted().flatMap {
            tree.dependents(of: $0, ["nmod:poss", "amod", "compound"])
        }
        var owner = qualifiers.lazy
            .compactMap { self.actor(at: tree.tokens[$0]) }.first { !$0.isMaker && !$0.isTerritory }
        // Else the subject of a verb that carries the act out ("launched an offensive", "imposed sanctions").
        if owner == nil, let governor, !Self.supportVerbs.contains(lemma(governor, tree)) { return nil }
        if owner == nil, let governor {
            // Where the parse lost the subject ("after Turkey began an offensive": "after" read as Turkey's
            // preposition), the words' reading of the clause finds it.
            owner =
                treeSubject(of: governor, tree)
                ?? clause(ofVerbAt: tree.tokens[governor], form: nil).subject.map { actors[$0] }
        }
        // "Kohl, on a visit to Brazil, said": a meeting that qualifies a name is that name's.
        if owner == nil, isMeeting, let head = tree.head(phrase) {
            owner =
                tree.relation(phrase) == "nmod"
                ? treeActor(at: head, tree, acting: true) : treeSubject(of: head, tree)
        }
        var slot: Actor?
        // "signed an association agreement with the European Union": a joint act with a party that is no country.
        var partnerIsNoCountry = false
        var slotHeads: [Int] = []
        // "the sale of F-16 fighter jets to Turkey": the slot may follow what is moved.
        let marked = tree.markedPhrases(of: phrase) + (governor.map { tree.markedPhrases(of: $0) } ?? [])
        search: for name in trigger.slots + (trigger.direction == .mutual ? ["between"] : []) {
            for (marked, preposition) in marked where preposition == name {
                guard let actor = treeActor(at: marked, tree, acting: false), actor.codes != owner?.codes else {
                    partnerIsNoCountry = partnerIsNoCountry || actor(at: tree.tokens[marked]) == nil
                    continue
                }
                slot = actor
                slotHeads = [tree.tokens[marked]]
                if name == "between" { (owner, slot) = (actor, nil) }
                break search
            }
        }
        if slot == nil, isMeeting, framing == "for", let head = tree.head(phrase) {
            // "Rifkind, in Pakistan for a visit", "Lavrov was in Beijing for talks": where one is for a visit is the
            // country visited.
            slot = ([head] + tree.dependents(of: head, ["nmod", "obl"]))
                .filter { tree.preposition(of: $0) == "in" }.lazy
                .compactMap { self.treeActor(at: $0, tree, acting: false) }.first { $0.codes != owner?.codes }
            // A city there stands for its country as "a visit to" it would.
            slot?.preposition = "to"
        }
        let end = clauseEnd(after: index)
        if slot == nil {
            // Where the parse went astray inside the phrase ("into north - eastern Syria"), the words right after the
            // nominal still name its other side.
            slot = trigger.slots.lazy.compactMap { self.actorAfterSlot($0, nominal: index, end: end, reach: 2) }
                .first { $0.codes != owner?.codes }
        }
        guard let owner, owner.codes.count > 1 || slot != nil else { return nil }
        // "military aid" is arms (CAMEO 072), not relief.
        if type == .provideAid, isWord(index - 1, .weaponModifier) { type = .armsSupply }
        var items: [String] = []
        if trigger.isTransfer {
            let (thing, weapons) = transferType(in: index + 1..<(slot?.phraseStart ?? index + 1), default: trigger.type)
            guard let thing else { return nil }
            (type, items) = (thing, weapons)
        }
        if let place = slot, !place.canBeTarget(of: type) { slot = nil }
        type = securityType(
            type,
            [owner.phraseStart..<owner.phraseEnd, slot.map { $0.phraseStart..<$0.phraseEnd } ?? 0..<0]
                + slotHeads.map { $0..<$0 + 1 })
        var clause = clause(ofVerbAt: governor.map { tree.tokens[$0] } ?? index, form: nil)
        clause.subjectStart = owner.phraseStart
        // "Congress wants a transcript of Trump's call with Zelensky": the call took place, whatever the clause wants.
        if isHeldMeeting { clause.isIntended = false }
        var finding = Finding(
            trigger: trigger, type: type, index: index, clause: clause, sources: owner.codes,
            targets: slot?.codes ?? [], items: type == .armsSupply ? items : [], confidence: 0.7)
        // The words may name the other party where the parse lost it ("signed an agreement with the European Union").
        finding.partnerIsNoCountry =
            slot == nil
            && (partnerIsNoCountry
                || namesOtherParty(after: index, end: end, slots: trigger.slots))
        finding.paths = paths(from: noun, to: [owner, slot], tree)
        return finding
    }

    private func treeVerbFinding(_ verb: Int, _ tree: SentenceTree) -> Finding? {
        let index = tree.tokens[verb]
        let entries = lexicon.info(tree.form(verb)).verbTriggers
        guard let form = entries.first?.form else { return nil }
        guard let trigger = mostSpecific(entries, at: index), !isAskedFor(verb, tree), !isRequested(at: index)
        else { return nil }
        let isPassive =
            !tree.dependents(of: verb, ["nsubj:pass", "aux:pass"]).isEmpty
            || (tree.relation(verb) == "acl" && tree.parse.xpos[verb] == "VBN")
        var subject = treeSubject(of: verb, tree)
        var slot: Actor?
        for name in trigger.slots where !(isPassive && name == "obj") {
            if let found = treeSlot(name, of: verb, tree) {
                slot = found
                break
            }
        }
        if isPassive {
            // "Kyiv was hit by Russian missiles", "forces backed by Russia": the agent acts on the subject.
            let agent = tree.dependents(of: verb, ["obl:agent", "obl"])
                .filter { tree.preposition(of: $0) == "by" }
                .lazy.compactMap { treeActor(at: $0, tree, acting: true) }.first
            let patient =
                tree.relation(verb) == "acl"
                ? tree.head(verb).flatMap { treeActor(at: $0, tree, acting: false) }
                : tree.dependents(of: verb, ["nsubj:pass"]).lazy.compactMap { treeActor(at: $0, tree, acting: false) }
                    .first
            if trigger.direction == .backward {
                subject = agent
            } else {
                (subject, slot) = (agent, slot ?? patient)
            }
        }
        var clause = clause(ofVerbAt: index, form: form)
        if tree.relation(verb) == "advcl",
            tree.dependents(of: verb, ["mark"]).contains(where: { tree.form($0) != "to" })
        {
            // "China has pledged support for the pact since reaching a deal": what the main clause says of its own
            // verb (pledged) is not said of an adverbial clause's ("threatened ... to impose" still threatens).
            var own = Clause(subjectStart: index, stop: index)
            let first = tree.tokens[tree.subtreeStart(of: verb)]
            for token in first..<index { mark(&own, at: token) }
            clause = own
        }
        clause.isPassive = isPassive
        clause.subjectStart = subject?.phraseStart ?? index
        if tree.dependents(of: verb, ["advmod"]).contains(where: { ["not", "never", "n't"].contains(tree.form($0)) }) {
            clause.isNegated = true
        }
        let end = clauseEnd(after: index)
        var finding = typedFinding(trigger, index: index, clause: clause, subject: subject, slot: slot, end: end)
        if finding?.targets.isEmpty == true, trigger.direction == .mutual {
            finding?.partnerIsNoCountry = namesOtherParty(after: index, end: end, slots: trigger.slots)
        }
        finding?.paths = paths(from: verb, to: [subject, slot], tree)
        return finding
    }

    /// The tree's paths from the trigger to each actor's name, where explanations are asked for (else none, which
    /// still marks the finding as the tree's).
    private func paths(from trigger: Int, to actors: [Actor?], _ tree: SentenceTree) -> [String] {
        guard explains else { return [] }
        return actors.compactMap { actor in
            guard let actor, let word = tree.tokens.firstIndex(where: { (actor.start..<actor.end).contains($0) })
            else { return nil }
            return tree.path(from: trigger, to: word)
        }
    }

    /// "urged Iran to release them", "demanded that Venezuela release": what one side asks of another has not
    /// happened; the asking is the event.
    private func isAskedFor(_ verb: Int, _ tree: SentenceTree) -> Bool {
        guard ["xcomp", "ccomp", "advcl"].contains(tree.relation(verb)), let head = tree.head(verb) else {
            return false
        }
        return lexicon.info(tree.form(head)).verbTriggers.contains { [.appeal, .demand].contains($0.trigger.type) }
    }

    private static let proposals: Set<String> = [
        "resolution", "plan", "proposal", "bill", "draft", "measure", "motion", "law", "legislation", "package",
    ]
    private static let proposing: Set<String> = [
        "propose", "draft", "table", "submit", "introduce", "sponsor", "circulate", "present", "unveil", "pass",
        "adopt", "approve",
    ]

    /// Who does what `verb` says: its own subject, else the one its clause borrows a subject from.
    private func treeSubject(of verb: Int, _ tree: SentenceTree, depth: Int = 0) -> Actor? {
        guard depth < 4 else { return nil }
        if let subject = tree.dependents(of: verb, ["nsubj"]).first {
            if ["which", "who", "that"].contains(tree.form(subject)), tree.relation(verb) == "acl:relcl",
                let noun = tree.head(verb)
            {
                // "Russia, which invaded Ukraine": the relative pronoun stands for the noun it follows.
                if let actor = treeActor(at: noun, tree, acting: true) { return actor }
                // "Chile has proposed a resolution that would impose an arms embargo on Burundi": the proposer's.
                guard Self.proposals.contains(lemma(noun, tree)), tree.relation(noun) == "obj",
                    let governor = tree.head(noun), Self.proposing.contains(lemma(governor, tree))
                else { return nil }
                return treeSubject(of: governor, tree, depth: depth + 1)
            }
            return treeActor(at: subject, tree, acting: true)
        }
        // A verb of saying lends no subject: "Grenell alleged Mahan had contributed ... by supporting Syria".
        guard let head = tree.head(verb), reportKind(tree.tokens[head]) == nil else { return nil }
        switch tree.relation(verb) {
        case "xcomp":
            // "Slovenia and Poland pledged to intensify cooperation"; "asked Iran to ..." borrows the object.
            if let object = tree.dependents(of: head, ["obj", "iobj"]).first {
                return treeActor(at: object, tree, acting: true)
            }
            return treeSubject(of: head, tree, depth: depth + 1)
        case "conj", "advcl":
            // "attacked and occupied", "retaliated by expelling".
            guard tree.parse.upos[head] == "VERB" else { return nil }
            let subject = treeSubject(of: head, tree, depth: depth + 1)
            // "Britain joined the United States in welcoming the deal": the one joined acts too.
            guard lemma(head, tree) == "join",
                tree.dependents(of: verb, ["mark", "case"]).contains(where: { tree.form($0) == "in" }),
                let partner = tree.dependents(of: head, ["obj"]).lazy
                    .compactMap({ self.treeActor(at: $0, tree, acting: true) }).first
            else { return subject }
            guard var joined = subject else { return partner }
            joined.codes += partner.codes.filter { !joined.codes.contains($0) }
            return joined
        case "acl" where tree.parse.xpos[verb] == "VBG":
            // "Iranian forces attacking Kurds"; "Iran launched missiles targeting US troops".
            if let actor = treeActor(at: head, tree, acting: true) { return actor }
            if tree.relation(head) == "obj", let governor = tree.head(head) {
                return treeSubject(of: governor, tree, depth: depth + 1)
            }
            return nil
        default:
            return nil
        }
    }

    /// The country in the slot a trigger names: its direct object, a "that" clause's subject, or a phrase of the
    /// clause that the slot's preposition marks ("imposed sanctions on Iran").
    private func treeSlot(_ slot: String, of verb: Int, _ tree: SentenceTree) -> Actor? {
        switch slot {
        case "obj":
            return tree.dependents(of: verb, ["obj", "iobj"]).lazy.compactMap { treeActor(at: $0, tree, acting: false) }
                .first
        case "that":
            return tree.dependents(of: verb, ["ccomp"]).lazy
                .compactMap { clause in
                    tree.dependents(of: clause, ["nsubj"]).first.flatMap { treeActor(at: $0, tree, acting: true) }
                }.first
        default:
            for (phrase, preposition) in tree.markedPhrases(of: verb)
            where preposition == slot || (slot == "in" && preposition == "inside") {
                if let actor = treeActor(at: phrase, tree, acting: false) { return actor }
            }
            return nil
        }
    }

    /// The actor a word of the tree and its conjuncts stand for: the country phrase it lies in, else, for the head
    /// of a phrase that a country qualifies, that country ("the foreign ministers of Egypt and France", "US troops").
    /// `acting`: as a subject, which only countries and the people and bodies that act for them can be.
    private func treeActor(at word: Int, _ tree: SentenceTree, acting: Bool) -> Actor? {
        // "Egypt's foreign minister and his Greek and French counterparts": the conjuncts act together.
        var merged: Actor?
        for conjunct in tree.withConjuncts(word) {
            guard let actor = phraseActor(at: conjunct, tree, acting: acting) else { continue }
            guard var joined = merged else {
                merged = actor
                continue
            }
            joined.codes += actor.codes.filter { !joined.codes.contains($0) }
            merged = joined
        }
        return merged
    }

    /// The actor of one phrase of the tree, without its conjuncts.
    private func phraseActor(at word: Int, _ tree: SentenceTree, acting: Bool) -> Actor? {
        if let actor = actor(at: tree.tokens[word]) {
            guard !actor.isMaker, !acting || (actor.isAgentive && !actor.isTerritory) else { return nil }
            return actor
        }
        let isAgentiveHead = lexicon.isWord(tree.form(word), .agentive)
        guard !acting || isAgentiveHead else { return nil }
        for dependent in tree.dependents(of: word, ["nmod:poss", "amod", "compound", "nmod"]) {
            if tree.relation(dependent) == "nmod", !["of", "from"].contains(tree.preposition(of: dependent) ?? "") {
                continue
            }
            if let actor = actor(at: tree.tokens[dependent]), !actor.isMaker, !actor.isTerritory || !acting {
                return actor
            }
        }
        return nil
    }
}
