import AllyCore

/// The class as `ally serve` knows it: who is connected, where each trainee is, what they
/// answered. The server keeps the one copy and writes it for the dashboard (``ClassStateFile``).
public struct ClassState: Sendable, Equatable, Codable {
    /// The class's name.
    public var className: String
    /// The server's host key fingerprint (`SHA256:…`), for the projector.
    public var fingerprint: String
    /// What a trainee types to join (with HANDLE for their handle).
    public var joinCommand: String
    /// The class's course, if it plays one.
    public var course: String?
    /// The server's process id (the dashboard tells a stopped server from a quiet class).
    public var serverPID: Int32
    /// When the state last changed, in seconds since 1970.
    public var updated: Double
    /// Every trainee who joined since the server started, by handle.
    public var trainees: [String: TraineeStatus]
    /// Type answers: `confusion[truth][guess]`, in ``CustomerType/allCases`` order.
    public var confusion: [[Int]]
    /// Finished attempts per scenario id.
    public var scenarios: [String: ScenarioTally]
    /// Scenario titles as reported, by id (for the tallies).
    public var titles: [String: String] = [:]
    /// The live run, while one is on (issue 14).
    public var live: LiveStatus?

    /// An empty class.
    public init(className: String, fingerprint: String, joinCommand: String, course: String? = nil, serverPID: Int32 = 0, now: Double = 0) {
        self.className = className
        self.fingerprint = fingerprint
        self.joinCommand = joinCommand
        self.course = course
        self.serverPID = serverPID
        updated = now
        trainees = [:]
        confusion = Array(repeating: Array(repeating: 0, count: CustomerType.allCases.count), count: CustomerType.allCases.count)
        scenarios = [:]
    }

    /// The class as a new server run starts it from `previous` (what the last run published):
    /// who joined, the confusion matrix and the averages carry over, nobody is connected yet, and
    /// the run's own facts (key, join command, course, process) are this run's.
    public func continued(from previous: ClassState?) -> ClassState {
        guard let previous, previous.className == className else { return self }
        var state = self
        state.trainees = previous.trainees.mapValues { status in
            var status = status
            status.connected = false
            status.sessions = 0
            return status
        }
        state.confusion = previous.confusion.count == confusion.count && previous.confusion.allSatisfy({ $0.count == confusion.count })
            ? previous.confusion : confusion
        state.scenarios = previous.scenarios
        state.titles = previous.titles
        return state
    }

    /// `handle` logged in at `now`.
    public mutating func joined(_ handle: String, at now: Double) {
        var status = trainees[handle] ?? TraineeStatus(handle: handle, since: now)
        if status.sessions == 0 { status.since = now }
        status.sessions += 1
        status.connected = true
        status.lastSeen = now
        trainees[handle] = status
        updated = now
    }

    /// One of `handle`'s sessions ended at `now` (a trainee may log in from two places at once;
    /// they are connected while either is).
    public mutating func left(_ handle: String, at now: Double) {
        guard var status = trainees[handle] else { return }
        status.sessions = max(0, status.sessions - 1)
        status.connected = status.sessions > 0
        status.lastSeen = now
        trainees[handle] = status
        updated = now
    }

    /// Applies what `handle`'s trainer reported at `now`.
    public mutating func apply(_ message: ChildMessage, from handle: String, at now: Double) {
        var status = trainees[handle] ?? TraineeStatus(handle: handle, since: now)
        status.lastSeen = now
        switch message {
        case .hello:
            status.connected = true
        case .scenario(let id, let title, let index, let count):
            status.scenario = id
            status.scenarioTitle = title
            status.courseIndex = index
            status.courseCount = count
            status.scenarioStarted = now
            status.decisions = 0
            status.lastDecision = nil
            status.score = nil
            titles[id] = title
        case .decision(let report):
            if status.scenario != report.scenario {
                status.scenario = report.scenario
                status.scenarioTitle = titles[report.scenario]
                status.scenarioStarted = now
            }
            status.decisions = report.index + 1
            status.lastDecision = report
            status.score = report.score
            if report.kind == .identify, let guess = report.guess, let truth = report.truth,
               let row = CustomerType.allCases.firstIndex(of: truth), let column = CustomerType.allCases.firstIndex(of: guess) {
                confusion[row][column] += 1
            }
            if let correct = report.correct {
                status.judged += 1
                if correct { status.right += 1 }
            }
        case .finished(let scenario, let total, _):
            status.finished += 1
            status.scenario = nil
            status.lastDecision = nil
            if let total {
                var tally = scenarios[scenario] ?? ScenarioTally(title: titles[scenario] ?? scenario)
                tally.count += 1
                tally.sum += total
                scenarios[scenario] = tally
                status.score = total
            }
        }
        trainees[handle] = status
        updated = now
    }


    /// The type pairs answered wrong most often: (truth, guess, count), most first, at most `limit`.
    public func mostConfused(limit: Int = 3) -> [(truth: CustomerType, guess: CustomerType, count: Int)] {
        var pairs: [(truth: CustomerType, guess: CustomerType, count: Int)] = []
        for (row, truth) in CustomerType.allCases.enumerated() {
            for (column, guess) in CustomerType.allCases.enumerated() where row != column && confusion[row][column] > 0 {
                pairs.append((truth, guess, confusion[row][column]))
            }
        }
        return Array(pairs.sorted { ($0.count, $1.truth.rawValue) > ($1.count, $0.truth.rawValue) }.prefix(limit))
    }

    /// The trainees in a stable order: connected first, then by handle.
    public var orderedTrainees: [TraineeStatus] {
        trainees.values.sorted { ($0.connected ? 0 : 1, $0.handle) < ($1.connected ? 0 : 1, $1.handle) }
    }
}

/// One trainee as the class sees them.
public struct TraineeStatus: Sendable, Equatable, Codable {
    /// The handle (the SSH user name).
    public var handle: String
    /// Whether a session of theirs is open.
    public var connected = true
    /// How many of their sessions are open.
    public var sessions = 0
    /// When their session started.
    public var since: Double
    /// When the server last heard of them.
    public var lastSeen: Double
    /// The scenario being played, if any.
    public var scenario: String?
    /// Its title.
    public var scenarioTitle: String?
    /// Its place in the class's course (1-based), if it is part of it.
    public var courseIndex: Int?
    /// The course's length, if the scenario is part of it.
    public var courseCount: Int?
    /// When the scenario began (or was first reported).
    public var scenarioStarted: Double?
    /// Decisions in the attempt so far.
    public var decisions = 0
    /// The last decision.
    public var lastDecision: DecisionReport?
    /// The attempt's score so far, or the last total.
    public var score: Int?
    /// Attempts finished this class.
    public var finished = 0
    /// Judged decisions this class.
    public var judged = 0
    /// How many of them were right.
    public var right = 0

    /// A trainee who just joined.
    public init(handle: String, since: Double) {
        self.handle = handle
        self.since = since
        lastSeen = since
    }
}

/// The finished attempts of one scenario: how many, and the sum of their totals.
public struct ScenarioTally: Sendable, Equatable, Codable {
    /// The scenario's title.
    public var title: String
    /// Finished attempts with a total.
    public var count = 0
    /// The sum of their totals.
    public var sum = 0

    /// An empty tally.
    public init(title: String) {
        self.title = title
    }

    /// The mean total, rounded.
    public var average: Int? { count == 0 ? nil : Int((Double(sum) / Double(count)).rounded()) }
}
