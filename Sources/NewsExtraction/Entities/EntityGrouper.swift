/// Groups mentions into entities: "Vladimir Putin" ... "Putin" is one person, "Ministry of Defence (MoD)" ...
/// "the MoD" one organization, and the Russian and the British Ministry of Defence two.
struct EntityGrouper {
    let gazetteer: Gazetteer

    private struct Group {
        var type: EntityType
        /// Lowercased names without a leading "the": what later mentions are matched against.
        var names: Set<String>
        var name: String
        var country: String?
        var isQualified: Bool
        var mentions: [Mention]
    }

    func entities(of candidates: [EntityCandidate]) -> [Entity] {
        var groups: [Group] = []
        var groupsNamed: [String: [Int]] = [:]
        var groupOf = [Int](repeating: 0, count: candidates.count)
        for (index, candidate) in candidates.enumerated() {
            let name = Self.normalized(candidate.name)
            let named = groupsNamed[name] ?? []
            let target = candidate.abbreviates.map { groupOf[$0] } ?? match(candidate, name, groups, named: named)
            guard let target else {
                groupsNamed[name, default: []].append(groups.count)
                groupOf[index] = groups.count
                groups.append(
                    Group(
                        type: candidate.type, names: [name], name: candidate.name, country: candidate.country,
                        isQualified: candidate.isQualified, mentions: [candidate.mention]))
                continue
            }
            groupOf[index] = target
            if groups[target].names.insert(name).inserted { groupsNamed[name, default: []].append(target) }
            groups[target].mentions.append(candidate.mention)
            if groups[target].country == nil {
                groups[target].country = candidate.country
                groups[target].isQualified = candidate.isQualified
            }
            if candidate.abbreviates == nil && candidate.name.count > groups[target].name.count {
                groups[target].name = candidate.name
            }
        }
        var entities: [Entity] = []
        var entityOfId: [String: Int] = [:]
        for group in groups {
            let name = canonicalName(group)
            var key = Slug.make(name)
            if group.isQualified, let country = group.country { key += "-" + country.lowercased() }
            let id = "\(group.type.rawValue):\(key)"
            if let existing = entityOfId[id] {
                entities[existing].mentions += group.mentions
                entities[existing].mentions.sort { $0.start < $1.start }
                continue
            }
            entityOfId[id] = entities.count
            let hasCountry = group.type == .organization || group.type == .location
            entities.append(
                Entity(
                    id: id, type: group.type, name: name, mentions: group.mentions.sorted { $0.start < $1.start },
                    country: hasCountry ? group.country : nil))
        }
        return entities
    }

    /// How many of the latest groups a mention may continue by a partial name (a surname, initials): more than a
    /// long article names, and a bound on the work of one that names thousands.
    static let partialNameReach = 512

    /// The most recent group this mention continues: same type, a compatible country, and the same name (among
    /// `named`, the groups that have had that name), or, among the latest `partialNameReach` groups, for people the
    /// same surname ("Putin" and "Vladimir Putin", either way round) or the same first words ("John Luk" and "John
    /// Luk Jok").
    private func match(_ candidate: EntityCandidate, _ name: String, _ groups: [Group], named: [Int]) -> Int? {
        func isCompatible(_ index: Int) -> Bool {
            guard groups[index].type == candidate.type else { return false }
            if let country = candidate.country, let other = groups[index].country, country != other { return false }
            return true
        }
        let sameName = named.filter(isCompatible).max()
        let spacedName = " " + name
        let isLong = candidate.type == .person && name.utf8.contains(32)
        let reach = max((sameName ?? -1) + 1, groups.count - Self.partialNameReach)
        // Fields read in place: copying a whole group per step would retain and release each of its parts.
        let partial = groups.indices[reach...].reversed().first { index in
            guard isCompatible(index) else { return false }
            if candidate.type == .organization { return Self.isAcronym(candidate.name, of: groups[index].name) }
            // "drone strikes" and "ten drones": one kind of weapon, in the singular and the plural.
            if candidate.type == .equipment {
                return groups[index].names.contains { $0 == name + "s" || name == $0 + "s" }
            }
            guard candidate.type == .person else { return false }
            // "John Luk" and "John Luk Jok": two words or more that begin a longer name are that name too.
            return groups[index].names.contains {
                $0.hasSuffix(spacedName) || name.hasSuffix(" " + $0)
                    || isLong && (Self.begins($0, with: name) || Self.begins(name, with: $0))
            }
        }
        return partial ?? sameName
    }

    /// Whether `name` begins with all the words of `part`, itself two words or more, and goes on: "john luk jok"
    /// with "john luk". Compared in place, without building strings: this runs for every pair of people.
    private static func begins(_ name: String, with part: String) -> Bool {
        let whole = name.utf8
        let start = part.utf8
        guard whole.first == start.first, start.count < whole.count, start.contains(32), whole.starts(with: start)
        else { return false }
        return whole[whole.index(whole.startIndex, offsetBy: start.count)] == 32
    }

    /// "IDF" and "Israel Defense Forces", either way round: one name spells the initials of the other, which has
    /// two or more words. Without the parentheses `AbbreviationLinks` needs, so the type is not taken over.
    static func isAcronym(_ name: String, of other: String) -> Bool {
        // Cheap refusals first: this runs for every pair of organizations in an article.
        let nameIsOneWord = !name.utf8.contains(32)
        guard nameIsOneWord != !other.utf8.contains(32) else { return false }
        let (short, long) = nameIsOneWord ? (name, other) : (other, name)
        guard short.utf8.count <= 8, let initial = short.utf8.first, let first = long.utf8.first,
            initial | 0x20 == first | 0x20 || (97...122).contains(first)
        else { return false }
        return AbbreviationLinks.abbreviates(short, long.split(separator: " ").map(String.init))
    }

    /// The group's longest name; "Guardian" becomes "The Guardian" where the lists know it so.
    private func canonicalName(_ group: Group) -> String {
        guard group.type == .organization else { return group.name }
        let name = group.name.lowercased().hasPrefix("the ") ? String(group.name.dropFirst(4)) : group.name
        let words = ["The"] + name.split(separator: " ").map(String.init)
        let listed = gazetteer.matches(in: words).contains {
            $0.start == 0 && $0.end == words.count && ($0.category == .media || $0.category == .organization)
        }
        return listed ? "The " + name : name
    }

    static func normalized(_ text: String) -> String {
        let lower = text.lowercased()
        return lower.hasPrefix("the ") ? String(lower.dropFirst(4)) : lower
    }
}
