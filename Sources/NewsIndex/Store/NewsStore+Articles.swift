import Foundation
import NewsExtraction

extension NewsStore {
    /// Stores an article, or returns the stored one with `created == false` when its text is already here.
    ///
    /// Returns after the journal record is on disk.
    public func add(_ draft: ArticleDraft) throws -> (article: Article, created: Bool) {
        try addBatch([draft])[0]
    }

    /// Stores many articles under one lock and one fsync; the results come in the order of the drafts.
    public func addBatch(_ drafts: [ArticleDraft]) throws -> [(article: Article, created: Bool)] {
        fatalError("not yet")
    }

    public func article(id: String) -> Article? {
        fatalError("not yet")
    }

    /// Removes the article and everything derived from it; `false` when there is no such article.
    public func delete(id: String) throws -> Bool {
        fatalError("not yet")
    }

    /// Searches or lists articles; throws `NewsStoreError.invalidCursor` for a cursor it did not hand out.
    public func articles(_ query: ArticleQuery) throws -> Page<Article> {
        fatalError("not yet")
    }

    public var stats: StoreStats {
        fatalError("not yet")
    }
}
