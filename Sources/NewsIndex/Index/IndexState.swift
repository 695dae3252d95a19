/// Everything the store knows, guarded by the store's lock.
struct IndexState {}

/// Views computed from the state and kept until the next write.
struct CachedViews {}
