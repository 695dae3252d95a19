import Testing

@testable import NewsExtraction

/// In a sports report the countries named are teams and athletes: no relation between states.
@Suite struct EventCoderSportsTests {
    @Test func aSportsReportHoldsNoRelation() {
        let text = """
            SOCCER - NIGERIA THROUGH TO FINAL AFTER 2-1 WIN .
            LAGOS 1996-08-25
            Nigeria beat Ghana 2-1 in the semi-final on Sunday , the striker scoring twice in the second half .
            They will meet Cameroon in the final of the tournament , where Cameroon attacked from the start in their \
            group matches .
            """
        #expect(Extractor().extract(text).relations.isEmpty)
    }

    @Test func aNewsReportThatMentionsAMatchStillCodes() {
        let text = """
            Russia accused Ukraine of shelling the Zaporizhzhia nuclear plant on Monday.
            The accusation came a day after a football match in Moscow.
            """
        #expect(Extractor().extract(text).relations.contains { $0.source == "RUS" && $0.target == "UKR" })
    }
}
