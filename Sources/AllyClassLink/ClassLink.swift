import AllyCore
import Foundation

/// What a trainer tells `ally serve` about its trainee, one line at a time.
///
/// The server never takes the trainee's identity from these: it knows who logged in on each
/// session, and a message only says what that trainee did.
public enum ChildMessage: Sendable, Equatable {
    /// The trainer started and reports on this channel (the class's course, if it plays one).
    case hello(course: String?)
    /// A scenario began: its id and title, and its place in the class's course (1-based) if any.
    case scenario(id: String, title: String, courseIndex: Int?, courseCount: Int?)
    /// A decision was committed to the store.
    case decision(DecisionReport)
    /// The attempt ended: its total (nil when given up) and outcome.
    case finished(scenario: String, total: Int?, outcome: String?)
}

/// One decision as the class sees it: what kind, the guess and the truth of a type question,
/// whether it was right, and the attempt's score so far.
public struct DecisionReport: Sendable, Equatable, Codable {
    /// What a decision was.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Named the customer's type.
        case identify
        /// Picked a strategy family.
        case strategy
        /// Answered a concept question.
        case concept
        /// Gave a reply.
        case reply
        /// Let the time limit run out.
        case timeout
        /// Gave up the attempt.
        case quit
    }

    /// The scenario decided in.
    public var scenario: String
    /// The decision's place in the attempt (0 is the first).
    public var index: Int
    /// What kind of decision it was.
    public var kind: Kind
    /// The type the trainee named (identify only).
    public var guess: CustomerType?
    /// The customer's type at that moment (identify and strategy).
    public var truth: CustomerType?
    /// Whether it was fully right (nil where nothing is judged, as for giving up).
    public var correct: Bool?
    /// The attempt's score so far, 0...100: the mean credit of what was judged.
    public var score: Int?

    /// Creates a report.
    public init(scenario: String, index: Int, kind: Kind, guess: CustomerType? = nil, truth: CustomerType? = nil,
                correct: Bool? = nil, score: Int? = nil) {
        self.scenario = scenario
        self.index = index
        self.kind = kind
        self.guess = guess
        self.truth = truth
        self.correct = correct
        self.score = score
    }
}

/// What `ally serve` may tell a trainer. Nothing is sent yet; live class mode (issue 14) adds its
/// messages here (an open question, a reveal), and a trainer ignores a kind it does not know.
public enum ServerMessage: Sendable, Equatable {
    /// A short text for the trainee from the instructor.
    case notice(String)
}

/// The class link's wire: version 1, one JSON object per line, `"v"` and `"t"` (the kind) in each.
///
/// Everything a trainer sends is untrusted (it runs a trainee's session): a line is at most
/// ``maximumLineLength`` bytes, every field is checked, ids are restricted to a safe alphabet, and
/// free text loses its control characters. A line that fails any check is dropped as a whole.
public enum ClassLink {
    /// The protocol's version; a line of another version is dropped.
    public static let version = 1
    /// The longest line read, newline included; a longer one is dropped.
    public static let maximumLineLength = 2048
    /// The longest scenario or course id accepted.
    public static let maximumIDLength = 80
    /// The longest title kept (longer ones are cut).
    public static let maximumTitleLength = 120

    /// The flat shape of every line on the wire (fields a kind does not use are left out).
    struct Wire: Codable {
        var v: Int
        var t: String
        var course: String?
        var scenario: String?
        var title: String?
        var courseIndex: Int?
        var courseCount: Int?
        var index: Int?
        var kind: String?
        var guess: String?
        var truth: String?
        var correct: Bool?
        var score: Int?
        var total: Int?
        var outcome: String?
        var text: String?
        var run: String?
        var round: Int?
        var path: [String]?
        var decision: String?
        var answered: Int?
        var right: Int?
        /// Milliseconds left to answer a live question when the line was sent.
        var closesIn: Int?

        init(_ t: String) {
            v = ClassLink.version
            self.t = t
        }
    }

    // MARK: Child → server

    /// `message` as one line of the wire, newline included.
    public static func encode(_ message: ChildMessage) -> String {
        var wire: Wire
        switch message {
        case .hello(let course):
            wire = Wire("hello")
            wire.course = course
        case .scenario(let id, let title, let index, let count):
            wire = Wire("scenario")
            wire.scenario = id
            wire.title = title
            wire.courseIndex = index
            wire.courseCount = count
        case .decision(let report):
            wire = Wire("decision")
            wire.scenario = report.scenario
            wire.index = report.index
            wire.kind = report.kind.rawValue
            wire.guess = report.guess?.rawValue
            wire.truth = report.truth?.rawValue
            wire.correct = report.correct
            wire.score = report.score
        case .finished(let scenario, let total, let outcome):
            wire = Wire("finished")
            wire.scenario = scenario
            wire.total = total
            wire.outcome = outcome
        }
        return line(wire)
    }

    /// The message on `line` (without its newline), or nil when it breaks any rule.
    public static func decodeChild(_ line: some Collection<UInt8>) -> ChildMessage? {
        guard let wire = wire(line) else { return nil }
        switch wire.t {
        case "hello":
            if let course = wire.course, !isID(course) { return nil }
            return .hello(course: wire.course)
        case "scenario":
            guard let id = wire.scenario, isID(id), let title = wire.title else { return nil }
            if let index = wire.courseIndex, !(1...1000).contains(index) { return nil }
            if let count = wire.courseCount, !(1...1000).contains(count) { return nil }
            return .scenario(id: id, title: cleanTitle(title), courseIndex: wire.courseIndex, courseCount: wire.courseCount)
        case "decision":
            guard let id = wire.scenario, isID(id), let index = wire.index, (0...100_000).contains(index),
                  let kind = wire.kind.flatMap(DecisionReport.Kind.init(rawValue:)) else { return nil }
            let guess = wire.guess.map(CustomerType.init(rawValue:)), truth = wire.truth.map(CustomerType.init(rawValue:))
            // A type named on the wire must be one of the nine.
            if guess == .some(nil) || truth == .some(nil) { return nil }
            if let score = wire.score, !(0...100).contains(score) { return nil }
            return .decision(DecisionReport(
                scenario: id, index: index, kind: kind, guess: guess ?? nil, truth: truth ?? nil, correct: wire.correct, score: wire.score))
        case "finished":
            guard let id = wire.scenario, isID(id) else { return nil }
            if let total = wire.total, !(0...100).contains(total) { return nil }
            if let outcome = wire.outcome, !isID(outcome) { return nil }
            return .finished(scenario: id, total: wire.total, outcome: wire.outcome)
        default:
            return nil
        }
    }

    // MARK: Server → child

    /// `message` as one line of the wire, newline included.
    public static func encode(_ message: ServerMessage) -> String {
        switch message {
        case .notice(let text):
            var wire = Wire("notice")
            wire.text = text
            return line(wire)
        }
    }

    /// The message on `line`, or nil when it is not one this trainer knows (it is then ignored).
    public static func decodeServer(_ line: some Collection<UInt8>) -> ServerMessage? {
        guard let wire = wire(line) else { return nil }
        switch wire.t {
        case "notice": return wire.text.map { .notice(cleanTitle($0, limit: 500)) }
        default: return nil
        }
    }

    // MARK: Checks

    /// Whether `text` may be an id: ASCII letters, digits, `-`, `_` and `.`, 1 to ``maximumIDLength``.
    public static func isID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return !bytes.isEmpty && bytes.count <= maximumIDLength && bytes.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
                true
            default:
                false
            }
        }
    }

    /// `text` without control or format characters (C0, DEL, C1, bidi overrides), at most `limit` characters.
    public static func cleanTitle(_ text: String, limit: Int = maximumTitleLength) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isControl(scalar) { out.append(scalar) }
        return String(String(out).prefix(limit))
    }

    /// Whether `scalar` must not reach a screen: C0, DEL, C1, and format characters (bidi overrides, zero widths).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.generalCategory == .format
    }

    static func wire(_ line: some Collection<UInt8>) -> Wire? {
        guard line.count < maximumLineLength, line.first == UInt8(ascii: "{") else { return nil }
        guard let wire = try? JSONDecoder().decode(Wire.self, from: Data(line)), wire.v == version else { return nil }
        return wire
    }

    static func line(_ wire: Wire) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // JSONEncoder escapes every C0 control; DEL and C1 get escapes too, so a line is plain ASCII-safe text.
        let data = (try? encoder.encode(wire)) ?? Data("{}".utf8)
        return cleanJSON(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// A JSON text with DEL and C1 controls as `\u00XX` escapes (the same value for a reader).
    static func cleanJSON(_ json: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if (0x7F...0x9F).contains(scalar.value) {
                out.append(contentsOf: "\\u00\(String(scalar.value, radix: 16))".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}

/// Splits a byte stream into lines of at most ``ClassLink/maximumLineLength`` bytes.
///
/// A line that grows past the limit is dropped up to its newline, and counted: an untrusted
/// writer cannot make the reader keep more than the limit in memory.
public struct LineFramer: Sendable {
    /// The longest line kept, newline excluded.
    public let limit: Int
    private var buffer: [UInt8] = []
    private var discarding = false
    /// Lines dropped for their length so far.
    public private(set) var dropped = 0

    /// Creates a framer for lines up to `limit` bytes.
    public init(limit: Int = ClassLink.maximumLineLength) {
        self.limit = limit
    }

    /// Takes `bytes` in, and returns the lines they complete (without their newlines).
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        for byte in bytes {
            if byte == UInt8(ascii: "\n") {
                if !discarding { lines.append(buffer) }
                buffer.removeAll(keepingCapacity: true)
                discarding = false
            } else if !discarding {
                if buffer.count >= limit {
                    discarding = true
                    dropped += 1
                    buffer.removeAll(keepingCapacity: true)
                } else {
                    buffer.append(byte)
                }
            }
        }
        return lines
    }
}
