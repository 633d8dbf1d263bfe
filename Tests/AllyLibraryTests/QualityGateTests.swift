import AllyContent
import AllyCore
import Testing

@Suite("The bundled library's quality gate")
struct QualityGateTests {
    @Test("every bundled file checks clean: no errors and no warnings")
    func checksClean() {
        #expect(bundled.diagnostics.map(\.description) == [])
    }

    @Test("every customer type has at least three scenarios in each language")
    func everyTypeInBothLanguages() {
        for language in Language.allCases {
            for type in CustomerType.allCases {
                let count = bundled.scenarios.filter { $0.language == language && $0.customer.type == type }.count
                #expect(count >= 3, "\(type) in \(language): \(count) scenario(s)")
            }
        }
    }

    @Test("every scenario has at least three decisions on its ideal path and asks for the type and the strategy, or a concept question")
    func enoughDecisions() {
        for scenario in bundled.scenarios {
            #expect(Paths.ideal(scenario).count >= 3, "\(scenario.id)")
            let asks = Set(scenario.steps.flatMap(\.asks))
            #expect(asks.isSuperset(of: [.identify, .strategy]) || asks.contains { $0.concept != nil }, "\(scenario.id)")
        }
    }

    @Test("every Dutch scenario has its English twin and the other way round")
    func translationsPaired() {
        for scenario in bundled.scenarios {
            let twin = scenario.translation.flatMap { bundled.scenario(id: $0) }
            #expect(twin != nil, "\(scenario.id) has no translation")
            #expect(twin?.language != scenario.language, "\(scenario.id)")
            #expect(twin?.translation == scenario.id, "\(scenario.id)")
            #expect(twin?.customer.type == scenario.customer.type, "\(scenario.id): the twin has another customer type")
        }
    }

    @Test("every ending of every scenario is reachable from its start")
    func endingsReachable() {
        for scenario in bundled.scenarios {
            var seen: Set<String> = []
            var queue = [scenario.start]
            while let id = queue.popLast() {
                guard seen.insert(id).inserted, let step = scenario.step(id) else { continue }
                queue += step.targets
            }
            for ending in scenario.endings {
                #expect(seen.contains(ending.id), "\(scenario.id): ending '\(ending.id)' is unreachable")
            }
        }
    }

    @Test("no scenario gives its answer away: the type's name is not in what the customer says or the cues")
    func typeNotNamed() {
        for scenario in bundled.scenarios {
            let name = scenario.customer.type.name(in: scenario.language).lowercased()
            for step in scenario.steps {
                // Whole words only: "ally" inside "really" gives nothing away.
                let words = ([step.say] + step.cues).joined(separator: " ").lowercased()
                    .split { !$0.isLetter }.map(String.init)
                #expect(!words.contains(name), "\(scenario.id)/\(step.id) names the type '\(name)'")
            }
        }
    }

    @Test("every course names existing scenarios in its own language")
    func coursesResolve() {
        for course in bundled.courses {
            #expect(!course.scenarios.isEmpty, "\(course.id)")
            for id in course.scenarios {
                let scenario = bundled.scenario(id: id)
                #expect(scenario != nil, "\(course.id) names unknown scenario '\(id)'")
                #expect(scenario?.language == course.language, "\(course.id): '\(id)' is in another language")
            }
        }
    }

    @Test("each language has at least four complaint-handling scenarios and six in which the customer changes type")
    func complaintsAndChanges() {
        for language in Language.allCases {
            let scenarios = bundled.scenarios.filter { $0.language == language }
            #expect(scenarios.filter { $0.tags.contains("complaint-handling") }.count >= 4, "\(language)")
            let changing = scenarios.filter { $0.steps.contains { $0.choices.contains { $0.becomes != nil } || $0.timeLimit?.becomes != nil } }
            #expect(changing.count >= 6, "\(language)")
        }
    }

    @Test("the courses exist in both languages, linked as translations, the concept courses among them")
    func courses() {
        for (en, nl) in [("customer-types-101", "introductie-klanttypen"), ("difficult-customers", "moeilijke-klanten"), ("complaints", "klachten"),
                         ("who-is-the-customer", "wie-is-de-klant"), ("service-gaps", "servicekloven"),
                         ("complaint-management", "klachtenmanagement"), ("measuring-satisfaction", "tevredenheid-meten")] {
            #expect(bundled.course(id: en)?.translation == nl)
            #expect(bundled.course(id: nl)?.translation == en)
        }
    }
}
