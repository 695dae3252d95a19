import Testing

@testable import NewsExtraction

@Test func moduleLoads() { #expect(Bool(true)) }
