import AllyClassLink
import AllyCore
import AllyTerminal

/// A live class run as one trainee's terminal shows it: the lobby, the question, waiting, the
/// reveal with their own judgement, their private summary, or that they were removed.
public struct LiveState: Sendable, Equatable {
    /// Where the run is for this trainee.
    public enum Phase: Sendable, Equatable {
        /// Waiting for the first question.
        case lobby
        /// A question is open.
        case question
        /// Answering closed; the reveal follows.
        case closed
        /// Their answer judged, with the feedback.
        case revealed
        /// The run is over: their private summary.
        case ended(answered: Int, right: Int, asked: Int)
        /// The instructor removed them.
        case removed
    }

    /// The run's id.
    public var run: String
    /// The scenario the class plays.
    public var scenarioID: String
    /// Where the run is.
    public var phase: Phase
    /// The run mirrored to the current question (nil in the lobby, or when the scenario is unknown).
    public var mirror: LiveRun?
    /// Their answer to the current question, stored and sent.
    public var answered: Decision?
    /// The highlighted option.
    public var selected = 0
    /// The current question's options, in this trainee's order.
    public var options: [Decision] = []
    /// When the question showed (the trainer's clock), for the time the answer took.
    public var shownAt: Double = 0
    /// The last answer could not be stored (and was not sent).
    public var notSaved = false
    /// The time left to answer, on the trainer's clock (nil: no time limit).
    public var countdown: LiveCountdown?

    /// The lobby of `run`.
    public init(run: String, scenarioID: String) {
        self.run = run
        self.scenarioID = scenarioID
        phase = .lobby
    }

    /// The current question, on the mirror.
    var round: LiveRun.Round? { mirror?.rounds.last }

    /// The whole seconds left to answer at `now` (a monotonic clock's reading), while a question
    /// with a time limit is open.
    public func secondsLeft(now: Double) -> Int? {
        phase == .question ? countdown?.seconds(at: now) : nil
    }

    /// When the countdown next shows another second after `now`: the screen's next redraw.
    public func countdownChange(after now: Double) -> Double? {
        phase == .question ? countdown?.nextChange(after: now) : nil
    }
}

/// The live run's screen: answers go to the store, then to the server; judgement happens here, on
/// the trainer's own copy of the scenario, when the instructor reveals.
enum LiveScreen: ScreenComponent {
    static func embed(_ state: LiveState) -> Screen { .live(state) }

    /// A message from the server: the live run takes over the screen (solo play is saved per
    /// decision and resumes from the menu), or moves on.
    static func receive(_ message: LiveServerMessage, _ m: inout AppModel, _ commands: inout [Command]) {
        // A play in progress stops for later, as after Ctrl-C: the menu offers to resume it.
        if let session = m.screen.play, case .lobby = message {
            _ = PlayScreen.stopForLater(session, &m.context)
        } else if let session = m.screen.play, case .question = message {
            _ = PlayScreen.stopForLater(session, &m.context)
        }
        var state = m.screen.live
        switch message {
        case .lobby(let run, let scenario):
            if m.screen.play != nil { commands.append(.stopTimer) }
            m.screen = .live(LiveState(run: run, scenarioID: scenario))
            return
        case .question(let run, let scenario, _, let path, let answered, let closesIn):
            if m.screen.play != nil { commands.append(.stopTimer) }
            var next = LiveState(run: run, scenarioID: scenario)
            next.phase = .question
            next.shownAt = m.now
            // The time left when the server sent it, counted down on this trainer's own clock.
            next.countdown = closesIn.map { LiveCountdown(closesAt: m.now + $0) }
            if let source = m.library.scenario(id: scenario), var mirror = LiveRun.mirror(of: source, path: path, handle: m.traineeName) {
                if let answered, (try? mirror.answer(answered, from: m.traineeName, at: 0)) != nil { next.answered = answered }
                next.mirror = mirror
                next.options = options(of: mirror, run: run, handle: m.traineeName)
                next.selected = next.answered.flatMap { next.options.firstIndex(of: $0) } ?? 0
            }
            m.screen = .live(next)
            return
        case .closed(let run, _):
            guard state?.run == run else { return }
            state?.phase = .closed
        case .reveal(let run, let round):
            guard state?.run == run, state?.phase != .revealed, var mirror = state?.mirror else { return }
            try? mirror.reveal()
            state?.mirror = mirror
            state?.phase = .revealed
            if let decision = state?.answered {
                let answer = LiveAnswer(handle: m.traineeName, round: round, stepID: mirror.rounds.last?.stepID ?? "",
                                        decision: decision, seconds: mirror.rounds.last?.seconds[m.traineeName] ?? 0)
                commands.append(.settleLiveAnswer(answer, run: run, mirror: mirror))
            }
        case .ended(let run, let answered, let right, let asked):
            if state?.run != run { state = LiveState(run: run, scenarioID: "") }
            state?.phase = .ended(answered: answered, right: right, asked: asked)
        case .removed(let run):
            if state?.run != run { state = LiveState(run: run, scenarioID: "") }
            state?.phase = .removed
        }
        if let state { m.screen = .live(state) }
    }

    /// The answer `decision` could not be stored: it does not count, and the trainee is asked again.
    static func notSaved(_ decision: Decision, _ m: inout AppModel) {
        guard var state = m.screen.live, state.answered == decision else { return }
        state.answered = nil
        state.notSaved = true
        m.screen = .live(state)
    }

    /// The question's options in this trainee's order: replies shuffled by a seed of their own
    /// (the same after a reconnect), the named sets in their usual order.
    static func options(of mirror: LiveRun, run: String, handle: String) -> [Decision] {
        guard let round = mirror.rounds.last else { return [] }
        if round.prompt == .reply, let step = mirror.scenario.step(round.stepID) {
            let seed = ReplyOrder.stableHash(run + "/" + handle) | 1
            return ReplyOrder.indices(of: step, seed: seed).map(Decision.reply)
        }
        return mirror.options
    }

    static func update(_ state: inout LiveState, _ intent: Intent, _ m: inout TrainerContext, _ commands: inout [Command]) -> Screen? {
        switch state.phase {
        case .ended, .removed:
            return intent == .confirm || intent == .back ? .menu(MenuState(m)) : nil
        case .question:
            break
        case .lobby, .closed, .revealed:
            return nil
        }
        switch intent {
        case .up: state.selected = max(0, state.selected - 1)
        case .down: state.selected = min(max(0, state.options.count - 1), state.selected + 1)
        case .pick(let index) where state.options.indices.contains(index):
            state.selected = index
            answer(&state, m, &commands)
        case .confirm:
            answer(&state, m, &commands)
        default:
            break
        }
        return nil
    }

    /// Takes the highlighted option as the answer: stored first, then sent (the command does both, in that order).
    private static func answer(_ state: inout LiveState, _ m: TrainerContext, _ commands: inout [Command]) {
        guard state.options.indices.contains(state.selected), var mirror = state.mirror else { return }
        let decision = state.options[state.selected]
        guard decision != state.answered,
              let answer = try? mirror.answer(decision, from: m.traineeName, at: max(0, m.now - state.shownAt)) else { return }
        state.mirror = mirror
        state.answered = decision
        state.notSaved = false
        commands.append(.recordLiveAnswer(answer, run: state.run, scenarioID: state.scenarioID))
    }

    static func render(_ state: LiveState, _ m: TrainerContext, _ area: Rect, _ canvas: inout Canvas) {
        let t = m.t
        let asking = [LiveState.Phase.question, .closed, .revealed].contains(state.phase)
        let number = asking ? state.round.map { _ in t(LiveText.question(state.mirror?.rounds.count ?? 0)) } ?? "" : ""
        Layout.titleBar(t(LiveText.title), right: number, area, &canvas)
        let body = area.inset(top: 2).inset(left: 1, right: 1)
        let width = max(1, min(body.width, DocumentScreen.textWidth(m.size.columns)))
        var lines: [[Span]] = []
        switch state.phase {
        case .lobby:
            lines += DocumentScreen.wrap([Span(t(LiveText.lobby))], width)
            lines.append([])
            lines.append([Span(t(LiveText.waitingStart), style: Style(.muted))])
            canvas.lines(lines, in: body)
            return
        case .ended(let answered, let right, let asked):
            lines += DocumentScreen.wrap([Span(t(LiveText.summary(answered: answered, right: right, asked: asked)), style: Style(.title, .bold))], width)
            canvas.lines(lines, in: body)
            return
        case .removed:
            lines += DocumentScreen.wrap([Span(t(LiveText.removed), style: Style(.warning))], width)
            canvas.lines(lines, in: body)
            return
        case .question, .closed, .revealed:
            break
        }
        guard let mirror = state.mirror, let round = state.round, let step = mirror.scenario.step(round.stepID) else {
            canvas.lines(DocumentScreen.wrap([Span(t(LiveText.unknownScenario), style: Style(.warning))], width), in: body)
            return
        }
        // The customer as the class's path left them: what every trainee sees at this step.
        if let narration = step.narration { lines += DocumentScreen.wrap([Span(narration, style: Style(.muted))], width) }
        lines += DocumentScreen.wrap([Span(mirror.scenario.customer.name + ": ", style: Style(.accent, .bold)), Span("“" + step.say + "”")], width)
        if !step.cues.isEmpty { lines += DocumentScreen.wrap(Layout.cues(step.cues, m), width) }
        lines.append([])
        lines.append(DocumentScreen.heading(question(round.prompt, m)) + countdown(state, m))
        switch state.phase {
        case .question:
            let top = body.y + canvas.lines(lines, in: body)
            for (index, option) in state.options.enumerated() where top + index < body.maxY - 2 {
                let selected = index == state.selected
                let mine = option == state.answered
                let row = Rect(x: body.x, y: top + index, width: body.width, height: 1)
                canvas.write([Span(selected ? "› " : "  ", style: Style(.accent, .bold)), Span("\(index + 1). ", style: Style(.muted)),
                              Span(label(option, mirror, round, m) + (mine ? " ✓" : ""), style: selected ? Style(.selected, .reverse) : .normal)],
                             x: row.x, y: row.y, clip: row)
                canvas.hit(row, .pick(index))
            }
            let y = min(body.maxY - 1, top + state.options.count + 1)
            if state.notSaved {
                canvas.write(t(LiveText.notSaved), x: body.x, y: y, style: Style(.warning), clip: body)
            } else if state.answered != nil {
                canvas.write(t(LiveText.answered), x: body.x, y: y, style: Style(.muted), clip: body)
            }
        case .closed:
            if let answered = state.answered {
                lines.append([Span(t(LiveText.yourAnswer) + " ", style: Style(.muted)), Span(label(answered, mirror, round, m))])
            }
            lines.append([])
            lines.append([Span(t(state.answered == nil ? LiveText.closedNone : LiveText.closed), style: Style(.muted))])
            canvas.lines(lines, in: body)
        default:
            // Judged from what was stored (``LiveState/answered``), on the trainee's own copy.
            do {
                let right = mirror.rightAnswers(of: round)
                if let answered = state.answered, let feedback = mirror.feedback(for: answered, in: round) {
                    lines += DocumentScreen.wrap([Span(t(feedback.judgement.verdict) + "  ", style: Style(feedback.judgement.role, .bold)),
                                                  Span(t(LiveText.yourAnswer) + " " + label(answered, mirror, round, m))], width)
                    lines += DocumentScreen.wrap([Span(feedback.message)], width)
                } else {
                    lines.append([Span(t(LiveText.closedNone), style: Style(.muted))])
                }
                lines.append([])
                if right.isEmpty {
                    lines.append([Span(t(LiveText.noneRight), style: Style(.muted))])
                } else {
                    for option in right {
                        lines += DocumentScreen.wrap([Span(t(LiveText.rightAnswer) + " ", style: Style(.correct, .bold)),
                                                      Span(label(option, mirror, round, m))], width)
                    }
                }
                lines.append([])
                lines.append([Span(t(LiveText.discuss), style: Style(.muted))])
            }
            canvas.lines(lines, in: body)
        }
    }

    /// The time left beside the question: quiet, then bold in the last seconds (never the colour
    /// of a wrong answer: a countdown should not alarm).
    private static func countdown(_ state: LiveState, _ m: TrainerContext) -> [Span] {
        guard let seconds = state.secondsLeft(now: m.now), let countdown = state.countdown else { return [] }
        let style = countdown.isFinal(at: m.now) ? Style(.warning, .bold) : Style(.muted)
        return [Span("   "), Span(m.t(Strings.timeLeft(seconds)), style: style)]
    }

    private static func question(_ prompt: Prompt, _ m: TrainerContext) -> String {
        switch prompt {
        case .identify: m.t(LiveText.askType)
        case .strategy: m.t(LiveText.askStrategy)
        case .concept(let kind): kind.question(in: m.language)
        case .reply, .none: m.t(LiveText.askReply)
        }
    }

    /// An option as the trainee reads it.
    static func label(_ decision: Decision, _ mirror: LiveRun, _ round: LiveRun.Round, _ m: TrainerContext) -> String {
        switch decision {
        case .identify(let type): type.name(in: m.language)
        case .strategy(let family): family.name(in: m.language)
        case .concept(let kind, let id): kind.name(of: id, in: m.language)
        case .reply(let index):
            mirror.scenario.step(round.stepID).flatMap { $0.choices.indices.contains(index) ? $0.choices[index].text : nil } ?? ""
        case .timeOut, .quit: ""
        }
    }

    static func hints(_ state: LiveState, _ m: TrainerContext) -> [KeyHint] {
        switch state.phase {
        case .question: [KeyHint("↑↓", m.t(Strings.keyScroll)), KeyHint("Enter", m.t(LiveText.keyAnswer))]
        case .ended, .removed: [KeyHint("Enter", m.t(LiveText.keyMenu))]
        case .lobby, .closed, .revealed: []
        }
    }

    static var helpSection: HelpKeys.Section { HelpKeys.Section(heading: LiveText.helpHeading, lines: LiveText.helpLines) }
}
