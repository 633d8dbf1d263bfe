import AllyCore

/// Feedback being shown after a decision, with what it refers to.
public struct ShownFeedback: Sendable, Equatable {
    /// The engine's feedback.
    public var feedback: Feedback
    /// What the trainee chose, as shown.
    public var chosen: String
    /// The step the decision was made at (its words stay on screen while feedback shows).
    public var stepID: String
}

/// A scenario being played.
public struct PlaySession: Sendable, Equatable {
    /// The scenario.
    public var scenario: Scenario
    /// The engine's state: the fold of `decisions`.
    public var state: PlayState
    /// Every decision so far, timed; what the store records.
    public var decisions: [TimedDecision]
    /// The highlighted option; nil until the trainee moves or picks, so a stray Enter answers nothing.
    public var selected: Int?
    /// The first visible option.
    public var offset = 0
    /// Lines of the customer's words scrolled away.
    public var sayScroll = 0
    /// Feedback on the last decision, while it shows.
    public var feedback: ShownFeedback?
    /// Lines of long feedback scrolled away.
    public var feedbackScroll = 0
    /// When the current prompt appeared (seconds on the run loop's clock; pauses excluded).
    public var promptShownAt: Double
    /// When a timed step runs out (pauses excluded), or nil for an untimed step.
    public var deadline: Double?
    /// Whether the "leave this scenario?" question (stop for now, give up, cancel) is showing.
    public var confirmingLeave = false
    /// The course this scenario is part of, if any.
    public var course: CourseRun?
    /// How this attempt is played: its reply order and whether time limits are off.
    public var play = PlaySettings()
}

extension PlaySession {
    /// Seconds left on a timed step at `now`, rounded up, for the header.
    func secondsLeft(now: Double) -> Int? {
        deadline.map { max(0, Int(($0 - now).rounded(.up))) }
    }
}
