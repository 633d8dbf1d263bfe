import AllyCore

/// Attacks on the library as a sceptical trainee would make them, for the quality gate and the
/// bench: a word-matching classifier that names the type without the skill, and players that
/// pick replies by length or at random.
public enum GiveawayAudit {
    /// What a trainee sees of a scenario before naming the type: its first step's narration, speech and cues.
    public static func openingWords(_ scenario: Scenario) -> [Substring] {
        guard let step = scenario.step(scenario.start) else { return [] }
        return Giveaway.words(of: ([step.narration ?? "", step.say] + step.cues).joined(separator: " "))
    }

    /// Leave-one-out accuracy of a naive Bayes word classifier over `scenarios` (one language):
    /// each scenario's type is guessed from its opening words by the word counts of all the others.
    public static func wordClassifierAccuracy(_ scenarios: [Scenario]) -> Double {
        guard !scenarios.isEmpty else { return 0 }
        let documents = scenarios.map { (type: $0.customer.type, words: openingWords($0)) }
        var right = 0
        for held in documents.indices {
            var counts: [CustomerType: [Substring: Int]] = [:]
            var totals: [CustomerType: Int] = [:]
            var priors: [CustomerType: Int] = [:]
            var vocabulary = Set<Substring>()
            for (index, document) in documents.enumerated() where index != held {
                priors[document.type, default: 0] += 1
                for word in document.words {
                    counts[document.type, default: [:]][word, default: 0] += 1
                    totals[document.type, default: 0] += 1
                    vocabulary.insert(word)
                }
            }
            let guess = priors.keys.max { a, b in
                logLikelihood(documents[held].words, a, counts, totals, priors, vocabulary.count)
                    < logLikelihood(documents[held].words, b, counts, totals, priors, vocabulary.count)
            }
            if guess == documents[held].type { right += 1 }
        }
        return Double(right) / Double(documents.count)
    }

    private static func logLikelihood(
        _ words: [Substring], _ type: CustomerType, _ counts: [CustomerType: [Substring: Int]],
        _ totals: [CustomerType: Int], _ priors: [CustomerType: Int], _ vocabulary: Int
    ) -> Double {
        let total = Double(totals[type] ?? 0) + Double(vocabulary)
        return words.reduce(log(Double(priors[type] ?? 0))) { sum, word in
            sum + log((Double(counts[type]?[word] ?? 0) + 1) / total)
        }
    }

    /// How a blind player picks a reply among a step's choices.
    public enum Player: Sendable {
        /// The longest reply, always.
        case longest
        /// A reply at random.
        case random
        /// The best reply (the ideal path's rule).
        case perfect
        /// The politest-sounding reply: the most courtesy words (sorry, thank you, please, …).
        case politest
    }

    /// Courtesy words a player who judges by tone would count, in both languages.
    static let courtesy: [String] = [
        "sorry", "excuses", "excuus", "dank", "bedankt", "graag", "alstublieft", "alsjeblieft", "vervelend", "begrijp",
        "helaas", "mevrouw", "meneer", "please", "thank", "thanks", "apologise", "apologies", "understand", "unfortunately",
        "madam", "sir", "happy", "glad", "fijn", "prettig",
    ]

    /// How many courtesy words `text` holds.
    static func courtesyCount(_ text: String) -> Int {
        Giveaway.words(of: text).filter { word in courtesy.contains { word.hasPrefix($0) } }.count
    }

    /// The outcome `player` reaches in `scenario`, naming the type and strategy rightly (only the
    /// replies are blind). Replies show in the order of an attempt with `seed`, as a trainee sees
    /// them, so a tie goes to the first shown, never to the file's order.
    public static func outcome(of player: Player, in scenario: Scenario, seed: UInt64 = 1) -> Outcome? {
        var generator = SeededGenerator(seed: seed)
        var state = PlayState(scenario: scenario)
        var moves = 0
        while let stepID = state.stepID, let step = scenario.step(stepID), moves < 10_000 {
            moves += 1
            let decision: Decision
            switch state.prompt {
            case .identify: decision = .identify(state.customerType)
            case .strategy: decision = .strategy(state.customerType.family)
            case .concept(let kind): decision = .concept(kind, step.answers[kind] ?? "")
            case .reply:
                let shown = ReplyOrder.indices(of: step, seed: seed)
                switch player {
                case .longest: decision = .reply(shown.max { step.choices[$0].text.count < step.choices[$1].text.count }!)
                case .perfect: decision = .reply(shown.max { step.choices[$0].quality < step.choices[$1].quality }!)
                case .politest: decision = .reply(shown.max { courtesyCount(step.choices[$0].text) < courtesyCount(step.choices[$1].text) }!)
                case .random: decision = .reply(shown.randomElement(using: &generator)!)
                }
            case .none: return state.outcome
            }
            guard let next = try? Engine.apply(TimedDecision(decision), to: state, in: scenario).state else { return nil }
            state = next
        }
        return state.outcome
    }
}

import Foundation
