/// In-memory store of articles, their entities and the relation graph.
public enum NewsIndexModule {}
