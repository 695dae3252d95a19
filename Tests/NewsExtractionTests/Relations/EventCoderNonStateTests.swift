import Testing

@testable import NewsExtraction

/// A country's rebels, militants and dissidents are not its state; its nationals are, where detained or attacked.
@Suite struct EventCoderNonStateTests {
    private func coded(_ text: String) -> Set<String> {
        Set(Extractor().extract(text).relations.map { "\($0.source)>\($0.target) \($0.type.rawValue)" })
    }

    @Test func blamingAGroupIsNoActTowardsItsCountry() {
        #expect(coded("The Turkish government blamed Kurdish militants for the bombing.").isEmpty)
        #expect(coded("Kenya condemned Somali rebels on Monday.").isEmpty)
    }

    @Test func detainingThemStillIsOne() {
        #expect(coded("Kenya detained Somali rebels on Monday.").contains("KEN>SOM seize_detain_expel"))
    }
}
