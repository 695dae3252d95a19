import Dispatch
import Glibc

extension HTTPServer {
    /// Blocks until SIGTERM or SIGINT, then shuts down gracefully and returns, so the process can exit 0.
    ///
    /// `ready` runs once the signals are watched: a "listening" line printed there promises that a SIGTERM sent
    /// as soon as it is read shuts the server down (sent before, it would be lost while the watch is set up).
    public func runUntilTerminated(ready: () -> Void = {}) {
        let finished = DispatchSemaphore(value: 0)
        let signalQueue = DispatchQueue(label: "http.signals")
        let sources = [SIGTERM, SIGINT].map { number in
            // Ignored first so the default action (terminate) does not race the dispatch source.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: signalQueue)
            source.setEventHandler { [self] in
                shutdown()
                finished.signal()
            }
            source.resume()
            return source
        }
        ready()
        finished.wait()
        for source in sources { source.cancel() }
    }
}
