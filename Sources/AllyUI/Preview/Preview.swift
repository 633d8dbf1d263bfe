import AllyCore
import AllyTerminal

/// What reading the previewed file gave: a scenario to play, or the diagnostics that stop it.
public enum PreviewLoad: Sendable, Equatable {
    /// The file holds a playable scenario.
    case scenario(Scenario)
    /// The file cannot be played; one `file:line:column: message` line per problem.
    case broken([String])
}

/// What the preview reacts to: terminal input, or the file having been read (again).
public enum PreviewEvent: Sendable, Equatable {
    /// A key, click, resize, tick or termination from the backend.
    case input(InputEvent)
    /// The file was read.
    case loaded(PreviewLoad)
}

/// Something the preview's run loop must do after an update.
public enum PreviewEffect: Sendable, Equatable {
    /// Restore the terminal and exit.
    case quit
    /// Read the file again now, and send the result back as ``PreviewEvent/loaded(_:)``.
    case reload
}

/// `ally preview FILE`: one scenario file played full-screen, read again when it changes.
///
/// Wraps the trainer's model (its play screen and debrief) with the state of the file: the
/// diagnostics when it cannot be played, and a one-line status after a reload. Nothing is saved.
/// The trainer knows nothing of the preview: the wrapper draws its own help and key hints,
/// and titles the scenario "not saved".
public struct PreviewModel: Sendable, Equatable {
    /// The previewed file, as the author named it.
    public var file: String
    /// The trainer's model: the play session, or the debrief at the end.
    public var app: AppModel
    /// The diagnostics of the file as last read, when it cannot be played (nil when it can).
    public var diagnostics: [String]?
    /// Rows of the diagnostics scrolled away.
    public var diagnosticsScroll = 0
    /// A one-line note about the last reload, until the next key.
    public var status: Localized?
    /// The decisions of the play so far: what a reload replays against the new file.
    public var decisions: [TimedDecision] = []
    /// Whether the feedback on the last decision was showing (a reload shows it again).
    public var showingFeedback = false
    /// The scenario as last read from the file (the trainer plays it under a "not saved" title).
    public var scenario: Scenario?

    /// A preview of `file` that has not been read yet.
    public init(file: String, language: Language, size: TerminalSize = AppModel.minimumSize, now: Double = 0) {
        self.file = file
        app = AppModel(library: TrainingLibrary(scenarios: []), language: language, size: size, now: now)
    }

    /// Whether the trainer's play (or its debrief) shows, rather than the diagnostics or "reading…".
    var isPlaying: Bool {
        diagnostics == nil && (app.screen.id == .play || app.screen.id == .debrief)
    }
}

/// The preview as a pure program: update with an event, render into a buffer.
public enum Preview {
    /// How often the run loop looks at the file's modification time and size, in seconds.
    public static let pollInterval = 0.5

    /// The next model and the effects to run, for `event` arriving at `now`. Pure.
    public static func update(_ model: PreviewModel, _ event: PreviewEvent, now: Double) -> (PreviewModel, [PreviewEffect]) {
        var m = model
        switch event {
        case .loaded(let load):
            m.app.now = max(m.app.now, now)
            apply(load, &m)
            return (m, [])
        case .input(.terminate):
            return (m, [.quit])
        case .input(.key(let key)):
            if let effect = previewKey(key, m) { return (m, [effect]) }
            if m.diagnostics != nil {
                scrollDiagnostics(KeyMap.intent(for: key), &m)
                return (m, [])
            }
            m.status = nil
        case .input(.scroll(let direction, _, _)) where m.diagnostics != nil:
            scrollDiagnostics(KeyMap.intent(for: direction), &m)
            return (m, [])
        case .input(.click), .input(.scroll), .input(.resize), .input(.tick):
            break
        }
        if m.diagnostics != nil, !isResize(event) {
            // The play waits behind the diagnostics: no clicks reach it and no time limit runs out.
            m.app.now = max(m.app.now, now)
            return (m, [])
        }
        return forward(event, now: now, m)
    }

    /// The preview's own meaning of `key` (reload, leave), or nil when the play handles it.
    static func previewKey(_ key: Key, _ m: PreviewModel) -> PreviewEffect? {
        switch key {
        case .ctrlC: return .quit
        case .char("r"), .char("R"), .control("r"): return .reload
        case _ where m.app.showHelp: return nil
        case .char("q"), .escape: return .quit
        default: return nil
        }
    }

    /// Whether `event` is a change of the terminal's size.
    static func isResize(_ event: PreviewEvent) -> Bool {
        if case .input(.resize) = event { return true }
        return false
    }

    /// Hands `event` to the trainer's update; records nothing, and plays again after the debrief.
    static func forward(_ event: PreviewEvent, now: Double, _ model: PreviewModel) -> (PreviewModel, [PreviewEffect]) {
        guard case .input(let input) = event else { return (model, []) }
        var m = model
        let (app, commands) = App.update(m.app, .input(input), now: now)
        m.app = app
        if m.app.screen.id != .play && m.app.screen.id != .debrief, let scenario = m.scenario {
            // Leaving the debrief (or the scenario) starts the scenario again: there is no menu here.
            start(scenario, decisions: [], &m)
        }
        if let session = m.app.screen.play {
            m.decisions = session.decisions
            m.showingFeedback = session.feedback != nil
        }
        return (m, commands.contains(.quit) ? [.quit] : [])
    }

    /// Scrolls the diagnostics by a line or a page.
    static func scrollDiagnostics(_ intent: Intent, _ m: inout PreviewModel) {
        let page = max(1, m.app.size.rows - 6)
        switch intent {
        case .up: m.diagnosticsScroll = max(0, m.diagnosticsScroll - 1)
        case .down: m.diagnosticsScroll += 1
        case .pageUp: m.diagnosticsScroll = max(0, m.diagnosticsScroll - page)
        case .pageDown: m.diagnosticsScroll += page
        default: break
        }
        m.diagnosticsScroll = min(m.diagnosticsScroll, max(0, diagnosticLines(m).count - diagnosticsViewHeight(m)))
    }

    /// Takes in a fresh reading of the file.
    static func apply(_ load: PreviewLoad, _ m: inout PreviewModel) {
        switch load {
        case .broken(let lines):
            if m.diagnostics != lines { m.diagnosticsScroll = 0 }
            m.diagnostics = lines
            m.status = nil
        case .scenario(let scenario):
            m.diagnostics = nil
            m.diagnosticsScroll = 0
            let fits = (try? Engine.replay(scenario, m.decisions)) != nil
            let hadPlay = m.app.screen.id == .play || m.app.screen.id == .debrief
            m.status = fits ? (hadPlay && !m.decisions.isEmpty ? Strings.previewReloaded : nil) : Strings.previewRestarted
            start(scenario, decisions: fits ? m.decisions : [], feedback: fits && m.showingFeedback, &m)
        }
    }

    /// Plays `scenario` from the start, or after `decisions`; with `feedback`, the last
    /// decision's feedback shows again; a finished play goes to its debrief.
    static func start(_ scenario: Scenario, decisions: [TimedDecision], feedback: Bool = false, _ m: inout PreviewModel) {
        m.scenario = scenario
        // The trainer's header shows the title: this one says first that nothing is saved.
        var titled = scenario
        titled.title = m.app.t(Strings.previewNotSaved) + " · " + scenario.title
        m.app.library = TrainingLibrary(scenarios: [titled], weights: m.app.library.weights)
        var session = PlayScreen.start(titled, decisions: decisions, &m.app.context)
        m.decisions = session.decisions
        if feedback, let last = session.decisions.last,
           let shown = replayedFeedback(scenario, session.decisions.dropLast(), last, m.app.language) {
            session.feedback = shown
            session.deadline = nil
            m.app.screen = .play(session)
        } else if session.state.isOver {
            m.app.screen = .debrief(DebriefScreen.enter(session, &m.app.context))
        } else {
            m.app.screen = .play(session)
        }
        m.showingFeedback = m.app.screen.play?.feedback != nil
    }

    /// The feedback `last` gets after `before`, as the play screen shows it.
    static func replayedFeedback(
        _ scenario: Scenario, _ before: ArraySlice<TimedDecision>, _ last: TimedDecision, _ language: Language
    ) -> ShownFeedback? {
        guard let state = try? Engine.replay(scenario, Array(before)), let stepID = state.stepID,
              let (_, feedback) = try? Engine.apply(last, to: state, in: scenario) else { return nil }
        return ShownFeedback(feedback: feedback, chosen: PlayDocument.chosen(last.decision, at: scenario.step(stepID), language: language), stepID: stepID)
    }
}

extension Array {
    /// The element at `index`, or nil when it is out of range.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
