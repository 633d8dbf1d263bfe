import AllyCore

/// The progress screen's confusion matrix and the replay, by catalogue key.
extension Strings {
    /// Section: the confusion matrix.
    public static let confusionMatrix = Localized("strings.confusionMatrix")
    /// How to read the confusion matrix.
    public static let confusionLegend = Localized("strings.confusionLegend")
    /// Section: replay.
    public static let replay = Localized("strings.replay")
    /// The replay's step heading.
    public static func replayStep(_ number: Int, _ phase: String) -> Localized {
        Localized("strings.replayStep", ["number": number, "phase": phase])
    }
    /// What the trainee chose.
    public static let replayYou = Localized("strings.replayYou")
    /// What was ideal.
    public static let ideal = Localized("strings.ideal")
    /// The feedback.
    public static let feedbackLabel = Localized("strings.feedbackLabel")
    /// The replay has no decisions.
    public static let noDecisions = Localized("strings.noDecisions")
    /// The attempt cannot be replayed.
    public static let cannotReplay = Localized("strings.cannotReplay")
    /// A decision no longer fits the stored scenario.
    public static func misfit(_ number: Int) -> Localized {
        Localized("strings.misfit", ["number": number])
    }
    /// The final score of a replayed attempt.
    public static func finalScore(_ total: Int, _ outcome: String) -> Localized {
        Localized("strings.finalScore", ["total": total, "outcome": outcome])
    }
    /// Hint: step back and forth.
    public static let keyStep = Localized("strings.keyStep")
    /// Hint: replay the selected attempt.
    public static let keyReplay = Localized("strings.keyReplay")
    /// Previous decision.
    public static let previous = Localized("strings.previous")
    /// Next decision.
    public static let next = Localized("strings.next")

    /// Menu item: drill.
    public static let drill = Localized("strings.drill")
    /// Explanation of the drill item.
    public static let drillNote = Localized("strings.drillNote")
    /// The drill's round counter.
    public static func round(_ k: Int, of n: Int) -> Localized {
        Localized("strings.round", ["k": k, "n": n])
    }
    /// The drill's summary heading.
    public static func drillDone(_ played: Int, _ right: Int) -> Localized {
        Localized("strings.drillDone", ["played": played, "right": right])
    }
    /// What improved.
    public static let improved = Localized("strings.improved")
    /// Nothing improved.
    public static let nothingImproved = Localized("strings.nothingImproved")
    /// A type that slipped.
    public static let slipped = Localized("strings.slipped")
    /// A type met for the first time.
    public static let new = Localized("strings.new")
    /// No openings in the library.
    public static let noOpenings = Localized("strings.noOpenings")
    /// Hint: stop the drill.
    public static let keyStop = Localized("strings.keyStop")
}
