import AllyClassLink
import AllyCore
import Testing

@Suite struct LiveLinkTests {
    private func bytes(_ line: String) -> [UInt8] { Array(line.utf8.dropLast()) }

    @Test func everyServerMessageRoundTrips() {
        let messages: [LiveServerMessage] = [
            .lobby(run: "r1", scenario: "s-1"),
            .question(run: "r1", scenario: "s-1", round: 0, path: [], answered: nil),
            .question(run: "r1", scenario: "s-1", round: 3,
                      path: [.identify(.allCases[0]), .strategy(.allCases[1]), .reply(2)], answered: .reply(1)),
            .question(run: "r1", scenario: "s-1", round: 0, path: [], answered: nil, closesIn: 17.25),
            .closed(run: "r1", round: 2), .reveal(run: "r1", round: 2),
            .ended(run: "r1", answered: 3, right: 2, asked: 4), .removed(run: "r1"),
        ]
        for message in messages {
            let line = ClassLink.encode(message)
            #expect(line.hasSuffix("\n"))
            #expect(ClassLink.decodeLive(bytes(line)) == message)
            // A trainer that predates live mode ignores the line rather than misreading it.
            #expect(ClassLink.decodeServer(bytes(line)) == nil)
        }
    }

    @Test func everyControlRoundTrips() {
        let controls: [LiveControl] = [
            .start(scenario: "s-1", seconds: 30, histogramLive: true), .start(scenario: "s-1", seconds: nil, histogramLive: false),
            .close, .reveal, .next(pick: nil), .next(pick: .reply(1)), .end, .remove(handle: "ann"),
        ]
        for control in controls {
            #expect(ClassLink.decodeControl(bytes(ClassLink.encode(control))) == control)
        }
    }

    @Test func answerRoundTripsAndIsChecked() {
        let line = ClassLink.encodeLiveAnswer(run: "r1", round: 2, decision: .concept(ConceptKind.allCases[0], "x1"))
        let decoded = ClassLink.decodeLiveAnswer(bytes(line))
        #expect(decoded?.run == "r1" && decoded?.round == 2 && decoded?.decision == .concept(ConceptKind.allCases[0], "x1"))
        for bad in [
            #"{"v":1,"t":"live.answer","run":"r1","round":2,"decision":"reply:999"}"#,
            #"{"v":1,"t":"live.answer","run":"r 1","round":2,"decision":"reply:1"}"#,
            #"{"v":1,"t":"live.answer","run":"r1","round":-1,"decision":"reply:1"}"#,
            #"{"v":1,"t":"live.answer","run":"r1","round":1,"decision":"identify:nobody"}"#,
            #"{"v":2,"t":"live.answer","run":"r1","round":1,"decision":"reply:1"}"#,
            #"{"v":1,"t":"live.answer","run":"r1","round":1,"decision":"quit"}"#,
        ] {
            #expect(ClassLink.decodeLiveAnswer(Array(bad.utf8)) == nil, "\(bad)")
        }
    }

    @Test func theTimeLeftTravelsInWholeMillisecondsAndIsBounded() {
        let line = ClassLink.encode(LiveServerMessage.question(run: "r1", scenario: "s", round: 0, path: [], answered: nil, closesIn: 2.0004))
        #expect(line.contains(#""closesIn":2001"#), "rounded up: never shows less time than is left")
        let never = #"{"v":1,"t":"live.question","run":"r1","scenario":"s","round":0,"path":[],"closesIn":-1}"#
        let tooLong = #"{"v":1,"t":"live.question","run":"r1","scenario":"s","round":0,"path":[],"closesIn":3600001}"#
        #expect(ClassLink.decodeLive(Array(never.utf8)) == nil && ClassLink.decodeLive(Array(tooLong.utf8)) == nil)
    }

    @Test func aQuestionWhosePathDoesNotMatchItsRoundIsDropped() {
        let bad = #"{"v":1,"t":"live.question","run":"r1","scenario":"s","round":2,"path":["reply:1"]}"#
        #expect(ClassLink.decodeLive(Array(bad.utf8)) == nil)
        let badToken = #"{"v":1,"t":"live.question","run":"r1","scenario":"s","round":1,"path":["reply:x"]}"#
        #expect(ClassLink.decodeLive(Array(badToken.utf8)) == nil)
        let lying = #"{"v":1,"t":"live.ended","run":"r1","answered":3,"right":4,"total":5}"#
        #expect(ClassLink.decodeLive(Array(lying.utf8)) == nil)
    }

    @Test func aControlWithABadHandleOrTimeIsDropped() {
        #expect(ClassLink.decodeControl(Array(#"{"v":1,"t":"control.remove","text":"a\u001b[2J"}"#.utf8)) == nil)
        #expect(ClassLink.decodeControl(Array(#"{"v":1,"t":"control.start","scenario":"s","total":0}"#.utf8)) == nil)
        #expect(ClassLink.decodeControl(Array(#"{"v":1,"t":"decision"}"#.utf8)) == nil)
    }
}
