/// The order in which a step's replies are shown: fresh for each attempt, fixed by its seed.
///
/// Decisions name replies by their index in the file, so the event log, scoring and replay never
/// depend on the order; the seed is stored with the attempt so a resumed play shows what it showed.
/// Seed 0 keeps the file's order (authors' previews, and attempts stored before orders were shuffled).
public enum ReplyOrder {
    /// The reply indices of `step` in display order, for an attempt with `seed`.
    public static func indices(of step: Step, seed: UInt64) -> [Int] {
        var order = Array(step.choices.indices)
        guard seed != 0 else { return order }
        var generator = SeededGenerator(seed: seed ^ stableHash(step.id))
        order.shuffle(using: &generator)
        return order
    }

    /// FNV-1a over the id's bytes: the same on every run and platform (Swift's `Hasher` is not).
    public static func stableHash(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}

/// How one attempt is played, beyond its decisions: kept with the attempt so resume and replay agree.
public struct PlaySettings: Sendable, Equatable, Hashable {
    /// The seed of the order the replies are shown in (`ReplyOrder`); 0 keeps the file's order.
    public var replyOrder: UInt64
    /// Whether time limits were off (for trainees who read slowly); the debrief and reports say so.
    public var untimed: Bool

    /// Creates settings; the defaults are the file's order with time limits on.
    public init(replyOrder: UInt64 = 0, untimed: Bool = false) {
        self.replyOrder = replyOrder
        self.untimed = untimed
    }
}
