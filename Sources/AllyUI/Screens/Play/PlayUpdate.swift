import AllyCore
import AllyTerminal

/// The play screen's behaviour: questions, replies, feedback, time limits and leaving.
extension PlayScreen: ScreenComponent {
    static func embed(_ session: PlaySession) -> Screen { .play(session) }

    /// Starts playing `scenario`, replaying `decisions` when resuming.
    ///
    /// `secondsOnStep` is how long the step it resumes at has been waiting: a time limit goes on
    /// with what is left of it (the reply's clock only: the step's questions do not count), and
    /// one that ran out while the trainee was away runs out now. A new attempt takes the next
    /// reply order from the context; a resumed one keeps the order it was shown in.
    static func start(
        _ scenario: Scenario, decisions: [TimedDecision] = [], secondsOnStep: Double = 0, play: PlaySettings? = nil,
        course: CourseRun? = nil, _ m: inout TrainerContext
    ) -> PlaySession {
        let state = (try? Engine.replay(scenario, decisions)) ?? PlayState(scenario: scenario)
        let kept = state == PlayState(scenario: scenario) ? [] : decisions
        let settings = (kept.isEmpty ? nil : play) ?? PlaySettings(
            replyOrder: m.takeReplyOrder(),
            untimed: m.timersOff)
        var session = PlaySession(
            scenario: scenario, state: state, decisions: kept, promptShownAt: m.now, deadline: nil, course: course)
        session.play = settings
        let onReply = kept.isEmpty ? 0 : max(0, secondsOnStep - TimedDecision.secondsOnQuestions(kept))
        session.deadline = replyDeadline(session, now: m.now, elapsed: onReply)
        if let deadline = session.deadline, deadline <= m.now {
            // The time ran out while away, at the deadline: the reply prompt had shown for the whole limit.
            session.promptShownAt = m.now - Double(scenario.step(state.stepID ?? "")?.timeLimit?.seconds ?? 0)
        }
        m.showHelp = false
        return session
    }

    /// The wheel over the customer's block scrolls their words (elsewhere it moves the options);
    /// false when the pointer is not there, so the caller does the usual.
    static func scrollCustomer(_ direction: ScrollDirection, at point: Point, _ session: inout PlaySession, _ m: TrainerContext) -> Bool {
        guard !session.confirmingLeave, customerArea(session, m).contains(point) else { return false }
        session.sayScroll = App.scroll(
            session.sayScroll, KeyMap.intent(for: direction), page: 1, maxScroll: customerMaxScroll(session, m))
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

    static func update(_ session: inout PlaySession, _ intent: Intent, _ m: inout TrainerContext, _ commands: inout [Command]) -> Screen? {
        if session.confirmingLeave {
            switch intent {
            case .yes, .confirm, .pick(LeaveChoice.later.rawValue): return stopForLater(session, &m)
            case .pick(LeaveChoice.giveUp.rawValue): return leave(session, m, &commands)
            case .no, .back, .pick(LeaveChoice.cancel.rawValue): session.confirmingLeave = false
            default: break
            }
            return nil
        }
        if session.feedback != nil {
            switch intent {
            case .confirm, .right: return proceed(&session, &m)
            case .back where !session.state.isOver: session.confirmingLeave = true
            case .back: return proceed(&session, &m)
            case .toggleReminders: m.showReminders.toggle()
            case .up, .down:
                // Feedback longer than its rows scrolls; nothing else moves while it shows.
                session.feedbackScroll = App.scroll(session.feedbackScroll, intent, page: 1, maxScroll: feedbackMaxScroll(session, m))
            default: break
            }
            return nil
        }
        let count = options(session, m.language).count
        if let index = App.gradedChoice(intent, selected: &session.selected, count: count) {
            choose(index, &session, m, &commands)
            return nil
        }
        switch intent {
        case .pageUp: session.sayScroll = max(0, session.sayScroll - 3)
        case .pageDown: session.sayScroll = min(customerMaxScroll(session, m), session.sayScroll + 3)
        case .toggleReminders: m.showReminders.toggle()
        case .back: session.confirmingLeave = true
        default: break
        }
        return nil
    }

    /// Answers the current prompt with option `index`.
    static func choose(_ index: Int, _ session: inout PlaySession, _ m: TrainerContext, _ commands: inout [Command]) {
        let decision: Decision
        switch session.state.prompt {
        case .identify: decision = .identify(CustomerType.allCases[index])
        case .strategy: decision = .strategy(StrategyFamily.allCases[index])
        case .concept(let kind): decision = .concept(kind, kind.answers[index])
        case .reply: decision = .reply(replyOrder(session)[index])
        case .none: return
        }
        decide(decision, chosen: options(session, m.language)[index], &session, m, &commands)
    }

    /// Applies a decision, records it and shows its feedback.
    static func decide(_ decision: Decision, chosen: String, _ session: inout PlaySession, _ m: TrainerContext, _ commands: inout [Command]) {
        guard let stepID = session.state.stepID else { return }
        let seconds = (max(0, m.now - session.promptShownAt) * 10).rounded() / 10
        let timed = TimedDecision(decision, seconds: seconds)
        guard let (state, feedback) = try? Engine.apply(timed, to: session.state, in: session.scenario) else { return }
        session.state = state
        session.decisions.append(timed)
        session.feedback = ShownFeedback(feedback: feedback, chosen: chosen, stepID: stepID)
        session.feedbackScroll = 0
        session.deadline = nil
        commands.append(.recordDecision(timed, index: session.decisions.count - 1, scenarioID: session.scenario.id, play: session.play))
        if state.isOver { commands.append(.finishAttempt(scenarioID: session.scenario.id, state: state)) }
    }

    /// Leaves the feedback: on to the next prompt, or to the debrief at the end.
    static func proceed(_ session: inout PlaySession, _ m: inout TrainerContext) -> Screen? {
        guard let shown = session.feedback else { return nil }
        if session.state.isOver { return .debrief(DebriefScreen.enter(session, &m)) }
        session.feedback = nil
        session.selected = nil
        session.offset = 0
        session.promptShownAt = m.now
        if let stepID = session.state.stepID, stepID != shown.stepID {
            session.sayScroll = 0
        }
        session.deadline = replyDeadline(session, now: m.now)
        return nil
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

    /// The menu item a play goes back to: the one it was started from.
    static func origin(_ session: PlaySession) -> MenuItem { session.course == nil ? .playScenario : .playCourse }

    /// Stops playing without ending the attempt: nothing is recorded, and the menu offers to
    /// resume it at once, as it would after Ctrl-C or a dropped connection.
    static func stopForLater(_ session: PlaySession, _ m: inout TrainerContext) -> Screen {
        guard !session.decisions.isEmpty, !session.state.isOver else { return .menu(MenuState(m)) }
        // A timed reply's clock goes on from where it stood, as it would for an attempt read from the store.
        let onReply = session.feedback == nil && session.state.prompt == .reply ? max(0, m.now - session.promptShownAt) : 0
        m.takeUnfinished(UnfinishedAttempt(
            scenarioID: session.scenario.id, decisions: session.decisions,
            secondsOnStep: TimedDecision.secondsOnQuestions(session.decisions) + onReply, play: session.play))
        return .menu(.opening(m))
    }

    /// Gives up the attempt after the trainee confirmed.
    static func leave(_ session: PlaySession, _ m: TrainerContext, _ commands: inout [Command]) -> Screen {
        if !session.state.isOver {
            let timed = TimedDecision(.quit, seconds: 0)
            commands.append(.recordDecision(timed, index: session.decisions.count, scenarioID: session.scenario.id, play: session.play))
            if let (given, _) = try? Engine.apply(timed, to: session.state, in: session.scenario) {
                commands.append(.finishAttempt(scenarioID: session.scenario.id, state: given))
            }
        }
        return .menu(MenuState(selecting: origin(session), m))
    }

    static func hints(_ session: PlaySession, _ m: TrainerContext) -> [KeyHint] {
        let t = m.t
        if session.confirmingLeave {
            return [KeyHint("1-3", t(Strings.keyPick)), KeyHint("Enter", t(Strings.keyStopForNow)), KeyHint("Esc", t(Strings.keyCancel))]
        }
        if session.feedback != nil {
            // The arrows scroll feedback only when it is longer than its rows: say so only then.
            let scroll = feedbackMaxScroll(session, m) > 0 ? [KeyHint("↑↓", t(Strings.keyScroll))] : []
            return [KeyHint("Enter", t(Strings.keyContinue))] + scroll + [KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyLeave))]
        }
        var hints = [
            KeyHint("↑↓", t(Strings.keyMove)), KeyHint(Layout.digits(options(session, m.language).count), t(Strings.keyPick)),
            KeyHint("Enter", t(Strings.keyChoose)),
        ]
        if session.state.prompt != .reply {
            hints.append(KeyHint("r", t(m.showReminders ? Strings.keyReminders : Strings.remindersOff)))
        }
        hints += [KeyHint("?", t(Strings.keyHelp)), KeyHint("q", t(Strings.keyLeave))]
        return hints
    }

    /// The keys while playing (the trainer's own: leaving asks first).
    static let helpSection = HelpKeys.Section(heading: Strings.helpPlaying, lines: Strings.helpPlayingKeys + Strings.helpTrainerPlayingKeys)

}
