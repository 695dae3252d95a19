import Dispatch

/// Runs both at once, on this thread and another, and returns when both are done.
///
/// The two must touch disjoint state; then sharing them is safe, as neither outlives this call.
func inParallel(_ first: () -> Void, and second: () -> Void) {
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            nonisolated(unsafe) let parts = [first, second]
            DispatchQueue.concurrentPerform(iterations: 2) { parts[$0]() }
        }
    }
}
