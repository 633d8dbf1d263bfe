import AllyContent
import AllyCore
import Foundation
import Testing

@Suite struct LoaderTests {
    @Test func validContentLoadsWithoutDiagnostics() throws {
        let library = ContentLoader.load(texts: [
            ("en/garage-warranty-en.yaml", Fixtures.scenarioEN),
            ("nl/garage-warranty-nl.yaml", Fixtures.scenarioNL),
            ("courses/customer-types-101.course.yaml", Fixtures.course),
            ("scoring.yaml", Fixtures.scoring),
        ])
        #expect(library.diagnostics.map(\.description) == [])
        #expect(library.scenarios.map(\.id) == ["garage-warranty-en", "garage-warranty-nl"])
        #expect(library.courses.map(\.id) == ["customer-types-101"])
        #expect(library.scoringWeights == ScoringWeights(identification: 40, strategy: 20, conversation: 25.5, outcome: 15))
        #expect(!library.hasErrors)

        let s = try #require(library.scenario(id: "garage-warranty-en"))
        #expect(s.language == .en)
        #expect(s.translation == "garage-warranty-nl")
        #expect(s.difficulty == 2)
        #expect(s.tags == ["complaint-handling"])
        #expect(s.customer == Customer(name: "Mr de Vries", type: .hostage, expectation: 3, mood: -1))
        #expect(s.steps.map(\.id) == ["arrive", "explain"])
        #expect(s.endings.map(\.id) == ["won-over", "escalation"])
        let arrive = s.steps[0]
        #expect(arrive.phase == .greet)
        #expect(arrive.cues == ["keys already on the counter", "irritated"])
        #expect(arrive.asks == [.identify, .strategy])
        #expect(arrive.choices[0].servqual == [.empathy, .assurance])
        #expect(arrive.choices[1].becomes == .terrorist)
        #expect(arrive.choices[1].mood == -2)
        #expect(arrive.timeLimit == TimeLimit(seconds: 30, next: "escalation", quality: -1, mood: 0, becomes: nil, feedback: "He waited in silence and you let him."))
        #expect(s.endings[1].outcomes == [.dissatisfiedComplaining])
        #expect(library.file(ofScenario: "garage-warranty-en") == "en/garage-warranty-en.yaml")
        #expect(library.scenarios(of: try #require(library.course(id: "customer-types-101"))).count == 2)
    }

    @Test func defaultsApplyWhenOptionalKeysAreMissing() throws {
        let library = Fixtures.load(Fixtures.scenarioNL.replacingOccurrences(of: "translation: garage-warranty-en\n", with: ""))
        #expect(library.diagnostics == [])
        let s = try #require(library.scenarios.first)
        #expect(s.difficulty == 1)
        #expect(s.customer.expectation == 3)
        #expect(s.customer.mood == 0)
        #expect(s.steps[0].choices[0].mood == 0)
        #expect(library.scoringWeights == .standard)
    }

    @Test func diagnosticsPrintLikeACompilerInTheLanguageAsked() {
        let d = Diagnostic(file: "Content/nl/x.yaml", line: 23, column: 11, severity: .error, Localized("content.unknownName", [
            "kind": Localized("content.word.customerType"), "value": "terorist", "hint": Localized("content.didYouMean", ["name": "terrorist"]),
        ]))
        #expect(d.description == "Content/nl/x.yaml:23:11: error: unknown customer type 'terorist' (did you mean 'terrorist'?)")
        #expect(d.description(in: .nl) == "Content/nl/x.yaml:23:11: error: klanttype 'terorist' bestaat niet (bedoel je 'terrorist'?)")
        #expect(d.code == "content.unknownName")
        let m = Localized("content.courseWithoutScenarios")
        #expect(Diagnostic(file: "a.yaml", line: 0, column: 0, severity: .warning, m).description == "a.yaml: warning: a course needs at least one scenario")
    }

    @Test func diagnosticsEncodeAsJSON() throws {
        let d = Diagnostic(file: "a.yaml", line: 2, column: 3, severity: .warning, Localized("content.courseWithoutScenarios"))
        let data = try JSONSerialization.data(withJSONObject: [d.jsonObject(in: .nl)], options: [.sortedKeys])
        #expect(String(decoding: data, as: UTF8.self) == #"[{"code":"content.courseWithoutScenarios","column":3,"file":"a.yaml","line":2,"message":"een cursus heeft minstens één scenario nodig","severity":"warning"}]"#)
        let encoded = try JSONEncoder().encode(d)
        let object = try #require(try JSONSerialization.jsonObject(with: encoded) as? [String: Any])
        #expect(object["severity"] as? String == "warning")
        #expect(object["line"] as? Int == 2)
    }
}

@Suite struct YAMLFeatureTests {
    @Test func ordinaryYAMLStylesAreAccepted() throws {
        let text = """
        %YAML 1.2
        ---
        # Document markers, block and folded scalars, flow mappings, quoted keys.
        "id": 'styles-en'
        language: en
        title: >-
          A title folded
          over two lines
        setting: |
          Line one
          Line two
        customer: {name: "Ms O'Neill", type: victim, mood: +1}
        start: a
        steps:
          a:
            phase: greet
            say: 'It''s me again.'
            choices:
            - text: "Tab\there is fine, and so is a newline:\\nsecond line."
              quality: +2
              next: done
        endings:
          done: { delighted: { say: Bye. } }
        ...

        """
        let library = Fixtures.load(text)
        #expect(library.diagnostics == [])
        let s = try #require(library.scenarios.first)
        #expect(s.title == "A title folded over two lines")
        #expect(s.setting == "Line one\nLine two\n")
        #expect(s.customer.name == "Ms O'Neill")
        #expect(s.customer.mood == 1)
        #expect(s.steps[0].say == "It's me again.")
        #expect(s.steps[0].choices[0].text == "Tab\there is fine, and so is a newline:\nsecond line.")
    }

    @Test func textThatLooksLikeOtherTypesIsStillText() throws {
        let text = Fixtures.scenarioNL
            .replacingOccurrences(of: "translation: garage-warranty-en\n", with: "")
            .replacingOccurrences(of: "title: Weer naar de garage", with: "title: 2024")
            .replacingOccurrences(of: "setting: Werkplaats van een autodealer", with: "setting: yes")
        let library = Fixtures.load(text)
        #expect(library.diagnostics == [])
        #expect(library.scenarios.first?.title == "2024")
        #expect(library.scenarios.first?.setting == "yes")
    }

    @Test func aWarningDoesNotDropTheScenario() {
        let text = Fixtures.scenarioNL
            .replacingOccurrences(of: "translation: garage-warranty-en\n", with: "")
            .replacingOccurrences(of: "quality: 2, next: won-over", with: "quality: 1, next: won-over")
        let library = Fixtures.load(text)
        #expect(library.warnings.map(\.message) == ["a choice of quality 1 (not the best) should have feedback explaining why"])
        #expect(!library.hasErrors)
        #expect(library.scenarios.count == 1)
    }
}

@Suite struct CascadeTests {
    @Test func missingEndingsDoNotMakeEveryNextAnError() {
        let text = Fixtures.scenarioNL
            .replacingOccurrences(of: "translation: garage-warranty-en\n", with: "")
            .replacingOccurrences(of: "endings:\n  won-over: { delighted: { say: \"Goed dan.\" } }\n", with: "")
        #expect(Fixtures.load(text).diagnostics.map(\.message) == ["missing required key 'endings' in scenario"])
    }

    @Test func stepsAsAListIsOneError() {
        let text = "id: x\nlanguage: en\ntitle: T\nsetting: S\ncustomer: {name: N, type: ally}\nstart: a\nsteps: [a, b]\nendings: {e: {delighted: {say: s}}}\n"
        #expect(Fixtures.load(text).diagnostics.map(\.message) == ["expected steps as a mapping from ids to entries, found a list"])
    }
}
