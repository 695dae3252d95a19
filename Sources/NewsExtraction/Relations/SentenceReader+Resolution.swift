extension SentenceReader {
    /// Turns a finding into relations: applies negation, refusal, intent and the frame of a verb of
    /// saying, then pairs its countries by the trigger's direction.
    func resolve(_ finding: Finding, frames: [ReportFrame]) -> [Relation] {
        let (trigger, index, clause) = (finding.trigger, finding.index, finding.clause)
        // "will not send tanks to Ukraine" refuses what "will send" would promise.
        let refusesCooperation =
            clause.isNegated && clause.isIntended && !trigger.isNominal && finding.type.quadClass <= 2
        guard !clause.isNegated || refusesCooperation else { return [] }
        let frame = frames.last { $0.verb < min(clause.subjectStart, index) || $0.verb == index - 1 }
        let actors = trigger.direction == .backward ? finding.targets : finding.sources
        var type = finding.type
        var mode = RelationMode.asserted
        var sources = finding.sources
        var targets = finding.targets
        // A show of force has one side, even where the words would be joint drills.
        var mutual = trigger.direction == .mutual && type != .militaryBuildup
        var pledgesAlone = false
        let speculative = clause.isSpeculative && !(frame.map { $0.kind == .hint || $0.kind == .say } ?? false)
        if speculative { return [] }
        if clause.isRefused || clause.isThreatened || refusesCooperation {
            // "refused to buy from X" and "refused to sign with X" are both the subject's acts on X.
            if trigger.direction == .backward { (sources, targets) = (targets, sources) }
            type = clause.isThreatened ? .threaten : .rejectOrVeto
            mutual = false
        } else if clause.isIntended || clause.isSpeculative {
            // "will supply arms to Israel", "is set to buy jets from Britain": the supplier's pledge.
            mode = .intent
            if type.quadClass == 4 {
                type = .threaten
            } else if type.quadClass <= 2 && type != .appeal {
                // "Egypt to press Britain" is a future appeal, not a promise of cooperation.
                type = .pledgeCooperation
                // "Egypt will contact Britain": the promise is Egypt's alone; co-subjects still promise
                // each other ("Chile and Peru will meet").
                pledgesAlone = mutual
            }
        }

        var relations: [Relation] = []
        if type == .pledgeCooperation || type == .threaten { mode = .intent }
        if let frame, frame.kind == .denial {
            mode = .denied
        } else if let frame, !frame.speaker.isEmpty, !actors.allSatisfy(frame.speaker.contains) {
            switch frame.kind {
            case .denial: mode = .denied
            case .say, .belief, .hint: mode = mode == .intent && frame.kind == .say ? .intent : .alleged
            case .factive: break
            }
            // A verb the speaker reports, not a noun in passing ("in response to Iraqi attacks").
            let isAccusation = !trigger.isNominal && (finding.type.quadClass >= 3 || finding.type == .armsSupply)
            if frame.kind == .say, isAccusation, !clause.isNegated {
                // "Ukraine says Russia shelled Kharkiv": Ukraine accuses Russia.
                for speaker in frame.speaker {
                    for actor in actors where actor != speaker {
                        relations.append(
                            relation(
                                speaker, actor, .criticiseOrAccuse, .asserted, frame.verb, [], 0.7,
                                because: "the speaker of '\(words[frame.verb])' reports the other's act"))
                    }
                }
                // "Ukraine says Russia shelled Kharkiv": the victim's own report is its accusation; coding
                // the act as well would count one claim twice.
                targets.removeAll { frame.speaker.contains($0) }
            }
            // What a government says another will do is too weak to report as the other's act.
            if frame.kind == .say && (clause.isIntended || clause.isSpeculative) { return relations }
        }
        var pairs: [(String, String)] = []
        for source in sources {
            for target in targets where target != source { pairs.append((source, target)) }
        }
        if mutual && !finding.partnerIsNoCountry {
            // "Brazil and Argentina signed a deal with Paraguay": every side with every other.
            if !pledgesAlone { pairs += pairs.map { ($0.1, $0.0) } }
            for source in sources {
                for other in sources where other != source { pairs.append((source, other)) }
            }
        }
        let weight = mode == .asserted ? finding.confidence : finding.confidence * 0.85
        for (source, target) in pairs {
            relations.append(
                relation(
                    source, target, type, mode, index, type == .armsSupply ? finding.items : [], weight,
                    because: trigger.pattern, paths: finding.paths))
        }
        return relations
    }

    /// "The Bush administration declared that China must drop barriers": a demand on China.
    func demands(_ frames: [ReportFrame]) -> [Relation] {
        var relations: [Relation] = []
        for frame in frames where frame.kind == .say && !frame.speaker.isEmpty {
            let that = (frame.verb + 1..<min(count, frame.verb + 5)).first { words[$0] == "that" } ?? frame.verb
            let end = clauseEnd(after: that)
            guard
                let target = (that + 1..<min(end, that + 9)).lazy.compactMap({ actor(at: $0) })
                    .first(where: { canBeSubject($0) })
            else { continue }
            var cursor = target.phraseEnd
            while cursor < min(count, target.phraseEnd + 8), !isClauseBoundary(cursor) {
                if isWord(cursor, .obligation)
                    || (["has", "have", "needs", "need"].contains(words[cursor]) && word(cursor + 1) == "to")
                {
                    for source in frame.speaker {
                        for other in target.codes where other != source {
                            relations.append(
                                relation(
                                    source, other, .demand, .asserted, frame.verb, [], 0.7,
                                    because: "'\(words[frame.verb])' that another must act"))
                        }
                    }
                    break
                }
                if !infos[cursor].verbTriggers.isEmpty { break }
                cursor += 1
            }
        }
        return relations
    }

    /// "Iran said the US sanctions were illegal", "They concluded that the agreement between Turkey and Libya is
    /// null and void": a speaker who condemns another's act criticises its owner, the first actor of the clause.
    func condemnations(_ frames: [ReportFrame]) -> [Relation] {
        var relations: [Relation] = []
        for frame in frames where frame.kind != .denial && frame.kind != .hint && !frame.speaker.isEmpty {
            let end = min(count, frame.verb + 25)
            guard let verdict = (frame.verb + 1..<end).first(where: { isVerdict($0) }) else { continue }
            // The clause that holds the verdict: after the last "that" before it, else right after the verb.
            let start = (frame.verb + 1..<verdict).last { words[$0] == "that" }.map { $0 + 1 } ?? frame.verb + 1
            guard !(start..<verdict).contains(where: { isReportVerb($0) || isWord($0, .negation) }),
                let owner = (start..<verdict).lazy.compactMap({ self.actor(at: $0) }).first(where: { !$0.isTerritory })
            else { continue }
            for source in frame.speaker {
                for target in owner.codes where !frame.speaker.contains(target) {
                    relations.append(
                        relation(
                            source, target, .criticiseOrAccuse, .asserted, verdict, [], 0.7,
                            because: "'\(words[frame.verb])' that another's act is '\(words[verdict])'"))
                }
            }
        }
        return relations
    }

    private static let tellings: Set<String> = ["tell", "tells", "told", "telling"]

    /// "King Birendra of Nepal has told China his nation will not become the tool of ...": what a speaker tells
    /// another its own side will, or will not, do is an assurance to the one told (GUIDE: a statement counts as the
    /// act it performs). Not where the speaker's side will act against the one told, or refuses to help it: a word of
    /// the lexicon in what is told decides those.
    func assurances(_ frames: [ReportFrame]) -> [Relation] {
        var relations: [Relation] = []
        for frame in frames where frame.kind == .say && Self.tellings.contains(words[frame.verb]) {
            let end = clauseEnd(after: frame.verb)
            guard !frame.speaker.isEmpty, let addressee = objectActor(from: frame.verb + 1, end: min(count, end)),
                addressee.phraseStart == frame.verb + 1 || isWord(frame.verb + 1, .determiner)
            else { continue }
            var start = addressee.phraseEnd
            if word(start) == "that" { start += 1 }
            // The speaker's own side: its name, "it", "we", or "his nation".
            var subjectEnd = start
            if let own = actor(at: start), own.phraseStart == start, own.codes.allSatisfy(frame.speaker.contains) {
                subjectEnd = own.phraseEnd
            } else if ["it", "we"].contains(word(start)) {
                subjectEnd = start + 1
            } else if ["his", "her", "its", "our"].contains(word(start)),
                ["nation", "country", "government"].contains(word(start + 1))
            {
                subjectEnd = start + 2
            } else {
                continue
            }
            guard Self.promising.contains(word(subjectEnd)) else { continue }
            let told = subjectEnd..<max(subjectEnd, clauseEnd(after: subjectEnd))
            let isNegated = told.contains { isWord($0, .negation) }
            let acts = told.flatMap {
                infos[$0].verbTriggers.compactMap(\.trigger.type) + infos[$0].nounTriggers.compactMap(\.type)
            }
            guard !acts.contains(where: { $0.quadClass >= 3 }), !(isNegated && !acts.isEmpty) else { continue }
            for source in frame.speaker {
                for target in addressee.codes where !frame.speaker.contains(target) {
                    relations.append(
                        relation(
                            source, target, .pledgeCooperation, .intent, frame.verb, [], 0.7,
                            because: "'\(words[frame.verb])' another what its own side will do"))
                }
            }
        }
        return relations
    }

    /// "will", "would", and "wo" of "won't".
    private static let promising: Set<String> = ["will", "would", "'ll", "wo", "shall"]

    private static let condemningAdjectives: Set<String> = [
        "illegal", "illegitimate", "unlawful", "invalid", "null", "void", "unacceptable", "provocative",
        "irresponsible", "reckless", "responsible",
    ]
    /// "said the crash was likely Iran's doing", "it is Russia's fault".
    private static let condemningNouns: Set<String> = [
        "violation", "violations", "breach", "breaches", "infringement", "doing", "fault",
    ]

    private static let copulas: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "'s", "remains", "remain", "remained", "deemed",
        "considered",
    ]

    /// A condemnation said of something: a verb ("violates"), or an adjective or noun after a copula ("is illegal",
    /// "was a violation of"), not one that only describes ("illegal activities").
    private func isVerdict(_ index: Int) -> Bool {
        guard isWord(index, .condemnation) else { return false }
        let word = words[index]
        let isNoun = Self.condemningNouns.contains(word)
        guard isNoun || Self.condemningAdjectives.contains(word) else { return true }
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 4 {
            let before = words[cursor]
            if Self.copulas.contains(before) || (isNoun && before == "in") { return true }
            guard
                isPunctuation(cursor) || isWord(cursor, .adverb) || before.hasSuffix("ly") || before == "a"
                    || before == "an" || before == "clear"
            else { return false }
            cursor -= 1
        }
        return false
    }

    /// `because`: the lexicon pattern or the rule that found it; `paths`: from a tree, the trigger's paths to the
    /// actors. Kept only where the caller asked for explanations.
    func relation(
        _ source: String, _ target: String, _ type: RelationType, _ mode: RelationMode, _ index: Int, _ items: [String],
        _ confidence: Double, because pattern: String, paths: [String]? = nil
    ) -> Relation {
        var relation = Relation(
            source: source, target: target, type: type, mode: mode, trigger: span(index), sentence: sentence,
            confidence: confidence, items: items)
        if explains {
            relation.explanation = RelationExplanation(
                reader: paths == nil ? "words" : "tree", pattern: pattern, paths: paths ?? [])
        }
        return relation
    }
}
