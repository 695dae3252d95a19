import Testing

@testable import NewsExtraction

/// Acts that only the dependency tree shows: who does what across conjuncts, control verbs, participles, support
/// verbs and nominals, and the groups that later sentences name by their office.
@Suite struct EventCoderTreeTests {
    @Test func conjoinedSubjectsPledgeToEachOther() {
        #expect(
            codedTypes("Slovenia and Poland pledged to intensify cooperation on Tuesday.")
                == ["SVN>POL pledge_cooperation", "POL>SVN pledge_cooperation"])
    }

    @Test func aSupportVerbCarriesOutItsObject() {
        #expect(
            codedTypes("Turkey began a military offensive into north-eastern Syria on Wednesday.") == [
                "TUR>SYR use_force"
            ])
    }

    @Test func cooperationWithArmedForcesIsSecurityCooperation() {
        let coded = codedTypes(
            "Iran has increased cooperation in the last few years with the navies of China and Russia.")
        #expect(coded.contains("IRN>CHN security_cooperation") && coded.contains("RUS>IRN security_cooperation"))
        #expect(!coded.contains { $0.hasSuffix("pledge_cooperation") })
    }

    @Test func exchangingFireIsForceBothWays() {
        #expect(
            codedTypes("India and Pakistan exchanged fire across the border.") == [
                "IND>PAK use_force", "PAK>IND use_force",
            ])
    }

    @Test func theMinistersAreTheGroupNamedBefore() {
        let coded = codedTypes(
            "Egypt, France, Greece and Cyprus met in Cairo on Wednesday. The foreign ministers signed a declaration.")
        #expect(coded.contains("CYP>EGY sign_agreement") && coded.contains("FRA>GRC sign_agreement"))
    }

    @Test func aGroupOnBothSidesNamesNoOtherSide() {
        let coded = codedTypes(
            "Egypt, France, Greece and Cyprus met in Cairo on Wednesday. They invited the four countries to talks.")
        #expect(!coded.contains { $0.hasSuffix("pledge_cooperation") })
    }

    @Test func companiesBasedInCountriesAreNotTheirStates() {
        #expect(
            codedTypes(
                "UK-based retailer Tesco and Denmark-based retailer Salling Group announced their agreement over selling "
                    + "Tesco's Polish business."
            ).isEmpty)
    }

    @Test func aBackgroundNominalIsNoEvent() {
        #expect(codedTypes("Russia's invasion of Ukraine has pushed up global grain prices.").isEmpty)
    }

    @Test func theWordsFindTheOwnerWhereTheParseLostIt() {
        // The parser reads "after" as the preposition of "Israel", which leaves "began" without a subject.
        #expect(
            codedTypes("The rebels signed a deal after Israel began a military offensive into Lebanon.") == [
                "ISR>LBN use_force"
            ])
    }

    @Test func aMeetingItsOwnerHeldIsNewsWhereverItStands() {
        #expect(
            codedTypes("Reports emerged about Biden's call with Chinese President Xi Jinping.") == [
                "USA>CHN meet_or_negotiate", "CHN>USA meet_or_negotiate",
            ])
        #expect(codedTypes("Lavrov's talks with Blinken were cancelled.").isEmpty)
        #expect(
            codedTypes("Congress wants a transcript of a call between Biden and Chinese President Xi Jinping.") == [
                "USA>CHN meet_or_negotiate", "CHN>USA meet_or_negotiate",
            ])
        let trip =
            "Volker also worked to arrange a meeting between Li and Biden himself during President Biden's planned "
            + "trip to Beijing"
        #expect(codedTypes(trip + ".") == ["USA>CHN meet_or_negotiate"])
        #expect(codedTypes(trip + ", which was cancelled.").isEmpty)
    }

    @Test func aJourneyThatTakesItsTravellerToACountryIsAVisit() {
        #expect(
            codedTypes("The tour took the Chinese premier to Kenya and Egypt.") == [
                "CHN>KEN meet_or_negotiate", "CHN>EGY meet_or_negotiate",
            ])
        #expect(
            codedTypes("The official visit will take the American President to Canada's capital.") == [
                "USA>CAN meet_or_negotiate"
            ])
    }

    @Test func whatAProposalWouldDoIsItsProposersIntent() {
        #expect(
            codedTypes("The US Senate passed a bill that would impose sanctions on Russia.") == ["USA>RUS threaten"])
        #expect(codedTypes("France proposed a plan that would send troops to Mali.") == ["FRA>MLI pledge_cooperation"])
    }

    @Test func theOneJoinedActsToo() {
        #expect(
            codedTypes("France joined Germany on Monday in condemning Russia.") == [
                "FRA>RUS criticise_or_accuse", "DEU>RUS criticise_or_accuse",
            ])
    }

    @Test func whatIsDeniedIsNeverAsserted() {
        let relations = Extractor().extract("Russia denied that its forces had shelled Ukrainian grain ports.")
            .relations
        #expect(relations.allSatisfy { $0.mode == .denied })
    }
}
