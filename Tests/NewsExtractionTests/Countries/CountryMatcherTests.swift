import Testing

@testable import NewsExtraction

/// The country mentions of a text as "ISO3:text:kind".
private func found(_ text: String) -> [String] {
    let tokenized = Tokenizer().tokenize(text)
    return CountryMatcher().mentions(in: tokenized).map {
        "\($0.country.codes.iso3):\($0.mention.text):\($0.mention.kind!.rawValue)"
    }
}

@Test func findsEachKindOfMention() {
    #expect(
        found("Russia and the US met. Russian troops left.") == [
            "RUS:Russia:name", "USA:US:short", "RUS:Russian:demonym",
        ])
    #expect(found("Moscow said the Kremlin would answer.") == ["RUS:Moscow:capital", "RUS:Kremlin:government"])
    #expect(
        found("The White House and Downing Street agreed.") == [
            "USA:White House:government", "GBR:Downing Street:government",
        ])
    #expect(
        found("North Korea, the DPRK, and South Korea") == [
            "PRK:North Korea:name", "PRK:DPRK:short", "KOR:South Korea:name",
        ])
    #expect(found("The U.S. and U.K. and the UAE") == ["USA:U.S.:short", "GBR:U.K.:short", "ARE:UAE:short"])
    #expect(
        found("Britons and Americans in DR Congo") == [
            "GBR:Britons:demonym", "USA:Americans:demonym", "COD:DR Congo:short",
        ])
}

@Test func tellsUsFromTheUS() {
    #expect(found("Tell us what the US wants from us.") == ["USA:US:short"])
}

@Test func findsCountriesInCapitalsAndLowercase() {
    #expect(found("RUSSIA AND NORTH KOREA SIGN ARMS DEAL") == ["RUS:RUSSIA:name", "PRK:NORTH KOREA:name"])
    #expect(found("MOSCOW SAYS KYIV STRUCK FIRST") == ["RUS:MOSCOW:capital", "UKR:KYIV:capital"])
    #expect(found("HELP US, SAYS UKRAINE") == ["UKR:UKRAINE:name"])
    #expect(found("russia and ukraine traded fire") == ["RUS:russia:name", "UKR:ukraine:name"])
    #expect(found("the former Yugoslavia") == ["YUG:Yugoslavia:name"])
}

@Test func capitalsCountOnlyAsActors() {
    #expect(found("The Washington Post said Washington has doubts.") == ["USA:Washington:capital"])
    #expect(found("He lives in Moscow and read The Moscow Times.").isEmpty)
    #expect(found("MOSCOW 1996-08-22 Talks went on.").isEmpty)
    #expect(
        found("Kyiv said Kiev's allies and Beijing have agreed.") == [
            "UKR:Kyiv:capital", "UKR:Kiev:capital", "CHN:Beijing:capital",
        ])
    #expect(found("Russia accused Washington of lying.") == ["RUS:Russia:name", "USA:Washington:capital"])
    #expect(found("Talks at the White House ended.").isEmpty)
    #expect(found("Sources at No. 10 said so; he is the No. 10 seed.") == [])
    #expect(found("No. 10 said it would not comment.") == ["GBR:No. 10:government"])
}

@Test func keepsAmbiguousNamesApart() {
    #expect(found("She flew to Atlanta, Georgia, last week.").isEmpty)
    #expect(
        found("Georgia and Russia fought in 2008; he lives in Tbilisi, Georgia.") == [
            "GEO:Georgia:name", "RUS:Russia:name", "GEO:Georgia:name",
        ])
    #expect(found("Michael Jordan scored while Jordan Henderson watched.").isEmpty)
    #expect(found("Jordan said it would close its border with Syria.") == ["JOR:Jordan:name", "SYR:Syria:name"])
    #expect(found("Director Neil Jordan shot in Dublin. \"It was hard,\" Jordan said.").isEmpty)
    #expect(found("We ate turkey in Turkey.") == ["TUR:Turkey:name"])
    #expect(found("Ships sailed the South China Sea near China.") == ["CHN:China:name"])
    #expect(found("Latin American leaders and Northern Ireland") == [])
}

@Test func findsDemonymsInsideNamesAndHyphenatedWords() {
    #expect(found("The Russian Ministry of Defence said") == ["RUS:Russian:demonym"])
    let text = "Iranian-made drones and a US-led coalition"
    let tokenized = Tokenizer().tokenize(text)
    let mentions = CountryMatcher().mentions(in: tokenized)
    #expect(mentions.map(\.mention.text) == ["Iranian", "US"])
    for found in mentions { #expect(tokenized.slice(found.mention.start, found.mention.end) == found.mention.text) }
}

@Test func mentionsCarrySentencesAndOffsets() {
    let text = "Héllo wörld 👋. Ukraine’s army held.\nThe Kremlin denied it."
    let tokenized = Tokenizer().tokenize(text)
    let mentions = CountryMatcher().mentions(in: tokenized)
    #expect(mentions.map(\.mention.sentence) == [1, 2])
    for found in mentions {
        #expect(tokenized.slice(found.mention.start, found.mention.end) == found.mention.text)
        #expect(tokenized.tokens[found.tokens].first?.start == found.mention.start)
    }
}

@Test func aCompassWordSharesTheNameAfterAnd() {
    #expect(found("North and South Korea exchanged fire.") == ["PRK:North:name", "KOR:South Korea:name"])
    #expect(!found("North and south of Korea").contains { $0.contains(":North:") })
    #expect(!found("The North and South Poles").contains { $0.contains(":North:") })
}
