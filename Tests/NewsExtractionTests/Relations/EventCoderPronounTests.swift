import Testing

@testable import NewsExtraction

/// "They" wants several countries: the last group named as a subject, a few sentences back at most.
@Suite struct EventCoderPronounTests {
    @Test func theyStandsForTheGroupNamedBefore() {
        let text = """
            Kenya, Uganda and Tanzania held a summit in Nairobi on Monday. Rwanda did not attend. \
            They urged Burundi to hold elections.
            """
        let relations = codedTypes(text)
        #expect(relations.isSuperset(of: ["KEN>BDI appeal", "UGA>BDI appeal", "TZA>BDI appeal"]))
        #expect(!relations.contains("RWA>BDI appeal"))
    }

}
