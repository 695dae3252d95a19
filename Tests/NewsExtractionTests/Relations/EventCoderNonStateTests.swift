import Testing

@testable import NewsExtraction

/// A country's rebels, militants and dissidents are not its state; its nationals are, where detained or attacked.
@Suite struct EventCoderNonStateTests {
    @Test func blamingAGroupIsNoActTowardsItsCountry() {
        #expect(codedTypes("The Turkish government blamed Kurdish militants for the bombing.").isEmpty)
        #expect(codedTypes("Kenya condemned Somali rebels on Monday.").isEmpty)
    }

    @Test func detainingThemStillIsOne() {
        #expect(codedTypes("Kenya detained Somali rebels on Monday.").contains("KEN>SOM seize_detain_expel"))
    }
}
