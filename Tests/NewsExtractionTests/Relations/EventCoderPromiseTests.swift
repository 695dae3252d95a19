import Testing

@testable import NewsExtraction

/// A future act: whose promise it is, and which acts a promise turns into.
@Suite struct EventCoderPromiseTests {
    private func coded(_ text: String) -> Set<String> {
        Set(Extractor().extract(text).relations.map { "\($0.source)>\($0.target) \($0.type.rawValue)" })
    }

    @Test func aFutureMeetingIsTheSubjectsPromiseAlone() {
        #expect(coded("Egypt will contact the British government next week.") == ["EGY>GBR pledge_cooperation"])
    }

    @Test func coSubjectsPromiseEachOther() {
        #expect(
            coded("Chile and Peru will meet next week.") == [
                "CHL>PER pledge_cooperation", "PER>CHL pledge_cooperation",
            ])
    }

    @Test func aFutureAppealStaysAnAppeal() {
        #expect(coded("Egypt to press Britain over the conference.") == ["EGY>GBR appeal"])
    }

    @Test func aListThatEndsTheSentenceNeedsNoAnd() {
        #expect(
            coded("Japan's Hashimoto to visit Peru, Chile.")
                == ["JPN>PER pledge_cooperation", "JPN>CHL pledge_cooperation"])
    }

    @Test func theyActAgainAfterTheirGroup() {
        let text = """
            Polish President Aleksander Kwasniewski and his Slovenian counterpart, Milan Kucan, met for talks.
            It was their fourth meeting this year.
            They agreed to have regular telephone contact to discuss ties with the West.
            """
        #expect(coded(text).isSuperset(of: ["POL>SVN pledge_cooperation", "SVN>POL pledge_cooperation"]))
    }

    @Test func aPlotIsNoAct() {
        #expect(coded("Iranian agents were sanctioned over a plot to kill the Saudi ambassador.").isEmpty)
    }

    @Test func whatASpeakerTellsAnotherItsSideWillDoIsAPledgeToIt() {
        #expect(
            coded("Nepal told China his nation would not become a tool of others.") == ["NPL>CHN pledge_cooperation"])
        #expect(coded("Germany told Ukraine it would stand by it.") == ["DEU>UKR pledge_cooperation"])
        // Not where its side acts against the one told, nor where it refuses to help.
        #expect(!coded("Russia told Ukraine it would cut gas supplies.").contains("RUS>UKR pledge_cooperation"))
        #expect(coded("The US told Israel it would not support an attack on Iran.").isEmpty)
    }
}
