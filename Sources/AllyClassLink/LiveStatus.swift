import AllyCore

/// The live run as the server publishes it for the dashboard: counts per option, never who chose
/// what; names only in ``participants`` (the instructor's desk, never the projector).
public struct LiveStatus: Sendable, Equatable, Codable {
    /// One option of the current question.
    public struct Option: Sendable, Equatable, Codable {
        /// The option as the class sees it (a type's name, a reply's text).
        public var label: String
        /// The decision's wire token (what the instructor's pick sends).
        public var token: String
        /// How many chose it; nil while the histogram is hidden.
        public var count: Int?
        /// Whether it is a right answer (only after the reveal).
        public var right: Bool

        /// Creates an option.
        public init(label: String, token: String, count: Int?, right: Bool) {
            self.label = label
            self.token = token
            self.count = count
            self.right = right
        }
    }

    /// The run's id (its registration).
    public var run: String
    /// The scenario's id and title.
    public var scenario: String, title: String
    /// lobby, open, closed, revealed or ended.
    public var phase: String
    /// The question's number, from 1 (0 in the lobby).
    public var round: Int
    /// What the question asks: identify, strategy, concept or reply.
    public var prompt: String?
    /// The options with their counts.
    public var options: [Option]
    /// Participants who answered, and who are connected.
    public var answered: Int, connected: Int
    /// The participants' handles, in the order they joined, each with whether they answered (the desk only).
    public var participants: [String]
    /// Who answered the current question (the desk only; never what).
    public var answeredBy: [String]
    /// The feedback of the right answer, after the reveal.
    public var feedback: String?
    /// Whether the next step needs the instructor's pick (a tie, or nobody answered).
    public var needsPick: Bool
    /// Seconds answering stays open (nil: until closed).
    public var seconds: Int?
    /// When the open question's answering closes, in seconds since 1970 on the server's clock (nil:
    /// no time limit, or no question open). The dashboard counts down to it: it runs on the
    /// server's machine (the instructor's session, or `ally class watch` there), so it reads the
    /// same clock.
    public var closesAt: Double?
    /// The run's split questions (1-based), after it ended.
    public var splits: [Int]
    /// The run's confusion matrix over its type questions, `[truth][named]` in ``CustomerType/allCases``
    /// order, after it ended (empty before).
    public var confusion: [[Int]] = []

    /// Creates a status.
    public init(run: String, scenario: String, title: String, phase: String, round: Int, prompt: String?, options: [Option],
                answered: Int, connected: Int, participants: [String], answeredBy: [String], feedback: String?,
                needsPick: Bool, seconds: Int?, closesAt: Double? = nil, splits: [Int], confusion: [[Int]] = []) {
        self.run = run
        self.scenario = scenario
        self.title = title
        self.phase = phase
        self.round = round
        self.prompt = prompt
        self.options = options
        self.answered = answered
        self.connected = connected
        self.participants = participants
        self.answeredBy = answeredBy
        self.feedback = feedback
        self.needsPick = needsPick
        self.seconds = seconds
        self.closesAt = closesAt
        self.splits = splits
        self.confusion = confusion
    }
}

extension LiveRun {
    /// The run as the dashboard shows it, labels in `language`.
    public func status(run id: String, language: Language) -> LiveStatus {
        let round = currentRound ?? (phase == .ended ? rounds.last : nil)
        let revealed = phase == .revealed || phase == .ended
        let tally = round.map(tally(of:))
        let hidden = !settings.histogramLive && !revealed
        let right = revealed ? round.map(rightAnswers(of:)) ?? [] : []
        let options = round.map { round in
            self.options(for: round).map { option in
                LiveStatus.Option(label: label(of: option, in: round, language: language), token: option.token,
                                  count: hidden ? nil : tally?.counts[option] ?? 0, right: right.contains(option))
            }
        } ?? []
        var needsPick = false
        if phase == .revealed, let round, round.prompt == .reply {
            let counts = tally?.counts ?? [:]
            let top = counts.values.max() ?? 0
            needsPick = top == 0 || counts.values.filter { $0 == top }.count > 1
        }
        let phaseName: String = switch phase {
        case .lobby: "lobby"
        case .open: "open"
        case .closed: "closed"
        case .revealed: "revealed"
        case .ended: "ended"
        }
        let promptName: String? = switch round?.prompt {
        case .some(.identify): "identify"
        case .some(.strategy): "strategy"
        case .some(.concept): "concept"
        case .some(.reply): "reply"
        case .some(.none), nil: nil
        }
        return LiveStatus(
            run: id, scenario: scenario.id, title: scenario.title, phase: phaseName, round: currentRound == nil ? 0 : rounds.count,
            prompt: promptName, options: options, answered: tally?.answered ?? 0, connected: connectedCount,
            participants: participants.map(\.handle),
            answeredBy: participants.map(\.handle).filter { round?.answers[$0] != nil },
            feedback: revealed ? rightFeedback(right, round) : nil,
            needsPick: needsPick, seconds: settings.answerSeconds.map { Int($0) }, closesAt: closesAt, splits: phase == .ended ? splits.map { $0 + 1 } : [],
            confusion: phase == .ended ? confusionRows : [])
    }

    /// ``confusion`` as rows and columns in ``CustomerType/allCases`` order.
    private var confusionRows: [[Int]] {
        let matrix = confusion
        return CustomerType.allCases.map { truth in CustomerType.allCases.map { matrix[truth]?[$0] ?? 0 } }
    }

    /// The feedback of the first right answer: what the projector shows large at the reveal.
    private func rightFeedback(_ right: [Decision], _ round: Round?) -> String? {
        guard let first = right.first, let round else { return nil }
        return feedback(for: first, in: round)?.message
    }

    private func label(of decision: Decision, in round: Round, language: Language) -> String {
        switch decision {
        case .identify(let type): type.name(in: language)
        case .strategy(let family): family.name(in: language)
        case .concept(let kind, let id): kind.name(of: id, in: language)
        case .reply(let index): ClassLink.cleanTitle(scenario.step(round.stepID)?.choices[safe: index]?.text ?? "\(index + 1)", limit: 200)
        case .timeOut, .quit: ""
        }
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
