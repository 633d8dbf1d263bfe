import AllyContent
import AllyCore

/// A realistic scenario file for benchmarks: eight steps of three choices, with feedback, cues,
/// SERVQUAL tags, time limits and a translation link, about 10 KB like a well-written scenario.
enum SyntheticScenario {
    /// The file for scenario `index` of `count`, with a text for exactly the outcomes its endings can have.
    ///
    /// Which outcomes a path earns depends on the expectation and the type, so the checker is asked
    /// once per pair, on a version with every text, and the texts it says no path earns are left out.
    static func text(index: Int, count: Int) -> String {
        let key = [index % 5, index % types.count]
        let outcomes = reachable[key] ?? {
            let all = Dictionary(uniqueKeysWithValues: endingIDs.map { ($0, Outcome.allCases) })
            var kept = all
            let full = render(index: index, count: count, outcomes: all)
            for diagnostic in ContentLoader.load(texts: [("synthetic.yaml", full)]).diagnostics {
                for id in endingIDs {
                    for outcome in Outcome.allCases
                    where diagnostic.message.hasPrefix("ending '\(id)' has a \(outcome.rawValue) text, but no path earns") {
                        kept[id]?.removeAll { $0 == outcome }
                    }
                }
            }
            reachable[key] = kept
            return kept
        }()
        return render(index: index, count: count, outcomes: outcomes)
    }

    /// The ending ids, in file order.
    static let endingIDs = ["won-over", "walked-out"]
    /// The ending texts each (expectation, type) pair needs, found once.
    nonisolated(unsafe) static var reachable: [[Int]: [String: [Outcome]]] = [:]
    static let types = ["ally", "tolerant", "patient", "incompetent", "victim", "hostage", "intolerant", "anarchist", "terrorist"]
    static let phases = ["greet", "needs", "needs", "meet", "meet", "check", "check", "door"]
    static let dimensions = ["reliability", "responsiveness", "assurance", "empathy", "tangibles"]

    /// The file for scenario `index` of `count` with texts for `outcomes` at each ending; even
    /// indices are English, odd ones their Dutch translation.
    static func render(index: Int, count: Int, outcomes: [String: [Outcome]]) -> String {
        let english = index % 2 == 0
        let partner = english ? index + 1 : index - 1
        var lines: [String] = [
            "# yaml-language-server: $schema=../scenario.schema.json",
            "# Synthetic scenario \(index) written by ally-bench: realistic size and shape.",
            "id: bench-\(index)",
            "language: \(english ? "en" : "nl")",
        ]
        if partner < count { lines.append("translation: bench-\(partner)") }
        lines += [
            "title: \"Benchmark scenario \(index): a long afternoon at the service desk\"",
            "setting: Service desk of a mid-sized municipal office, late on a Friday afternoon",
            "difficulty: \(index % 3 + 1)",
            "summary: >-",
            "  A customer arrives with a problem that has been going on for weeks; the trainee must",
            "  read the cues, name the type and choose the strategy that wins them over.",
            "tags: [complaint-handling, service-time, compensation]",
            "customer:",
            "  name: Mrs van der Berg-Jansen",
            "  type: \(types[index % types.count])",
            "  expectation: \(index % 5 + 1)",
            "  mood: \(index % 7 - 3)",
            "start: step-1",
            "steps:",
        ]
        for s in 1...8 {
            let next = s == 8 ? "won-over" : "step-\(s + 1)"
            lines += [
                "  step-\(s):",
                "    phase: \(phases[s - 1])",
                "    say: \"This is the \(s)th time I explain this. Nobody reads the notes here.\"",
                "    cues: [sighs loudly, holds a thick folder of letters, looks at the clock]",
            ]
            if s == 1 {
                lines += ["    ask: [identify, strategy]", "    clue: \"The folder of letters and the glance at the clock say how long this has gone on.\""]
            }
            lines.append("    choices:")
            for c in 0..<3 {
                lines += [
                    "      - text: \"Reply \(c + 1): I understand; let me look at your folder with you and tell you what happens next.\"",
                    "        quality: \([2, 0, -2][c])",
                    "        servqual: [\(dimensions[(s + c) % 5]), \(dimensions[(s + c + 2) % 5])]",
                    "        mood: \(1 - c)",
                    "        feedback: \"Feedback \(c + 1): owning the history and promising a concrete next step builds assurance\(c == 2 ? "; dismissed, she turns terrorist" : "").\"",
                    "        next: \(c == 2 ? "walked-out" : next)",
                ]
                if c == 2 { lines += ["        becomes: terrorist  # the feedback says so: a change the types do not describe"] }
            }
            if s % 2 == 0 {
                lines += [
                    "    after:", "      seconds: 45", "      next: walked-out", "      quality: -1", "      mood: -1",
                    "      feedback: \"A silent wait at the desk is an answer too: a slow answer is bad service.\"",
                ]
            }
        }
        let words = [
            "won-over": "Well, that is the first time someone actually explained it. Thank you, really.",
            "walked-out": "Forget it. I will write to the alderman and tell everyone at the neighbourhood meeting.",
        ]
        lines.append("endings:")
        for id in endingIDs {
            lines.append("  \(id):")
            for outcome in outcomes[id] ?? [] {
                lines += ["    \(outcome.rawValue):", "      narration: \"She picks up the folder.\"", "      say: \"\(words[id]!)\""]
            }
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }
}
