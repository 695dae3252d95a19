import Foundation
import Testing

@testable import NewsExtraction

@Suite struct ActorLexiconTests {
    let actors = ActorLexicon.shared

    private func day(_ text: String) -> CalendarDay? { CalendarDay(text) }

    @Test func aPersonActsForTheirCountryWhileInOffice() {
        #expect(actors.country(ofPerson: "Boris Yeltsin", on: day("19960822")) == "RUS")
        #expect(actors.country(ofPerson: "Yeltsin", on: day("19960822")) == "RUS")
        // A former president speaks for nobody.
        #expect(actors.country(ofPerson: "Boris Yeltsin", on: day("20050101")) == nil)
        #expect(actors.country(ofPerson: "Yeltsin", on: day("19850101")) == nil)
    }

    @Test func ourAdditionsCoverLeadersSince2014() {
        #expect(actors.country(ofPerson: "Mike Pompeo", on: day("20200108")) == "USA")
        #expect(actors.country(ofPerson: "Pompeo", on: day("20220101")) == nil)
        #expect(actors.country(ofPerson: "Donald Trump", on: day("20180601")) == "USA")
        #expect(actors.country(ofPerson: "Donald Trump", on: day("20220601")) == nil)
        #expect(actors.country(ofPerson: "Donald Trump", on: day("20250601")) == "USA")
        #expect(actors.country(ofPerson: "Volodymyr Zelensky", on: day("20230301")) == "UKR")
        #expect(actors.country(ofPerson: "Zelensky", on: day("20150301")) == nil)
        #expect(actors.country(ofPerson: "Kim Jong Un", on: day("20240101")) == "PRK")
        #expect(actors.country(ofPerson: "Keir Starmer", on: day("20250101")) == "GBR")
        #expect(actors.country(ofPerson: "Vladimir Putin", on: day("20230301")) == "RUS")
    }

    @Test func namesAreFoldedForComparison() {
        #expect(actors.country(ofPerson: "Recep Tayyip Erdoğan", on: day("20200101")) == "TUR")
        #expect(actors.country(ofPerson: "  XI   JINPING ", on: day("20200101")) == "CHN")
    }

    @Test func withoutADateTheLatestOfficeDecides() {
        #expect(actors.country(ofPerson: "Yeltsin", on: nil) == "RUS")
        #expect(actors.country(ofPerson: "Antony Blinken", on: nil) == "USA")
        // Whose latest office is international stands for no country.
        #expect(actors.country(ofPerson: "Antonio Guterres", on: nil) == nil)
    }

    @Test func organisationsAndNonStateGroupsAreNeverCountries() {
        for name in ["UN", "the United Nations", "NATO", "Hamas", "Hezbollah", "the European Union", "OPEC"] {
            #expect(actors.isNonState(name), "\(name)")
            #expect(actors.country(ofPerson: name, on: day("20200101")) == nil, "\(name)")
        }
        #expect(!actors.isNonState("Russia"))
        #expect(!actors.isNonState("Vladimir Putin"))
    }

    @Test func unknownNamesAreNobody() {
        #expect(!actors.knowsPerson("Jane Qwertyuiop"))
        #expect(actors.country(ofPerson: "Jane Qwertyuiop", on: nil) == nil)
    }

    @Test func officesAreReadFromTheirLines() {
        let lexicon = ActorLexicon(
            tsv: """
                person\tann example|example\tAAA:-:19900101:19991231 AAA:+:20000101:20041231 BBB:+:20100101: AAA:-::
                person\tbob example|example\tCCC:+:20000101:20041231
                nonstate\tthe league|league
                """)
        #expect(lexicon.country(ofPerson: "Ann Example", on: CalendarDay("19950101")) == nil)
        #expect(lexicon.country(ofPerson: "Ann Example", on: CalendarDay("20020101")) == "AAA")
        #expect(lexicon.country(ofPerson: "Ann Example", on: CalendarDay("20070101")) == nil)
        #expect(lexicon.country(ofPerson: "Ann Example", on: CalendarDay("20200101")) == "BBB")
        #expect(lexicon.country(ofPerson: "Ann Example", on: nil) == "BBB")
        // Two people of that name in office for two countries: nobody can tell which.
        #expect(lexicon.country(ofPerson: "Example", on: CalendarDay("20020101")) == nil)
        #expect(lexicon.country(ofPerson: "Example", on: CalendarDay("20200101")) == "BBB")
        #expect(lexicon.isNonState("The League"))
        #expect(lexicon.nameLength(at: ["ann", "example", "said"]) == 2)
        #expect(lexicon.nameLength(at: ["example", "said"]) == 0)
    }
}

@Suite struct CalendarDayTests {
    @Test func readsDatelines() {
        #expect(
            CalendarDay.dateline(in: "Yeltsin meets Kohl .\nMOSCOW 1996-08-22\nPresident ...")
                == CalendarDay("19960822"))
        #expect(CalendarDay.dateline(in: "Wednesday, January 8, 2020\nIran fired missiles.") == CalendarDay("20200108"))
        #expect(CalendarDay.dateline(in: "LONDON, 8 January 2020 - The minister said") == CalendarDay("20200108"))
        #expect(CalendarDay.dateline(in: "Russia and Ukraine met in Minsk.") == nil)
    }

    @Test func fromADateInUTC() {
        let date = Date(timeIntervalSince1970: 1_578_441_600)  // 2020-01-08T00:00:00Z
        #expect(CalendarDay(date) == CalendarDay("20200108"))
        #expect(CalendarDay(date).description == "2020-01-08")
    }
}

@Suite struct EventCoderActorTests {
    private func coded(_ text: String, _ published: String? = nil) -> Set<String> {
        let date = published.flatMap { ISO8601DateFormatter().date(from: $0) }
        return Set(
            Extractor().extract(text, publishedAt: date).relations.map {
                "\($0.source)>\($0.target) \($0.type.rawValue)"
            })
    }

    @Test func theTextsIntroductionHoldsWhereTheLexiconListsNoOfficeForTheDay() {
        let text = "Hong Kong Financial Secretary Donald Tsang arrived on Friday. Tsang will meet President Suharto."
        #expect(coded(text, "1996-08-23T00:00:00Z") == ["HKG>IDN pledge_cooperation"])
    }

    @Test func anOfficeSetOffBeforeANameIntroducesThePerson() {
        let text =
            "The U.S. State Department's coordinator for counter terrorism, Philip Wilcox, said the government had "
            + "his support when he visited Colombo."
        #expect(coded(text) == ["USA>LKA meet_or_negotiate"])
    }

    @Test func aNameBeforeTheCommaIntroducesNobody() {
        let text =
            "According to New Zealand Prime Minister Jacinda Ardern, Tarrant had a licence. Tarrant was jailed in Australia."
        #expect(coded(text).isEmpty)
    }

    @Test func anOfficeOfACountryAfterTheNameIntroducesThePerson() {
        #expect(
            coded("US forces killed Qasem Soleimani, head of Iran's Quds Force, in an airstrike.")
                == ["USA>IRN use_force"])
    }

    @Test func aPersonInOfficeActsForTheirCountry() {
        #expect(coded("Mike Pompeo condemned Iran.").contains("USA>IRN criticise_or_accuse"))
        #expect(
            coded("Boris Yeltsin condemned Ukraine.", "1996-08-22T10:00:00Z").contains("RUS>UKR criticise_or_accuse"))
    }

    @Test func theArticleDateDecides() {
        #expect(coded("Boris Yeltsin condemned Ukraine.", "2005-08-22T10:00:00Z").isEmpty)
        #expect(coded("Yeltsin meets Kohl .\nMOSCOW 2005-08-22\nBoris Yeltsin condemned Ukraine .").isEmpty)
        #expect(
            coded("Yeltsin meets Kohl .\nMOSCOW 1996-08-22\nBoris Yeltsin condemned Ukraine .")
                .contains("RUS>UKR criticise_or_accuse"))
    }

    @Test func anInternationalOrganisationIsNeverACountry() {
        let relations = coded("Russia, France, the United States and the UN called on Armenia and Azerbaijan to talk.")
        #expect(!relations.contains { $0.contains("IND") })
        #expect(coded("NATO Secretary General Jens Stoltenberg condemned Russia.").isEmpty)
        #expect(coded("UN Secretary-General Antonio Guterres condemned Israel.").isEmpty)
    }
}
