import AllyNcurses
import ArgumentParser

/// What the full-screen commands share: opening the terminal, and the clock decisions are timed by.
enum FullScreen {
    /// Opens the ncurses backend; where no full screen is possible it says why (pointing to
    /// `--plain`) and exits 2 with the terminal untouched.
    static func open(monochrome: Bool) throws -> NcursesBackend {
        do {
            return try NcursesBackend(colorMode: monochrome ? .monochrome : .automatic)
        } catch let error as NcursesBackendError {
            Terminal.error(cli("cli.noFullScreenHere", ["reason": reason(error)]))
            throw ExitCode(2)
        }
    }

    /// Why the backend could not start, in the command line's language.
    static func reason(_ error: NcursesBackendError) -> String {
        switch error {
        case .notATerminal: cli("cli.notATerminal")
        case .terminalTypeUnset: cli("cli.termUnset")
        case .dumbTerminal: cli("cli.dumbTerminal")
        case .unknownTerminal(let name): cli("cli.unknownTerminal", ["name": name])
        case .cannotAddressCursor(let name): cli("cli.cannotAddressCursor", ["name": name])
        }
    }
}

/// Seconds since it was created, on a monotonic clock: how long each decision took.
struct Stopwatch: Sendable {
    private let clock = ContinuousClock()
    private let origin: ContinuousClock.Instant

    /// Starts counting now.
    init() { origin = clock.now }

    /// Seconds since the stopwatch started.
    func seconds() -> Double {
        let elapsed = origin.duration(to: clock.now).components
        return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    }
}
