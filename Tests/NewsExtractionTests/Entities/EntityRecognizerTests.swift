import Foundation
import Testing

@testable import NewsExtraction

/// Hand-written sentences through the shipped tagger, gazetteer and grouping, without a country matcher.
@Suite struct EntityRecognizerTests {
    private let recognizer = EntityRecognizer.bundled
    private let tokenizer = Tokenizer()

    private func entities(_ text: String, countries: [Entity] = []) -> [Entity] {
        recognizer.entities(in: tokenizer.tokenize(text), countries: countries)
    }

    private func entity(_ entities: [Entity], _ id: String) -> Entity? { entities.first { $0.id == id } }

    @Test func findsEachType() {
        let found = entities(
            "Angela Merkel met executives of Deutsche Bank in Hamburg before the World Cup, officials said.")
        #expect(entity(found, "person:angela-merkel") != nil)
        #expect(entity(found, "organization:deutsche-bank") != nil)
        #expect(entity(found, "location:hamburg")?.country == "DEU")
        #expect(entity(found, "misc:world-cup") != nil)
    }

    @Test func aPossessiveIsNoPartOfTheName() {
        let found = entities("Moscow said that the West's \"hegemonic policy\" justified the war.")
        #expect(found.allSatisfy { !$0.name.hasSuffix("'s") })
        #expect(found.flatMap(\.mentions).allSatisfy { !$0.text.hasSuffix("'s") })
    }

    @Test func knownLeadersArePeopleButListedPlacesStayPlaces() {
        let found = entities("Putin met Biden in Geneva. Zelensky thanked Macron. Later they flew to Austin.")
        for id in ["person:biden", "person:zelensky", "person:macron"] { #expect(entity(found, id) != nil, "\(id)") }
        #expect(entity(found, "location:biden") == nil)
        #expect(entity(found, "location:austin") != nil)
    }

    @Test func groupsSurnameWithFullName() {
        let found = entities("Vladimir Putin spoke on Tuesday. Later, Putin told reporters he would stay.")
        let putin = entity(found, "person:vladimir-putin")
        #expect(putin?.count == 2)
        #expect(putin?.mentions.map(\.text) == ["Vladimir Putin", "Putin"])
        #expect(!found.contains { $0.id == "person:putin" })
    }

    @Test func linksAbbreviationToItsDefinition() {
        let found = entities(
            "The Ministry of Defence (MoD) said the strikes had failed. The MoD gave no figures.")
        let ministry = entity(found, "organization:ministry-of-defence")
        #expect(ministry?.mentions.map(\.text) == ["Ministry of Defence", "MoD", "MoD"])
    }

    @Test func countryBesideAnOrganizationQualifiesIt() {
        let text = "The Russian Ministry of Defence and the UK Ministry of Defence disagree."
        let tokens = tokenizer.tokenize(text)
        let found = recognizer.entities(
            in: tokens, countries: [country(text, "Russian", "RUS"), country(text, "UK", "GBR")])
        #expect(entity(found, "organization:ministry-of-defence-rus")?.country == "RUS")
        #expect(entity(found, "organization:ministry-of-defence-gbr")?.country == "GBR")
    }

    @Test func leavesCountryNamesToTheCountryMatcher() {
        let text = "Troops crossed from Russia into Ukraine."
        let found = entities(text, countries: [country(text, "Russia", "RUS")])
        #expect(found.filter { $0.type == .country }.count == 1)
        #expect(!found.contains { $0.type == .location && $0.name == "Russia" })
    }

    @Test func keepsEntitiesOfCapitalsHeadline() {
        let found = entities("PUTIN MEETS MACRON IN PARIS AS NATO LEADERS GATHER")
        let names = Set(found.map { $0.name.lowercased() })
        #expect(names.contains("paris"))
        #expect(names.contains("nato"))
        #expect(found.contains { $0.type == .person })
    }

    @Test func titleCaseLinesNameNoLonePeople() {
        let found = entities("Brussels Behind the Scenes: Schengen's Allure\nRelated news follows here.")
        #expect(!found.contains { $0.type == .person })
        #expect(!EntityRecognizer.isTitleCase(tokenizer.tokenize("Somerset 83 and 174 ( Smith 4-38 )").tokens[...]))
    }

    @Test func keepsEntitiesOfLowercaseText() {
        let found = entities("emmanuel macron flew to berlin to meet officials of the european union.")
        #expect(found.contains { $0.type == .location && $0.name == "berlin" })
        #expect(found.contains { $0.type == .person })
    }

    @Test func findsEquipment() {
        let found = entities("Russia fired Shahed drones, Iskander missiles and artillery at Kharkiv; HIMARS replied.")
        let equipment = Set(found.filter { $0.type == .equipment }.map(\.name))
        #expect(equipment.isSuperset(of: ["Shahed", "drones", "Iskander", "missiles", "artillery", "HIMARS"]))
        #expect(entity(found, "location:kharkiv")?.country == "UKR")
    }

    @Test func placesCarryTheirListedCountry() {
        let found = entities("Shelling continued across Donetsk Oblast and the Donbas.")
        #expect(entity(found, "location:donetsk-oblast")?.country == "UKR")
        #expect(entity(found, "location:donbas")?.country == "UKR")
    }

    @Test func everyMentionsOffsetsCutItsText() {
        let text =
            "Überraschung: Olaf Scholz (SPD) and the Ministry of Defence (MoD) met in Köln. Scholz left. 🚀 rockets"
        let tokens = tokenizer.tokenize(text)
        let found = recognizer.entities(in: tokens, countries: [])
        #expect(!found.isEmpty)
        for mention in found.flatMap(\.mentions) {
            #expect(tokens.slice(mention.start, mention.end) == mention.text)
        }
    }

    @Test func salienceFavoursTheMostNamedEntity() {
        let found = entities("Boris Johnson resigned. Johnson had led Britain. Paris reacted.")
        let johnson = entity(found, "person:boris-johnson")
        #expect(johnson != nil)
        for other in found where other.id != johnson?.id { #expect(other.salience <= johnson!.salience) }
        #expect(found.allSatisfy { (0...1).contains($0.salience) })
    }

    /// A country entity with one mention of `word`, standing in for the country matcher.
    private func country(_ text: String, _ word: String, _ iso3: String) -> Entity {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(word.unicodeScalars)
        let start = (0...scalars.count - needle.count).first { Array(scalars[$0..<$0 + needle.count]) == needle }!
        let mention = Mention(text: word, start: start, end: start + needle.count, sentence: 0, kind: .name)
        return Entity(
            id: "country:\(iso3)", type: .country, name: word, mentions: [mention],
            codes: CountryCodes(iso2: String(iso3.prefix(2)), iso3: iso3, wikidata: ""))
    }
}

/// The article NewsGraph was specified from, through the whole extractor: where ../shared/eval is present.
@Suite struct SeedArticleTests {
    private static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../../shared/eval/seed-article.txt").path

    @Test(.enabled(if: FileManager.default.fileExists(atPath: path)))
    func findsTheIssuesEntities() throws {
        let text = try String(contentsOfFile: Self.path, encoding: .utf8)
        let entities = Extractor().extract(text).entities
        func find(_ id: String) -> Entity? { entities.first { $0.id == id } }
        #expect(find("organization:ministry-of-defence-rus")?.country == "RUS")
        #expect(find("organization:ministry-of-defence-gbr")?.country == "GBR")
        #expect(find("organization:ministry-of-defence-gbr")?.mentions.contains { $0.text == "MoD" } == true)
        #expect(find("organization:the-guardian") != nil)
        #expect(find("organization:the-new-york-times") != nil)
        let equipment = Set(entities.filter { $0.type == .equipment }.map(\.name))
        #expect(equipment.isSuperset(of: ["rockets", "artillery", "drones", "Mohajer-6", "Shahed", "UAVs"]))
        let locations = Set(entities.filter { $0.type == .location }.map(\.name))
        #expect(locations.isSuperset(of: ["Donbas", "Luhansk", "Donetsk", "Moscow"]))
        #expect(!entities.contains { $0.type == .person })
        let scalars = Array(text.unicodeScalars)
        for mention in entities.flatMap(\.mentions) {
            #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text)
        }
    }
}
