/// The time left to answer a live question as the screens show it: whole seconds, rounded up (so
/// "1 s" shows until the very end), on the clock of whoever holds it.
///
/// Pure: every reading of the clock is passed in, so a screen's countdown is drawn, and its next
/// change found, without waiting.
public struct LiveCountdown: Sendable, Equatable {
    /// The last seconds, which the screens emphasise (calmly: no colour of alarm, no blinking).
    public static let finalSeconds = 5

    /// When answering closes, on the holder's clock.
    public var closesAt: Double

    /// A countdown to `closesAt`.
    public init(closesAt: Double) {
        self.closesAt = closesAt
    }

    /// The whole seconds shown at `now`: 0 once the time is up.
    public func seconds(at now: Double) -> Int {
        max(0, Int((closesAt - now).rounded(.up)))
    }

    /// Whether `now` falls in the last ``finalSeconds``.
    public func isFinal(at now: Double) -> Bool {
        seconds(at: now) <= Self.finalSeconds
    }

    /// When the seconds shown next change after `now`, so a screen redraws once a second and not
    /// otherwise; nil once it shows 0 (the server's word that answering closed comes next).
    public func nextChange(after now: Double) -> Double? {
        let shown = seconds(at: now)
        guard shown > 0 else { return nil }
        return closesAt - Double(shown - 1)
    }
}
