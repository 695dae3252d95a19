import Testing

@testable import NewsExtraction

/// A joint act with a party that is no country is no act among the countries that did it together.
@Suite struct EventCoderPartnerTests {
    @Test func signingWithAnOrganisationRelatesNoSigners() {
        #expect(codedTypes("Norway and Iceland signed a fisheries agreement with the European Union.").isEmpty)
    }

    @Test func signingTogetherStillRelatesThem() {
        #expect(
            codedTypes("Norway and Iceland signed a fisheries agreement on Monday.")
                == ["NOR>ISL sign_agreement", "ISL>NOR sign_agreement"])
    }

    @Test func anEnvoyArrivingIsAVisit() {
        #expect(codedTypes("The Japanese ambassador arrived in Brazil on Monday.") == ["JPN>BRA meet_or_negotiate"])
    }
}
