import Testing

@testable import NewsExtraction

/// A future act: whose promise it is, and which acts a promise turns into.
@Suite struct EventCoderPromiseTests {
    @Test func aFutureMeetingIsTheSubjectsPromiseAlone() {
        #expect(codedTypes("Egypt will contact the British government next week.") == ["EGY>GBR pledge_cooperation"])
    }

    @Test func coSubjectsPromiseEachOther() {
        #expect(
            codedTypes("Chile and Peru will meet next week.") == [
                "CHL>PER pledge_cooperation", "PER>CHL pledge_cooperation",
            ])
    }

    @Test func aFutureAppealStaysAnAppeal() {
        #expect(codedTypes("Egypt to press Britain over the conference.") == ["EGY>GBR appeal"])
    }

    @Test func aListThatEndsTheSentenceNeedsNoAnd() {
        #expect(
            codedTypes("Japan's Hashimoto to visit Peru, Chile.")
                == ["JPN>PER pledge_cooperation", "JPN>CHL pledge_cooperation"])
    }

    @Test func theyActAgainAfterTheirGroup() {
        let text = """
            Polish President Aleksander Kwasniewski and his Slovenian counterpart, Milan Kucan, met for talks.
            It was their fourth meeting this year.
            They agreed to have regular telephone contact to discuss ties with the West.
            """
        #expect(codedTypes(text).isSuperset(of: ["POL>SVN pledge_cooperation", "SVN>POL pledge_cooperation"]))
    }

    @Test func aPlotIsNoAct() {
        #expect(codedTypes("Iranian agents were sanctioned over a plot to kill the Saudi ambassador.").isEmpty)
    }

    @Test func whatASpeakerTellsAnotherItsSideWillDoIsAPledgeToIt() {
        #expect(
            codedTypes("Nepal told China his nation would not become a tool of others.") == [
                "NPL>CHN pledge_cooperation"
            ])
        #expect(codedTypes("Germany told Ukraine it would stand by it.") == ["DEU>UKR pledge_cooperation"])
        // Not where its side acts against the one told, nor where it refuses to help.
        #expect(!codedTypes("Russia told Ukraine it would cut gas supplies.").contains("RUS>UKR pledge_cooperation"))
        #expect(codedTypes("The US told Israel it would not support an attack on Iran.").isEmpty)
    }
}
