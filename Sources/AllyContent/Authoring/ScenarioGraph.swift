import AllyCore

/// Draws a scenario's steps and choices, for authors: a tree for the terminal, or Graphviz DOT.
public enum ScenarioGraph {
    /// The scenario as an indented tree; a step drawn once is referred to later as "(see above)".
    ///
    /// Drawn with an explicit stack, not a recursion per step: a long chain overflowed the stack.
    public static func tree(_ scenario: Scenario, language l: Language = .en) -> String {
        var lines = ["\(scenario.id) — \(scenario.title) (\(scenario.customer.type.rawValue), \(scenario.language.rawValue))"]
        var drawn: Set<String> = []
        // What is still to write, the next on top: a branch's label line, then its subtree, then
        // its later siblings.
        enum Item { case line(String), node(id: String, prefix: String, depth: Int) }
        var work: [Item] = [.node(id: scenario.start, prefix: "", depth: 0)]
        // Steps too deep to indent further, drawn again from the margin once the tree above is done:
        // indenting a long chain to the end would cost its length squared in spaces.
        var continued: [String] = []
        while let item = work.popLast() ?? continued.popLast().map({ .node(id: $0, prefix: "", depth: 0) }) {
            guard case .node(let id, let prefix, let depth) = item else {
                if case .line(let line) = item { lines.append(line) }
                continue
            }
            if let ending = scenario.ending(id) {
                lines.append(prefix + "■ \(id): \(ending.outcomes.map(\.rawValue).joined(separator: " | "))")
                continue
            }
            guard let step = scenario.step(id) else {
                lines.append(prefix + "? \(id) " + l.text("graph.missing"))
                continue
            }
            if drawn.contains(id) {
                lines.append(prefix + "↑ \(id) " + l.text("graph.seeAbove"))
                continue
            }
            if depth >= maximumDepth {
                lines.append(prefix + "↓ \(id) " + l.text("graph.continuedBelow"))
                continued.append(id)
                continue
            }
            drawn.insert(id)
            var head = "\(id) [\(step.phase.rawValue)]"
            if !step.asks.isEmpty { head += " " + l.text("graph.asks") + " " + step.asks.map(\.rawValue).joined(separator: ", ") }
            if let limit = step.timeLimit { head += " ⏱ \(limit.seconds)s" }
            lines.append(prefix + head)
            var branches: [(label: String, next: String)] = step.choices.enumerated().map { index, choice in
                (label(number: "\(index + 1).", quality: choice.quality, becomes: choice.becomes, text: choice.text), choice.next)
            }
            if let limit = step.timeLimit {
                branches.append((label(number: "⏱", quality: limit.quality, becomes: limit.becomes, text: l.text("graph.timeRunsOut")), limit.next))
            }
            for (index, branch) in branches.enumerated().reversed() {
                let last = index == branches.count - 1
                work.append(.node(id: branch.next, prefix: prefix + (last ? "     " : "│    "), depth: depth + 1))
                work.append(.line(prefix + (last ? "└─ " : "├─ ") + branch.label))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// How many levels the tree indents before it continues a branch from the margin.
    static let maximumDepth = 24

    /// The scenario as a Graphviz digraph: steps as boxes, endings as ellipses named by outcome.
    public static func dot(_ scenario: Scenario) -> String {
        var out = ["digraph \(quoted(scenario.id)) {", "  rankdir=LR;", "  node [fontname=\"Helvetica\"];"]
        for step in scenario.steps {
            let timed = step.timeLimit.map { "\\n⏱ \($0.seconds)s" } ?? ""
            out.append("  \(quoted(step.id)) [shape=box, label=\(quoted("\(step.id)\\n[\(step.phase.rawValue)]\(timed)"))];")
        }
        for ending in scenario.endings {
            let best = ending.outcomes.first ?? .dissatisfiedSilent
            let colour = best.isLoyal ? "palegreen" : (best == .dissatisfiedSilent ? "lightpink" : "khaki")
            let outcomes = ending.outcomes.map(\.rawValue).joined(separator: "\\n")
            out.append("  \(quoted(ending.id)) [shape=ellipse, style=filled, fillcolor=\(colour), "
                + "label=\(quoted("\(ending.id)\\n\(outcomes)"))];")
        }
        for step in scenario.steps {
            for (index, choice) in step.choices.enumerated() {
                let becomes = choice.becomes.map { " ⇒ \($0.rawValue)" } ?? ""
                out.append("  \(quoted(step.id)) -> \(quoted(choice.next)) [label=\(quoted("\(index + 1) (\(signed(choice.quality)))\(becomes)"))];")
            }
            if let limit = step.timeLimit {
                let becomes = limit.becomes.map { " ⇒ \($0.rawValue)" } ?? ""
                out.append("  \(quoted(step.id)) -> \(quoted(limit.next)) [style=dashed, label=\(quoted("⏱ (\(signed(limit.quality)))\(becomes)"))];")
            }
        }
        out.append("}")
        return out.joined(separator: "\n") + "\n"
    }

    private static func label(number: String, quality: Int, becomes: CustomerType?, text: String) -> String {
        let short = text.count > 48 ? String(text.prefix(47)) + "…" : text
        let change = becomes.map { " ⇒ becomes \($0.rawValue)" } ?? ""
        return "\(number) (\(signed(quality))) \"\(short)\"\(change)"
    }

    private static func signed(_ value: Int) -> String { value > 0 ? "+\(value)" : "\(value)" }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\\\\n", with: "\\n") + "\""
    }
}
