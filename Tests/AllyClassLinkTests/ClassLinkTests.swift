import AllyClassLink
import AllyCore
import Testing

@Suite struct ClassLinkTests {
    func decode(_ line: String) -> ChildMessage? {
        ClassLink.decodeChild(Array(line.utf8))
    }

    @Test func everyChildMessageSurvivesTheWireAsOneLine() {
        let messages: [ChildMessage] = [
            .hello(course: "customer-types-101"), .hello(course: nil),
            .scenario(id: "hotel-course-week-en", title: "The quiet one", courseIndex: 2, courseCount: 5),
            .decision(DecisionReport(scenario: "s1", index: 0, kind: .identify, guess: .tolerant, truth: .patient, correct: false, score: 0)),
            .decision(DecisionReport(scenario: "s1", index: 3, kind: .reply, correct: true, score: 75)),
            .finished(scenario: "s1", total: 82, outcome: "ally"), .finished(scenario: "s1", total: nil, outcome: nil),
        ]
        for message in messages {
            let line = ClassLink.encode(message)
            #expect(line.hasSuffix("\n") && line.filter { $0 == "\n" }.count == 1)
            #expect(line.contains("\"v\":1"))
            #expect(decode(String(line.dropLast())) == message)
        }
    }

    @Test func aTitleWithEscapesTravelsAsEscapesAndArrivesInert() {
        let line = ClassLink.encode(.scenario(id: "s1", title: "Hi\u{1b}]52;c;AAAA\u{7}\u{9b}2J\u{202e}there", courseIndex: nil, courseCount: nil))
        // Nothing a terminal acts on is on the wire itself.
        #expect(!line.unicodeScalars.dropLast().contains { ClassLink.isControl($0) && $0 != "\u{202e}" })
        guard case .scenario(_, let title, _, _)? = decode(String(line.dropLast())) else {
            Issue.record("not decoded")
            return
        }
        #expect(title == "Hi]52;c;AAAA2Jthere")
    }

    @Test func linesThatBreakARuleAreDropped() {
        let bad = [
            "", "not json", "[]", "{\"v\":2,\"t\":\"hello\"}", "{\"v\":1,\"t\":\"shell\"}",
            "{\"v\":1,\"t\":\"decision\",\"scenario\":\"../../etc\",\"index\":0,\"kind\":\"reply\"}",
            "{\"v\":1,\"t\":\"decision\",\"scenario\":\"s\",\"index\":0,\"kind\":\"identify\",\"guess\":\"wizard\"}",
            "{\"v\":1,\"t\":\"decision\",\"scenario\":\"s\",\"index\":0,\"kind\":\"reply\",\"score\":101}",
            "{\"v\":1,\"t\":\"decision\",\"scenario\":\"s\",\"index\":-1,\"kind\":\"reply\"}",
            "{\"v\":1,\"t\":\"finished\",\"scenario\":\"s\",\"total\":1000}",
            "{\"v\":1,\"t\":\"scenario\",\"scenario\":\"s\u{1b}[2J\",\"title\":\"x\"}",
            "{\"v\":1,\"t\":\"scenario\",\"scenario\":\"s\",\"title\":\"x\",\"courseIndex\":0}",
            "{\"v\":1,\"t\":\"hello\",\"course\":\"" + String(repeating: "a", count: 81) + "\"}",
            "{\"v\":1,\"t\":\"hello\",\"pad\":\"" + String(repeating: "a", count: 3000) + "\"}",
        ]
        for line in bad { #expect(decode(line) == nil, "accepted: \(line.prefix(80))") }
    }

    @Test func theFramerKeepsNoMoreThanItsLimitAndDropsAnOverlongLineWhole() {
        var framer = LineFramer(limit: 8)
        #expect(framer.feed(Array("abc\nde".utf8)) == [Array("abc".utf8)])
        #expect(framer.feed(Array("f\n".utf8)) == [Array("def".utf8)])
        // A line past the limit is dropped up to its newline, however long it goes on.
        #expect(framer.feed(Array(String(repeating: "x", count: 10_000).utf8)).isEmpty)
        #expect(framer.feed(Array("yy\nok\n".utf8)) == [Array("ok".utf8)])
        #expect(framer.dropped == 1)
    }

    @Test func serverMessagesHaveAWireTooAndAnUnknownKindIsIgnored() {
        let line = ClassLink.encode(.notice("Pauze tot 10:30"))
        #expect(ClassLink.decodeServer(Array(line.utf8.dropLast())) == .notice("Pauze tot 10:30"))
        #expect(ClassLink.decodeServer(Array("{\"v\":1,\"t\":\"reveal\"}".utf8)) == nil)
    }
}

@Suite struct ClassStateTests {
    @Test func decisionsFillTheTraineesRowTheConfusionMatrixAndTheAverages() {
        var state = ClassState(className: "5b", fingerprint: "SHA256:x", joinCommand: "ssh")
        state.joined("anna", at: 10)
        state.apply(.scenario(id: "s1", title: "Desk", courseIndex: 1, courseCount: 3), from: "anna", at: 11)
        state.apply(.decision(DecisionReport(scenario: "s1", index: 0, kind: .identify, guess: .tolerant, truth: .patient,
                                             correct: false, score: 0)), from: "anna", at: 12)
        state.apply(.decision(DecisionReport(scenario: "s1", index: 1, kind: .strategy, truth: .patient, correct: true, score: 50)),
                    from: "anna", at: 13)
        let anna = state.trainees["anna"]!
        #expect(anna.connected && anna.scenario == "s1" && anna.decisions == 2 && anna.score == 50 && anna.right == 1 && anna.judged == 2)
        let patient = CustomerType.allCases.firstIndex(of: .patient)!, tolerant = CustomerType.allCases.firstIndex(of: .tolerant)!
        #expect(state.confusion[patient][tolerant] == 1)
        #expect(state.mostConfused().first.map { "\($0.truth)>\($0.guess)" } == "patient>tolerant")
        state.apply(.finished(scenario: "s1", total: 70, outcome: "ally"), from: "anna", at: 20)
        state.joined("bert", at: 21)
        state.apply(.finished(scenario: "s1", total: 91, outcome: "ally"), from: "bert", at: 22)
        #expect(state.scenarios["s1"]?.average == 81)
        #expect(state.scenarios["s1"]?.title == "Desk")
        state.left("anna", at: 30)
        #expect(state.orderedTrainees.map(\.handle) == ["bert", "anna"])
        // Logged in twice, connected while either session is open.
        state.joined("bert", at: 31)
        state.left("bert", at: 32)
        #expect(state.trainees["bert"]?.connected == true)
        state.left("bert", at: 33)
        #expect(state.trainees["bert"]?.connected == false)

        // A restarted server goes on with the class: its trainees (none connected), matrix and averages.
        state.joined("anna", at: 40)
        let next = ClassState(className: "5b", fingerprint: "SHA256:y", joinCommand: "ssh -p 22", serverPID: 7).continued(from: state)
        #expect(next.trainees.count == 2 && next.trainees.values.allSatisfy { !$0.connected && $0.sessions == 0 })
        #expect(next.confusion == state.confusion && next.scenarios == state.scenarios)
        #expect(next.fingerprint == "SHA256:y" && next.serverPID == 7)
        #expect(ClassState(className: "6a", fingerprint: "f", joinCommand: "j").continued(from: state).trainees.isEmpty)
    }
}
