import Testing

@testable import NewsExtraction

/// Verbs whose act the words around them decide.
@Suite struct EventCoderIdiomTests {
    @Test func attackingACountryForSomethingIsBlame() {
        #expect(codedTypes("Egypt attacked Qatar on Sunday for hosting the group.") == ["EGY>QAT criticise_or_accuse"])
        #expect(codedTypes("Egypt attacked Libya on Sunday.") == ["EGY>LBY use_force"])
    }

    @Test func askingADiplomatToLeaveIsAnExpulsion() {
        #expect(codedTypes("Kenya asked a Ugandan diplomat to leave the country.") == ["KEN>UGA reduce_relations"])
        #expect(codedTypes("Kenya asked Ugandan journalists to leave the country.") == ["KEN>UGA seize_detain_expel"])
        #expect(codedTypes("Kenya asked Uganda to leave the talks.") == ["KEN>UGA appeal"])
    }

    @Test func policeWorkingTogetherIsSecurityCooperation() {
        #expect(
            codedTypes("Danish police are cooperating with Sweden in the inquiry.")
                == ["DNK>SWE security_cooperation", "SWE>DNK security_cooperation"])
    }

    @Test func aStatementPerformsItsAct() {
        #expect(
            codedTypes("The Canadian foreign minister issued a statement condemning Venezuela.")
                == ["CAN>VEN criticise_or_accuse"])
    }

    @Test func reachingAnAgreementIsASigningAndFailingToIsNone() {
        #expect(
            codedTypes("Chile and Peru reached an agreement on fishing rights.")
                == ["CHL>PER sign_agreement", "PER>CHL sign_agreement"])
        #expect(!codedTypes("Chile and Peru failed to reach an agreement.").contains("CHL>PER sign_agreement"))
    }

    @Test func allegingARoleIsAnAccusation() {
        #expect(
            codedTypes("Lithuania alleged Belarusian involvement in the border crisis.") == [
                "LTU>BLR criticise_or_accuse"
            ])
    }

    @Test func firingAtWhatItTargets() {
        #expect(
            codedTypes("Syria fired rockets targeting Turkish soldiers near the border.").contains("SYR>TUR use_force"))
    }

    @Test func encouragingIsAnAppealButNotToRefugees() {
        #expect(
            codedTypes("Japan has been encouraging partners such as India to limit the exports.") == ["JPN>IND appeal"])
        #expect(codedTypes("Kenya encouraged Somali refugees to return home.").isEmpty)
    }

    @Test func withACountryDoingSomething() {
        #expect(
            codedTypes("Tensions rose this week, with Ethiopia's prime minister accusing Eritrea of arming rebels.")
                == ["ETH>ERI criticise_or_accuse"])
        #expect(
            codedTypes("Kenya held talks with Ethiopia, hoping for a deal.") == [
                "KEN>ETH meet_or_negotiate", "ETH>KEN meet_or_negotiate",
            ])
    }

    @Test func attackingADecisionIsWords() {
        #expect(
            codedTypes("Iran attacked the decision to move the embassy to Jerusalem.").allSatisfy {
                !$0.hasSuffix("use_force")
            })
    }

    @Test func speakingOfSomethingMeetsNobody() {
        #expect(codedTypes("Egypt and Sudan spoke of a crisis on the Nile.").isEmpty)
        #expect(codedTypes("Israel's president has spoken out on the peace process with the Palestinians.").isEmpty)
        #expect(
            codedTypes("Egypt and Sudan spoke by phone on Monday.") == [
                "EGY>SDN meet_or_negotiate", "SDN>EGY meet_or_negotiate",
            ])
    }
}
