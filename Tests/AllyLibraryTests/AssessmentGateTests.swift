import AllyContent
import AllyCore
import Testing

/// The library attacked as a sceptical trainee would: by length, by position, by word matching.
/// A question that can be answered without the skill is a defect, so these gates fail the build.
@Suite("The bundled library measures the skill")
struct AssessmentGateTests {
    @Test("the best reply is the longest in at most 45% of steps, in each language", arguments: Language.allCases)
    func lengthDoesNotAnswer(language: Language) throws {
        let share = try #require(GiveawayLint.longestBestShare(bundled.scenarios.filter { $0.language == language }))
        #expect(share <= 0.45, "\(language): \(Int(share * 100))%")
    }

    @Test("a word classifier trained on the other scenarios names the type from the opening no better than 25%", arguments: Language.allCases)
    func wordsDoNotAnswer(language: Language) {
        let accuracy = GiveawayAudit.wordClassifierAccuracy(bundled.scenarios.filter { $0.language == language })
        #expect(accuracy <= 0.25, "\(language): \(Int(accuracy * 100))% (chance is 11%)")
    }

    @Test("every ending has exactly the texts of the outcomes some path earns there")
    func endingsMatchTheirPaths() {
        for scenario in bundled.scenarios {
            let reach = OutcomeReach(scenario)
            #expect(!reach.isPartial, "\(scenario.id)")
            for ending in scenario.endings {
                #expect(reach.outcomes(at: ending.id) == ending.outcomes, "\(scenario.id): \(ending.id)")
            }
        }
    }

    @Test("picking the longest or the politest reply does not play like the skill: half the delighted customers at most")
    func lengthAndToneDoNotPlayLikeTheSkill() {
        for language in Language.allCases {
            let scenarios = bundled.scenarios.filter { $0.language == language }
            func delighted(_ player: GiveawayAudit.Player) -> Int {
                scenarios.map { scenario in (1...20).filter { GiveawayAudit.outcome(of: player, in: scenario, seed: UInt64($0)) == .delighted }.count }
                    .reduce(0, +)
            }
            let perfect = delighted(.perfect)
            for player in [GiveawayAudit.Player.longest, .politest] {
                let blind = delighted(player)
                #expect(blind * 2 <= perfect, "\(language): \(player) \(blind), perfect \(perfect) delighted of \(scenarios.count * 20)")
            }
        }
    }

    @Test("no course plays its customers in the order of the type list, and none has one of each type only")
    func coursesDoNotAnswer() {
        for course in bundled.courses {
            let types = bundled.scenarios(of: course).map(\.customer.type)
            // One of each type would let the last answer follow by elimination.
            #expect(Set(types).count < types.count || types.count < CustomerType.allCases.count, "\(course.id)")
        }
    }

    @Test("nothing a trainee sees before answering names the type: ids, titles, summaries, settings, tags")
    func namesDoNotAnswer() {
        for scenario in bundled.scenarios {
            let seen = [scenario.id.replacingOccurrences(of: "-", with: " "), scenario.title, scenario.summary ?? "", scenario.setting]
                + scenario.tags.map { $0.replacingOccurrences(of: "-", with: " ") }
            let words = Giveaway.words(of: seen.joined(separator: " "))
            for language in Language.allCases {
                let name = scenario.customer.type.name(in: language).lowercased()
                #expect(!Giveaway.matches(name, words), "\(scenario.id) says '\(name)'")
            }
        }
    }
}

@Suite("The bundled library teaches the service sequence")
struct ServiceSequenceGateTests {
    @Test("every ideal path goes through the five phases, from the greeting to leaving the door open")
    func idealPathsHaveAllPhases() {
        for scenario in bundled.scenarios {
            let phases = Paths.ideal(scenario).compactMap { scenario.step($0.stepID)?.phase }
            #expect(Set(phases) == Set(ServicePhase.allCases), "\(scenario.id): \(phases.map(\.rawValue))")
            #expect(phases.first == .greet && phases.last == .door, "\(scenario.id): \(phases.map(\.rawValue))")
        }
    }

    @Test("every step that asks for the type names the cue that should have given it away")
    func everyTypeQuestionHasAClue() {
        for scenario in bundled.scenarios {
            for step in scenario.steps where step.asks.contains(.identify) {
                #expect(step.clue != nil, "\(scenario.id): \(step.id)")
            }
        }
    }
}

@Suite("The bundled library trains the notes' other frameworks")
struct ConceptGateTests {
    @Test("each concept question is asked in at least three scenarios per language", arguments: Language.allCases)
    func threePerKind(language: Language) {
        let scenarios = bundled.scenarios.filter { $0.language == language }
        for kind in ConceptKind.allCases {
            let asking = scenarios.filter { $0.steps.contains { $0.asks.contains { $0.concept == kind } } }
            #expect(asking.count >= 3, "\(language) \(kind): \(asking.count)")
        }
    }

    @Test("a Dutch scenario and its English twin ask the same concept questions with the same answers")
    func translationsAgree() {
        for scenario in bundled.scenarios where scenario.language == .nl {
            guard let twin = scenario.translation.flatMap({ bundled.scenario(id: $0) }) else { continue }
            let mine = scenario.steps.map { [$0.id: $0.answers] }, theirs = twin.steps.map { [$0.id: $0.answers] }
            #expect(mine == theirs, "\(scenario.id)")
        }
    }
}

@Suite("Every framework of the notes is trained, not only mentioned")
struct ConceptCoverageGateTests {
    @Test("every framework of the issue's table is trained by at least one decision in each language", arguments: Language.allCases)
    func everyFrameworkIsTrained(language: Language) {
        // The table's rows: the decision-making unit, service gaps, complaint handling, measuring
        // satisfaction, the characteristics of service, Kamin's basics first, segmenting customers.
        let standings = ConceptCoverage.standings(bundled.scenarios, language: language)
        for kind in ConceptKind.allCases {
            let trained = kind.answers.filter { standings[.concept(kind, $0)] == .trained }
            #expect(!trained.isEmpty, "\(language) \(kind): only \(kind.answers.map { standings[.concept(kind, $0)]?.rawValue ?? "?" })")
        }
    }

    @Test("every answer of every concept question (role, gap, handling, measure, dimension, basics, segment) is trained in each language", arguments: Language.allCases)
    func everyNamedAnswerIsTrained(language: Language) {
        let standings = ConceptCoverage.standings(bundled.scenarios, language: language)
        for kind in ConceptKind.allCases {
            let untrained = kind.answers.filter { standings[.concept(kind, $0)] != .trained }
            #expect(untrained.isEmpty, "\(language) \(kind): not trained: \(untrained)")
        }
    }

    @Test("Kamin's basics (the surroundings, help at hand) and a specific are each trained in each language", arguments: Language.allCases)
    func basicsAndSpecificsAreTrained(language: Language) {
        let standings = ConceptCoverage.standings(bundled.scenarios, language: language)
        let trained = ConceptKind.basics.answers.filter { standings[.concept(.basics, $0)] == .trained }.compactMap(KaminConcern.init)
        #expect(trained.contains(.surroundings) && trained.contains(.availability) && trained.contains { !$0.isBasic }, "\(language): \(trained)")
    }
}
