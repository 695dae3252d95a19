/// Groups country mentions into one entity per country.
enum CountryEntities {
    /// Entities with id `country:ISO3`, their mentions in text order, most salient first.
    static func entities(from mentions: [CountryMention], sentenceCount: Int) -> [Entity] {
        var order: [String] = []
        var byCountry: [String: (country: Country, mentions: [Mention])] = [:]
        for found in mentions {
            let iso3 = found.country.codes.iso3
            if byCountry[iso3] == nil {
                order.append(iso3)
                byCountry[iso3] = (found.country, [])
            }
            byCountry[iso3]!.mentions.append(found.mention)
        }
        let mostMentions = byCountry.values.map(\.mentions.count).max() ?? 0
        let entities = order.map { iso3 -> Entity in
            let (country, mentions) = byCountry[iso3]!
            let sorted = mentions.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
            return Entity(
                id: country.id, type: .country, name: country.name, mentions: sorted,
                salience: Salience.score(mentions: sorted, mostMentions: mostMentions, sentenceCount: sentenceCount),
                codes: country.codes)
        }
        // Stable: equal salience keeps the order of first mention.
        return entities.enumerated().sorted { ($1.element.salience, $0.offset) < ($0.element.salience, $1.offset) }
            .map(\.element)
    }
}
