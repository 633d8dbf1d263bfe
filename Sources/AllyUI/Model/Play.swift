import AllyCore
import AllyTerminal

/// The play screen's behaviour: questions, replies, feedback, time limits and leaving.
enum Play {
    /// The wheel over the customer's block scrolls their words (elsewhere it moves the options);
    /// false when the pointer is not there, so the caller does the usual.
    static func scrollCustomer(_ direction: ScrollDirection, at point: Point, _ m: inout AppModel) -> Bool {
        guard m.screen == .play, var session = m.session, !session.confirmingLeave,
              let area = PlayScreen.customerArea(m), area.contains(point) else { return false }
        session.sayScroll = App.scroll(
            session.sayScroll, KeyMap.intent(for: direction), page: 1, maxScroll: PlayScreen.customerMaxScroll(m))
        m.session = session
        return true
    }

    /// The options of the current prompt, as shown (names, not reminders).
    static func options(_ session: PlaySession, _ language: Language) -> [String] {
        switch session.state.prompt {
        case .identify: CustomerType.allCases.map { $0.name(in: language) }
        case .strategy: StrategyFamily.allCases.map { $0.name(in: language) }
        case .concept(let kind): kind.answers.map { kind.name(of: $0, in: language) }
        case .reply:
            session.state.stepID.flatMap { session.scenario.step($0) }.map { step in replyOrder(session).map { step.choices[$0].text } } ?? []
        case .none: []
        }
    }

    /// The current step's reply indices in the order this attempt shows them.
    static func replyOrder(_ session: PlaySession) -> [Int] {
        guard let step = session.state.stepID.flatMap({ session.scenario.step($0) }) else { return [] }
        return ReplyOrder.indices(of: step, seed: session.play.replyOrder)
    }

    static func handle(_ intent: Intent, _ m: inout AppModel, _ commands: inout [Command]) {
        guard var session = m.session else { return }
        if session.confirmingLeave {
            switch intent {
            case .yes, .confirm, .pick(LeaveChoice.later.rawValue): stopForLater(&m)
            case .pick(LeaveChoice.giveUp.rawValue): leave(&m, &commands)
            case .no, .back, .pick(LeaveChoice.cancel.rawValue): session.confirmingLeave = false; m.session = session
            default: break
            }
            return
        }
        if session.feedback != nil {
            switch intent {
            case .confirm, .right: proceed(&m)
            case .back where !session.state.isOver:
                session.confirmingLeave = true
                m.session = session
            case .back: proceed(&m)
            case .toggleReminders: m.showReminders.toggle()
            case .up, .down:
                // Feedback longer than its rows scrolls; nothing else moves while it shows.
                session.feedbackScroll = App.scroll(session.feedbackScroll, intent, page: 1, maxScroll: PlayScreen.feedbackMaxScroll(m))
                m.session = session
            default: break
            }
            return
        }
        let count = options(session, m.language).count
        if let index = App.gradedChoice(intent, selected: &session.selected, count: count) {
            m.session = session
            return choose(index, &m, &commands)
        }
        switch intent {
        case .pageUp: session.sayScroll = max(0, session.sayScroll - 3)
        case .pageDown: session.sayScroll = min(PlayScreen.customerMaxScroll(m), session.sayScroll + 3)
        case .toggleReminders: m.showReminders.toggle()
        case .back: session.confirmingLeave = true
        default: break
        }
        m.session = session
    }

    /// Answers the current prompt with option `index`.
    static func choose(_ index: Int, _ m: inout AppModel, _ commands: inout [Command]) {
        guard let session = m.session else { return }
        let decision: Decision
        switch session.state.prompt {
        case .identify: decision = .identify(CustomerType.allCases[index])
        case .strategy: decision = .strategy(StrategyFamily.allCases[index])
        case .concept(let kind): decision = .concept(kind, kind.answers[index])
        case .reply: decision = .reply(replyOrder(session)[index])
        case .none: return
        }
        decide(decision, chosen: options(session, m.language)[index], &m, &commands)
    }

    /// Applies a decision, records it and shows its feedback.
    static func decide(_ decision: Decision, chosen: String, _ m: inout AppModel, _ commands: inout [Command]) {
        guard var session = m.session, let stepID = session.state.stepID else { return }
        let seconds = (max(0, m.now - session.promptShownAt) * 10).rounded() / 10
        let timed = TimedDecision(decision, seconds: seconds)
        guard let (state, feedback) = try? Engine.apply(timed, to: session.state, in: session.scenario) else { return }
        session.state = state
        session.decisions.append(timed)
        session.feedback = ShownFeedback(feedback: feedback, chosen: chosen, stepID: stepID)
        session.feedbackScroll = 0
        session.deadline = nil
        m.session = session
        commands.append(.recordDecision(timed, index: session.decisions.count - 1, scenarioID: session.scenario.id, play: session.play))
        if state.isOver { commands.append(.finishAttempt(scenarioID: session.scenario.id, state: state)) }
    }

    /// Leaves the feedback: on to the next prompt, or to the debrief at the end.
    static func proceed(_ m: inout AppModel) {
        guard var session = m.session, let shown = session.feedback else { return }
        if session.state.isOver {
            App.enterDebrief(&m)
            return
        }
        session.feedback = nil
        session.selected = nil
        session.offset = 0
        session.promptShownAt = m.now
        if let stepID = session.state.stepID, stepID != shown.stepID {
            session.sayScroll = 0
        }
        session.deadline = replyDeadline(session, now: m.now)
        m.session = session
    }

    /// When the reply prompt showing now runs out: a timed step's clock runs only while the reply
    /// is chosen (naming the type and the strategy is the trainee's thinking, not the customer's
    /// wait), and not at all with time limits off.
    static func replyDeadline(_ session: PlaySession, now: Double, elapsed: Double = 0) -> Double? {
        guard !session.play.untimed, session.state.prompt == .reply,
              let limit = session.state.stepID.flatMap({ session.scenario.step($0)?.timeLimit }) else { return nil }
        return now + Double(limit.seconds) - elapsed
    }

    /// What the leave question offers, in its order (the digit is the raw value plus one).
    enum LeaveChoice: Int, CaseIterable {
        /// Stop now; the menu offers to resume (the attempt stays unfinished, as after Ctrl-C).
        case later
        /// End the attempt here; it counts as given up.
        case giveUp
        /// Back to the question.
        case cancel
    }

    /// Stops playing without ending the attempt: nothing is recorded, and the menu offers to
    /// resume it at once, as it would after Ctrl-C or a dropped connection.
    static func stopForLater(_ m: inout AppModel) {
        guard let session = m.session else { return }
        m.session = nil
        m.screen = .menu
        m.menuSelected = 0
        guard !session.decisions.isEmpty, !session.state.isOver else { return }
        // A timed reply's clock goes on from where it stood, as it would for an attempt read from the store.
        let onReply = session.feedback == nil && session.state.prompt == .reply ? max(0, m.now - session.promptShownAt) : 0
        m.takeUnfinished(UnfinishedAttempt(
            scenarioID: session.scenario.id, decisions: session.decisions,
            secondsOnStep: TimedDecision.secondsOnQuestions(session.decisions) + onReply, play: session.play))
    }

    /// Gives up the attempt after the trainee confirmed.
    static func leave(_ m: inout AppModel, _ commands: inout [Command]) {
        guard let session = m.session else { return }
        if !session.state.isOver {
            let timed = TimedDecision(.quit, seconds: 0)
            commands.append(.recordDecision(timed, index: session.decisions.count, scenarioID: session.scenario.id, play: session.play))
            if let (given, _) = try? Engine.apply(timed, to: session.state, in: session.scenario) {
                commands.append(.finishAttempt(scenarioID: session.scenario.id, state: given))
            }
        }
        m.session = nil
        m.screen = .menu
    }
}
