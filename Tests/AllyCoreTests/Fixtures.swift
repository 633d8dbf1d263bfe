import AllyCore

/// A small hostage scenario with a timed step, a type change and all four outcomes.
let garage = Scenario(
    id: "garage-en", language: .en, title: "Back at the garage", setting: "Workshop",
    customer: Customer(name: "Mr de Vries", type: .hostage, expectation: 3, mood: -1),
    start: "arrive",
    steps: [
        Step(
            id: "arrive", phase: .greet, say: "Third time this month.", cues: ["bound by warranty"],
            asks: [.identify, .strategy],
            choices: [
                Choice(text: "Walk through it with the foreman?", quality: 2, servqual: [.empathy, .assurance],
                       mood: 1, feedback: "Involve him.", next: "explain"),
                Choice(text: "Take a number.", quality: -1, mood: -1, feedback: "Cold.", next: "explain"),
                Choice(text: "Go elsewhere if you like.", quality: -2, mood: -2, feedback: "Worst.",
                       next: "escalation", becomes: .terrorist),
            ],
            timeLimit: TimeLimit(seconds: 30, next: "escalation", quality: -2, mood: -1, feedback: "He waited.")),
        Step(
            id: "explain", phase: .needs, say: "So what is wrong with it this time?",
            choices: [
                Choice(text: "Here is the report.", quality: 2, servqual: [.reliability], mood: 1, feedback: "Good.", next: "check"),
                Choice(text: "No idea.", quality: -2, mood: -1, feedback: "Bad.", next: "check"),
            ]),
        Step(
            id: "check", phase: .check, say: "And if it breaks again?",
            choices: [
                Choice(text: "Call me directly.", quality: 2, servqual: [.responsiveness], mood: 1, feedback: "Good.", next: "won"),
                Choice(text: "Then come back.", quality: 0, feedback: "Meh.", next: "fine"),
                Choice(text: "Not my problem.", quality: -2, mood: -2, feedback: "Bad.", next: "silent"),
            ]),
        Step(
            id: "escalation", phase: .meet, say: "I am telling everyone!", asks: [.identify],
            choices: [
                Choice(text: "Let us sit down.", quality: 1, feedback: "Better.", next: "complains"),
                Choice(text: "Leave.", quality: -2, feedback: "Lost.", next: "silent"),
            ]),
    ],
    endings: [
        Ending(id: "won", say: "Thanks.", outcome: .delighted),
        Ending(id: "fine", say: "Fine.", outcome: .satisfied),
        Ending(id: "complains", say: "I will write to the manager.", outcome: .dissatisfiedComplaining),
        Ending(id: "silent", say: "...", outcome: .dissatisfiedSilent),
    ])

/// Plays `decisions` (no timing) through `scenario`.
func play(_ decisions: [Decision], _ scenario: Scenario = garage) throws -> PlayState {
    try Engine.replay(scenario, decisions.map { TimedDecision($0, seconds: 2) })
}
