import Foundation
import NewsExtraction
import Synchronization
import Testing

@testable import NewsIndex

#if canImport(Glibc)
    import Glibc
#endif

/// Measures, not tests. Two steps, each in its own process so that memory is measured cleanly:
///
///     NEWSINDEX_BENCH=100000 NEWSINDEX_BENCH_DIR=/tmp/bench swift test -c release --filter StoreBenchmarks/ingest
///     NEWSINDEX_BENCH=100000 NEWSINDEX_BENCH_DIR=/tmp/bench swift test -c release --filter StoreBenchmarks/replay
///
/// The machine is shared, so times are given as wall clock and as CPU time of the measuring thread.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["NEWSINDEX_BENCH_DIR"] != nil))
struct StoreBenchmarks {
    let count = Int(ProcessInfo.processInfo.environment["NEWSINDEX_BENCH"] ?? "") ?? 10_000
    let directory = URL(fileURLWithPath: ProcessInfo.processInfo.environment["NEWSINDEX_BENCH_DIR"] ?? "/tmp")

    static func residentBytes() -> Int {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return (Int(line.split(separator: " ")[1]) ?? 0) * 1024
    }

    /// Wall-clock and thread CPU seconds of `body`.
    static func time(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        func cpuNow() -> Double {
            var spec = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
            return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
        }
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = cpuNow()
        try body()
        return (Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, cpuNow() - cpuStart)
    }

    static func percentiles(_ samples: [Double]) -> String {
        let sorted = samples.sorted()
        func at(_ fraction: Double) -> String {
            String(format: "%.3f ms", sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))] * 1000)
        }
        return "p50 \(at(0.5)), p99 \(at(0.99))"
    }

    /// The store asks for each extraction by text; the benchmark hands over the one it generated.
    final class Extractions: Sendable {
        let pending = Mutex<[String: Extraction]>([:])
        func provide(_ articles: [(draft: ArticleDraft, extraction: Extraction)]) {
            pending.withLock { map in for item in articles { map[item.draft.text] = item.extraction } }
        }
        func extract(_ text: String, publishedAt: Date?) -> Extraction {
            pending.withLock { $0.removeValue(forKey: text)! }
        }
    }

    @Test func ingest() throws {
        try? FileManager.default.removeItem(at: directory)
        let corpus = SyntheticCorpus()
        let extractions = Extractions()
        let store = try NewsStore(directory: directory, extract: extractions.extract)
        var textBytes = 0
        var wall = 0.0
        var cpu = 0.0
        let chunk = 500
        for first in stride(from: 0, to: count, by: chunk) {
            let articles = (first..<min(first + chunk, count)).map(corpus.article)
            extractions.provide(articles)
            textBytes += articles.reduce(0) { $0 + $1.draft.text.utf8.count }
            let spent = try Self.time { _ = try store.addBatch(articles.map(\.draft)) }
            wall += spent.wall
            cpu += spent.cpu
        }
        let stats = store.stats
        print(
            "articles \(stats.articles), entities \(stats.entities), relations \(stats.relations), edges \(stats.edges)"
        )
        print(
            String(
                format: "text %.1f MB, %.0f bytes an article", Double(textBytes) / 1e6,
                Double(textBytes) / Double(count)))
        print(
            String(
                format: "batched add (%d a batch, one fsync each): %.0f articles/s wall, %.0f/s calling-thread CPU",
                chunk,
                Double(count) / wall, Double(count) / cpu))

        let singles = 2_000
        let singleArticles = (count..<count + singles).map(corpus.article)
        extractions.provide(singleArticles)
        let syncsBefore = store.journal!.syncCount
        let spent = Self.time {
            DispatchQueue.concurrentPerform(iterations: 8) { writer in
                for index in stride(from: writer, to: singles, by: 8) {
                    _ = try! store.add(singleArticles[index].draft)
                }
            }
        }
        print(
            String(
                format: "single adds from 8 threads: %.0f articles/s wall, %d fsyncs for %d adds",
                Double(singles) / spent.wall,
                store.journal!.syncCount - syncsBefore, singles))
    }

    @Test func replay() throws {
        let size =
            (try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(Journal.fileName).path)[
                .size] as? Int) ?? 0
        let rssBefore = Self.residentBytes()
        var opened: NewsStore?
        let spent = try Self.time {
            // Replay must not extract; later adds get an empty extraction.
            opened = try NewsStore(
                directory: directory, extract: { _, _ in Extraction(sentences: [], entities: [], relations: []) })
        }
        let store = try #require(opened)
        let rssOpened = Self.residentBytes() - rssBefore
        let total = store.stats.articles
        print(
            String(
                format:
                    "replay: %d articles, %.0f MB journal, %.2f s wall = %.0f articles/s; CPU %.2f s = %.0f articles/s",
                total, Double(size) / 1e6, spent.wall, Double(total) / spent.wall, spent.cpu, Double(total) / spent.cpu)
        )
        let search = Self.time { store.completeSearchIndex() }
        print(String(format: "search index completed %.2f s after opening (background and this thread)", search.wall))
        // Text size, recomputed from the stored articles.
        var textBytes = 0
        var cursor: String?
        repeat {
            let page = try store.articles(ArticleQuery(limit: 1_000, cursor: cursor))
            textBytes += page.items.reduce(0) { $0 + $1.text.utf8.count }
            cursor = page.nextCursor
        } while cursor != nil
        let rss = Self.residentBytes() - rssBefore
        print(
            String(
                format:
                    "memory: RSS +%.0f MB after replay (%.2fx text), +%.0f MB with search (%.2fx text, %.0f bytes an article); text %.0f MB",
                Double(rssOpened) / 1e6, Double(rssOpened) / Double(textBytes), Double(rss) / 1e6,
                Double(rss) / Double(textBytes), Double(rss) / Double(total), Double(textBytes) / 1e6))

        let corpus = SyntheticCorpus()
        var samples: [Double] = []
        for _ in 0..<500 { samples.append(Self.time { _ = try! store.entities(EntityQuery(limit: 20)) }.wall) }
        print("entities(limit: 20): \(Self.percentiles(samples))")
        samples = []
        for round in 0..<200 {
            let words = corpus.article(round).draft.text.split(separator: " ")
            let q = words[3 + round % 5] + " " + words[9 + round % 3]
            samples.append(Self.time { _ = try! store.articles(ArticleQuery(q: String(q), limit: 20)) }.wall)
        }
        print("articles(q: two words, limit: 20): \(Self.percentiles(samples))")
        samples = []
        for _ in 0..<500 { samples.append(Self.time { _ = try! store.articles(ArticleQuery(limit: 20)) }.wall) }
        print("articles(limit: 20): \(Self.percentiles(samples))")
        samples = []
        for round in 0..<200 {
            let country = String(format: "Z%02d", round % 60)
            samples.append(Self.time { _ = store.relationships(RelationshipFilter(country: country)) }.wall)
        }
        print("relationships(country:), cached edges: \(Self.percentiles(samples))")
        let first = Self.time { _ = store.relationships(RelationshipFilter(), limit: 50) }
        _ = try store.add(ArticleDraft(text: "One more article, \(UUID()).", publishedAt: Date()))
        let afterWrite = Self.time { _ = store.relationships(RelationshipFilter(), limit: 50) }
        let cached = Self.time { _ = store.relationships(RelationshipFilter(), limit: 50) }
        print(
            String(
                format: "relationships(limit: 50): %.1f ms cached, %.1f ms first after a write", cached.wall * 1000,
                afterWrite.wall * 1000) + " (first ever: \(Int(first.wall * 1000)) ms)")
        let uncached = Self.time { _ = store.relationships(RelationshipFilter(from: .distantPast), limit: 50) }
        print(String(format: "relationships(from:, limit: 50), every report summarized: %.1f ms", uncached.wall * 1000))
    }
}
