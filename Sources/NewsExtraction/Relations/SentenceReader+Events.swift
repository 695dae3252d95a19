extension SentenceReader {
    /// The relations the sentence reports, and its subject for the sentence after.
    func relations() -> (relations: [Relation], subject: [String]) {
        let frames = reportFrames()
        var findings: [Finding] = []
        var consumed = [Bool](repeating: false, count: count)
        var verbAt = [Bool](repeating: false, count: count)
        for index in 0..<count {
            guard let (trigger, form) = verbTrigger(at: index) else { continue }
            verbAt[index] = true
            if let finding = verbFinding(trigger, form: form, at: index, consumed: &consumed) {
                findings.append(finding)
            }
        }
        // Where the sentence has a tree, its nominals are read from the tree.
        for index in 0..<count where !verbAt[index] && tree == nil {
            if let finding = nominalFinding(at: index, consumed: consumed[index]) { findings.append(finding) }
        }
        var relations: [Relation] = []
        for finding in findings { relations += resolve(finding, frames: frames) }
        relations += demands(frames)
        // Each further reading adds what the ones before missed: one relation per (source, target, type).
        func isNew(_ relation: Relation) -> Bool {
            !relations.contains {
                $0.source == relation.source && $0.target == relation.target && $0.type == relation.type
            }
        }
        for relation in condemnations(frames) + assurances(frames) where isNew(relation) { relations.append(relation) }
        if let tree {
            for finding in treeFindings(tree) {
                // A denied act is no event; the words' reading keeps the denials it reports.
                for relation in resolve(finding, frames: frames) where relation.mode != .denied && isNew(relation) {
                    relations.append(relation)
                }
            }
            for relation in tripsTaking(tree) where isNew(relation) { relations.append(relation) }
        }
        let subject = actors.first { canBeSubject($0) }?.codes ?? []
        return (relations, subject)
    }

    // MARK: verbs

    /// The most specific verb trigger the word at `index` can be, if it is used as a verb here.
    private func verbTrigger(at index: Int) -> (Trigger, VerbForm)? {
        let entries = infos[index].verbTriggers
        guard var form = entries.first?.form else { return nil }
        if entries.contains(where: { $0.form == .past }), isWord(index - 1, .auxiliary) { form = .past }
        guard isUsedAsVerb(index, form) else { return nil }
        return mostSpecific(entries, at: index).map { ($0, form) }
    }

    /// Whether a word that can be a verb or a noun ("attacks", "supply") is a verb here.
    private func isUsedAsVerb(_ index: Int, _ form: VerbForm) -> Bool {
        var previous = index - 1
        while previous >= 0, isWord(previous, .adverb) { previous -= 1 }
        let before = word(previous)
        // Inside a noun phrase ("the attacks", "Russian attacks") it is a noun.
        if isWord(previous, .determiner) || isWord(previous, .adjective) || actorAt[index] >= 0 { return false }
        switch form {
        case .past:
            return !isReducedRelative(index, after: previous)
        case .gerund:
            // A gerund predicates after "is", a comma, "and", "denied" or "by" ("retaliated by expelling"); elsewhere
            // it modifies ("trading partners") or is governed by another preposition ("for signing").
            return isWord(previous, .auxiliary) || before == "," || before == "and" || before == "—" || before == "by"
                || isReportVerb(previous) || isWord(previous, .continuation) || followsAStatement(index)
                || (actor(at: previous).map { isAbsoluteSubject($0, of: index, form: .gerund) } ?? false)
        case .base, .thirdPerson:
            return isWord(previous, .auxiliary) || isWord(previous, .intentModal) || isWord(previous, .weakModal)
                || isWord(previous, .obligation) || isWord(previous, .negation) || before == "to"
                || ["they", "it", "we", "he", "she", "who", "and", "help"].contains(before)
                || (actor(at: previous).map { $0.phraseEnd == index && !["a", "an"].contains(word($0.phraseStart)) }
                    ?? false)
        }
    }

    static let statements: Set<String> = [
        "statement", "statements", "message", "messages", "letter", "letters", "tweet", "tweets", "speech", "note",
        "communique", "communiqué", "resolution", "declaration",
    ]

    /// "issued a statement condemning Iran", "posted a message on Twitter blaming Iran": the statement performs
    /// the act, and its author is the clause's subject.
    private func followsAStatement(_ index: Int) -> Bool {
        // A statement can accuse or back; "statements speaking of an incursion" meet nobody.
        guard !infos[index].verbTriggers.contains(where: { $0.trigger.direction == .mutual }) else { return false }
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 4 {
            if Self.statements.contains(words[cursor]) { return true }
            guard isCapitalized[cursor] || isWord(cursor, .preposition) else { return false }
            cursor -= 1
        }
        return false
    }

    /// "sanctions on Chinese firms accused of helping Russia": a participle right after a plain noun, once
    /// its clause already has a verb, describes that noun; it is no act of the clause's subject.
    private func isReducedRelative(_ index: Int, after previous: Int) -> Bool {
        guard previous >= 0, actor(at: previous).map({ !$0.isAgentive && previous >= $0.end }) ?? true,
            !isPunctuation(previous), !isWord(previous, .auxiliary),
            !isWord(previous, .negation), !isWord(previous, .pronoun), !isWord(previous, .conjunction),
            !isClauseBoundary(previous), !isWord(previous, .preposition)
        else { return false }
        var cursor = previous - 1
        while cursor >= 0, !isClauseBoundary(cursor), !isReportVerb(cursor), words[cursor] != "," {
            if actorAt[cursor] < 0, looksLikeVerb(cursor), !isWord(cursor, .auxiliary) { return true }
            cursor -= 1
        }
        return false
    }

    private func verbFinding(_ trigger: Trigger, form: VerbForm, at index: Int, consumed: inout [Bool]) -> Finding? {
        let clause = clause(ofVerbAt: index, form: form)
        // "demanded that Venezuela release the Americans": what is demanded has not happened.
        let that = clause.subjectStart - 1
        if form == .base, word(that) == "that", that >= 1,
            infos[that - 1].verbTriggers.contains(where: { [.demand, .appeal].contains($0.trigger.type) })
        {
            return nil
        }
        if form == .base, isRequested(at: index) { return nil }
        let end = clauseEnd(after: index)
        var slot: Actor?
        for name in trigger.slots where !(clause.isPassive && name == "obj") {
            // The nearest is the verb's own: "airstrikes inside Iran, days after strikes on Pakistan".
            if let found = slotActor(name, after: index, end: end, acrossBorder: trigger.type == .militaryBuildup),
                found.phraseStart < slot?.phraseStart ?? count
            {
                slot = found
            }
        }
        if slot == nil, trigger.type == .threaten, word(index + 1) == "to" || word(index + 2) == "to" {
            // "threatened to cut off electricity to the Azerbaijani republic": the one threatened follows.
            slot = (index + 1..<end).lazy.compactMap { actor(at: $0) }
                .first { !$0.isPlace(lexicon) && !$0.isPronoun && $0.preposition != "between" }
        }
        let consumedEnd = slot?.phraseEnd ?? min(end, index + 7)
        for position in index..<max(index, consumedEnd) { consumed[position] = true }
        var subject = clause.subject.map { actors[$0] }
        if let object = slot, object.isPronoun, object.codes == subject?.codes, !previousSources.isEmpty {
            // "London called it an act of piracy": "it" is what the last sentence's actor did.
            slot?.codes = previousSources
        }
        if clause.isPassive {
            // "Kyiv was hit by Russian missiles": the agent acts on the subject.
            var agent = slotActor("by", after: index, end: end)
            if agent == nil, trigger.type == .seizeDetainExpel {
                // "A Hong Kong carpenter was arrested in the Thai town of Pattaya": the state where it happened.
                agent = slotActor("in", after: index, end: end).flatMap { $0.isTerritory ? nil : $0 }
            }
            if trigger.direction == .backward {
                (subject, slot) = (agent, slot)
            } else {
                let patient = slot ?? subject ?? clause.patient.map { actors[$0] }
                (subject, slot) = (agent, patient)
            }
        }
        return typedFinding(trigger, index: index, clause: clause, subject: subject, slot: slot, end: end)
    }

    /// The finding of a trigger at `index` once its subject and slot are known: the thing moved, the words around
    /// and the kind of the other side decide its type.
    func typedFinding(_ trigger: Trigger, index: Int, clause: Clause, subject: Actor?, slot: Actor?, end: Int)
        -> Finding?
    {
        var slot = slot
        if trigger.direction == .backward && slot == nil {
            // "received Iranian-manufactured drones": the maker supplied them.
            slot = (index + 1..<end).lazy.compactMap { actor(at: $0) }.first { $0.isMaker || $0.isDemonym }
        }
        var type = trigger.type
        var items: [String] = []
        if trigger.isTransfer {
            // What moves lies between the verb and the other side, or around a maker ("Iranian drones").
            let regionEnd = slot.map { $0.preposition == nil ? $0.phraseEnd : $0.phraseStart } ?? end
            let region = index + 1..<max(index + 1, min(end, regionEnd))
            (type, items) = transferType(in: region, default: trigger.type)
            if type == nil, let slot, slot.preposition == nil, slot.phraseEnd < end {
                // "will give Ukraine 3 billion pounds in military aid": what moves follows the receiver.
                (type, items) = transferType(in: slot.phraseEnd..<end, default: nil)
            }
        }
        if trigger.isTransfer || type == .securityCooperation, let slot, !slot.isTerritory,
            let toward = slot.preposition, ["around", "toward", "towards", "near", "off"].contains(toward)
        {
            // "sent warships around Taiwan", "held drills around Taiwan": a show of force at a country, not a
            // delivery or a joint exercise ("a joint patrol near Alaska" stays one).
            (type, items) = (.militaryBuildup, [])
        }
        guard var type, let subject else { return nil }
        // "Israel gave Arafat permission to fly to the West Bank": a state makes no journey; its envoy does.
        if isWord(index, .journey), !isPerson(subject) { return nil }
        // "due to fly to the United States for a medical check-up": a private journey, no visit of state.
        if isWord(index, .journey) || type == .meetOrNegotiate,
            let purpose = (index + 1..<end).first(where: { words[$0] == "for" }),
            (purpose + 1..<min(end, purpose + 4)).contains(where: { Self.privatePurposes.contains(words[$0]) })
        {
            return nil
        }
        // "they invited the countries to ...": a group on both sides names no other side.
        if let slot, slot.codes.count > 1, Set(slot.codes) == Set(subject.codes) { return nil }
        if type == .useForce,
            isWord(index + 1, .abstract) || (isWord(index + 1, .determiner) && isWord(index + 2, .abstract))
        {
            // "attacked the proclamation of ...": words against words.
            type = .criticiseOrAccuse
        }
        if type == .meetOrNegotiate,
            word(index + 1) == "out" || (slot == nil && ["of", "about"].contains(word(index + 1)))
        {
            // "the statement spoke of an incursion": talk about something, with nobody; "has spoken out on the peace
            // process with the Palestinians": a statement, whatever follows it.
            return nil
        }
        slot = otherSide(slot, of: type, at: index)
        if type == .useForce, let slot, slot.isPossessor,
            (slot.end..<slot.phraseEnd).contains(where: { isWord($0, .abstract) })
        {
            // "attacking Israel's decision" is words, not force.
            type = .criticiseOrAccuse
        }
        if type == .useForce, let slot, slot.preposition == nil,
            word(slot.phraseEnd) == "for" || (word(slot.phraseEnd) == "on" && word(slot.phraseEnd + 2) == "for")
        {
            // "attacked Britain (on Wednesday) for allowing Islamist groups to meet": blame, not force.
            type = .criticiseOrAccuse
        }
        if type == .appeal, let slot, slot.isDemonym, slot.end < slot.phraseEnd, word(slot.phraseEnd) == "to",
            word(slot.phraseEnd + 1) == "leave"
        {
            // "asked an Iraqi diplomat to leave the kingdom": an expulsion, of a diplomat a cut in relations; asking
            // a country itself to leave talks stays an appeal.
            let diplomatic = (slot.start..<slot.phraseEnd).contains { Self.diplomats.contains(words[$0]) }
            type = diplomatic ? .reduceRelations : .seizeDetainExpel
        }
        if type == .pledgeCooperation, !clause.isIntended, trigger.direction == .mutual,
            [Optional(subject), slot].contains(where: { $0.map(isSecurityBody) ?? false })
        {
            // "Slovak police are cooperating with Belgium": police, armies and spies working together.
            type = .securityCooperation
        }
        let (sources, targets): ([String], [String])
        switch trigger.direction {
        case .forward, .mutual: (sources, targets) = (subject.codes, slot?.codes ?? [])
        case .backward: (sources, targets) = (slot?.codes ?? [], subject.codes)
        }
        var finding = Finding(
            trigger: trigger, type: type, index: index, clause: clause, sources: sources, targets: targets,
            items: items,
            confidence: slot == nil ? 0.6 : 0.85)
        if slot == nil, trigger.direction == .mutual {
            finding.partnerIsNoCountry = namesOtherParty(after: index, end: end, slots: trigger.slots)
        }
        return finding
    }

    /// The slot where it can be the other side of an act of `type` by the trigger at `index`: a place only where it
    /// is attacked, visited or sent to (`Actor.canBeTarget`), or the destination of a journey, a city there too
    /// ("left for Lima", "arrived in Cairo"); a non-state group only where it is detained or attacked.
    private func otherSide(_ slot: Actor?, of type: RelationType, at index: Int) -> Actor? {
        guard let slot else { return nil }
        if !slot.canBeTarget(of: type), !isWord(index, .journey) { return nil }
        if isNonStateGroup(slot), ![.seizeDetainExpel, .useForce].contains(type) { return nil }
        return slot
    }

    /// "with the European Union", "with Hamas": a slot's preposition followed by a name that is no actor, before
    /// a clause of its own begins ("agreed to have regular contact to discuss ties with the West": not theirs).
    func namesOtherParty(after index: Int, end: Int, slots: [String]) -> Bool {
        for cursor in index + 1..<max(index + 1, end) {
            if (words[cursor] == "to" && looksLikeVerb(cursor + 1))
                || (words[cursor].hasSuffix("ing") && looksLikeVerb(cursor))
            {
                return false
            }
            guard slots.contains(words[cursor]), words[cursor] != "obj" else { continue }
            var name = cursor + 1
            if isWord(name, .determiner) { name += 1 }
            if name < count, isCapitalized[name], actor(at: name) == nil, !isHeadline { return true }
        }
        return false
    }

    private static let privatePurposes: Set<String> = [
        "medical", "treatment", "surgery", "check-up", "checkup", "holiday", "holidays", "vacation",
    ]

    private static let diplomats: Set<String> = [
        "diplomat", "diplomats", "ambassador", "ambassadors", "envoy", "envoys", "attache", "attaché", "consul",
        "embassy",
    ]

    private static let securityBodies: Set<String> = [
        "police", "intelligence", "military", "army", "armies", "navy", "navies", "troops", "forces", "security",
        "defence", "defense", "coastguard", "spies", "militaries",
    ]

    /// "cooperation with the navies of China": cooperation where police, armies or spies take part is theirs.
    /// `sides`: the tokens that name the two sides.
    func securityType(_ type: RelationType, _ sides: [Range<Int>]) -> RelationType {
        let isSecurity = sides.contains { side in side.contains { Self.securityBodies.contains(words[$0]) } }
        return type == .pledgeCooperation && isSecurity ? .securityCooperation : type
    }

    /// "Slovak police", "the German army": a country's police, armed forces or intelligence.
    func isSecurityBody(_ actor: Actor) -> Bool {
        (actor.phraseStart..<actor.phraseEnd).contains { Self.securityBodies.contains(words[$0]) }
    }

    /// "Albanian dissidents", "Egyptian militants": a country's people who are not its state. Blaming or backing them
    /// is no act towards the state; detaining or attacking them is one towards their country (GUIDE: nationals).
    private func isNonStateGroup(_ actor: Actor) -> Bool {
        actor.isDemonym && (actor.end..<actor.phraseEnd).contains { isWord($0, .nonStateGroup) }
    }

    /// "called on Armenia and Azerbaijan to agree a ceasefire", "urged Iran to release them": what one side asks
    /// of another has not happened, and its subject is the one asked, not the askers (the appeal is the event).
    func isRequested(at index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, isWord(cursor, .adverb) { cursor -= 1 }
        guard word(cursor) == "to" else { return false }
        let to = cursor
        cursor -= 1
        while cursor >= 0, index - cursor <= 14, !isClauseBoundary(cursor), words[cursor] != ";" {
            if infos[cursor].verbTriggers.contains(where: { [.appeal, .demand].contains($0.trigger.type) }) {
                // The one asked stands between ("a strike called by Arafat to protest" asks nobody).
                return (cursor + 1..<to).contains { position in
                    actor(at: position).map { $0.preposition == nil || $0.preposition == "on" } ?? false
                }
            }
            cursor -= 1
        }
        return false
    }

    /// What a transfer moves decides its type: weapons or troops, aid or goods; the items are the weapons.
    func transferType(in region: Range<Int>, default type: RelationType?) -> (RelationType?, [String]) {
        var items: [String] = []
        var isArms = false
        var isAid = false
        var isGoods = false
        for index in region {
            var item: String?
            if let id = equipmentAt[index] {
                item = id
            } else if isWord(index, .weapon) {
                isArms = true
                if !isWord(index, .weaponModifier) { item = "equipment:" + words[index] }
            }
            if let item, !items.contains(item) { items.append(item) }
            isArms = isArms || isWord(index, .personnel)
            isAid = isAid || isWord(index, .aid)
            isGoods = isGoods || isWord(index, .goods)
        }
        if isArms || !items.isEmpty { return (.armsSupply, items) }
        if isAid { return (.provideAid, []) }
        if isGoods { return (.tradeOrEconomicCooperation, []) }
        return (type, [])
    }

    // MARK: nominalizations

    /// "Russia's invasion of Ukraine", "sanctions on Iran", "military aid to Mozambique".
    /// A nominal inside a verb's object ("lifted the blockade on") is that verb's, unless it has an owner.
    private func nominalFinding(at index: Int, consumed: Bool) -> Finding? {
        guard let trigger = infos[index].nounTriggers.first(where: { $0.next == nil || $0.next == word(index + 1) }),
            trigger.type != nil || trigger.isTransfer
        else { return nil }
        var type = trigger.type
        // "military aid" is arms (CAMEO 072), not relief.
        if type == .provideAid, isWord(index - 1, .weaponModifier) { type = .armsSupply }
        // Background: a nominal that only names the sentence's topic ("Russia's invasion ... has pushed up").
        var clauseStart = max(index - 1, 0)
        while clauseStart > 0, !isClauseBoundary(clauseStart) { clauseStart -= 1 }
        guard (clauseStart..<index).contains(where: { looksLikeVerb($0) && actorAt[$0] < 0 }) else { return nil }

        var owner: Actor?
        for back in 1...3 where owner == nil {
            guard let actor = actor(at: index - back), actor.canOwnAct,
                actor.phraseEnd >= index
            else { continue }
            owner = actor
        }
        if let actor = actor(at: index), actor.start < index, actor.canOwnAct {
            owner = actor
        }
        var clause: Clause
        if let owner {
            // The owner's own act ("Russian occupation"): only a negation around it counts.
            let around = self.clause(ofVerbAt: owner.phraseStart, form: nil)
            clause = Clause(subjectStart: owner.phraseStart, stop: around.stop)
            clause.isNegated = around.isNegated
        } else {
            guard !consumed, let verb = governingVerb(of: index) else { return nil }
            clause = self.clause(ofVerbAt: verb, form: nil)
            for marker in verb..<index where isWord(marker, .negation) { clause.isNegated = true }
            owner = clause.subject.map { actors[$0] }
        }
        guard let owner, !owner.isMaker else { return nil }
        // "began with Russia's annexation of Crimea", "amid Russia's invasion": a circumstance, not the news.
        if owner.canOwnAct, isWord(owner.phraseStart - 1, .preposition) { return nil }
        let end = clauseEnd(after: index)
        var slot: Actor?
        for name in trigger.slots where slot == nil {
            // What a transfer moves comes between: "the sale of F-16 fighter jets to Turkey".
            slot = actorAfterSlot(name, nominal: index, end: end, reach: trigger.isTransfer ? 8 : 2)
        }
        var items: [String] = []
        if trigger.isTransfer {
            (type, items) = transferType(in: index + 1..<(slot?.phraseStart ?? index + 1), default: trigger.type)
        }
        guard let type, !isUndoneAfter(max(index + 1, slot?.phraseEnd ?? 0)) else { return nil }
        slot = otherSide(slot, of: type, at: index)
        return Finding(
            trigger: trigger,
            type: securityType(
                type, [owner.phraseStart..<owner.phraseEnd, index + 1..<max(index + 1, slot?.phraseEnd ?? 0)]),
            index: index, clause: clause, sources: owner.codes,
            targets: slot?.codes ?? [],
            items: type == .armsSupply ? items : [], confidence: 0.7)
    }

    private static let undoneForms: Set<String> = [
        "cancelled", "canceled", "postponed", "scrapped", "abandoned", "delayed", "shelved", "aborted",
    ]

    /// "a trip to Warsaw, which was cancelled": a relative clause that says the act never took place.
    private func isUndoneAfter(_ position: Int) -> Bool {
        guard word(position) == ",", ["which", "that"].contains(word(position + 1)) else { return false }
        var cursor = position + 2
        while cursor < min(count, position + 5), isWord(cursor, .auxiliary) || isWord(cursor, .adverb) { cursor += 1 }
        return Self.undoneForms.contains(word(cursor))
    }

    /// The preposition must follow the nominal closely: "sanctions on Iran", "aid to war-torn Mozambique".
    func actorAfterSlot(_ slot: String, nominal index: Int, end: Int, reach: Int) -> Actor? {
        var cursor = index + 1
        while cursor < end, cursor - index <= reach {
            if words[cursor] == slot { return actorAfterPreposition(cursor, end: end, placeAllowed: true) }
            if actorAt[cursor] >= 0 || isPunctuation(cursor) { return nil }
            cursor += 1
        }
        return nil
    }

    /// The verb whose object the nominal heads: "continue military aid", "commit to any direct assistance".
    private func governingVerb(of index: Int) -> Int? {
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 8 {
            let isAmount = words[cursor].first.map { $0.isNumber || "$€£".contains($0) } ?? false
            if actorAt[cursor] >= 0 || (isPunctuation(cursor) && !isAmount) || isClauseBoundary(cursor) { return nil }
            if looksLikeVerb(cursor) { return cursor }
            // "$2 billion in military aid": the sum is the object, the aid what it is in.
            let afterSum = words[cursor] == "in" && isWord(cursor - 1, .currency)
            if isWord(cursor, .preposition) && words[cursor] != "to" && !afterSum { return nil }
            cursor -= 1
        }
        return nil
    }

    /// A person ("Kornblum") or an official's phrase ("the U.S. envoy", "Japan's prime minister", "Japan's
    /// Hashimoto").
    func isPerson(_ actor: Actor) -> Bool {
        if case .leader = actor.kind { return true }
        return (actor.end..<actor.phraseEnd).contains {
            // "the U.S. coordinator for counter terrorism", "Chinese officials": people in office travel.
            PersonTitles.isTitle(words[$0]) || words[$0] == "delegation" || EventCoder.officeHeads.contains(words[$0])
                || (words[$0].hasSuffix("s") && EventCoder.officeHeads.contains(String(words[$0].dropLast())))
                || (actor.isPossessor && isCapitalized[$0])
        }
    }
}
