import AllyContent
import AllyCore
import Foundation

/// Small, valid content used across the tests.
enum Fixtures {
    /// A complete English scenario with a translation link to `garage-warranty-nl`.
    static let scenarioEN = """
    # A valid scenario, close to the example in FORMAT.md.
    id: garage-warranty-en
    language: en
    translation: garage-warranty-nl
    title: Back at the garage again
    setting: Car dealer's workshop
    difficulty: 2
    summary: A customer returns for the third time with the same fault.
    tags: [complaint-handling]
    customer:
      name: Mr de Vries
      type: hostage
      expectation: 3
      mood: -1
    start: arrive
    steps:
      arrive:
        phase: greet
        say: "Third time this month. The warranty says I have to come here, so here I am."
        cues: [keys already on the counter, irritated]
        ask: [identify, strategy]
        choices:
          - text: "Sorry to see you back. Will you walk through it with our foreman?"
            quality: 2
            servqual: [empathy, assurance]
            mood: 1
            feedback: "Involving him personally turns his energy into help."
            next: explain
          - text: "If you are not happy, you are free to go elsewhere."
            quality: -2
            mood: -2
            becomes: terrorist
            feedback: "Parting ways with a customer who could still become an ally turns him into a terrorist."
            next: escalation
        after:
          seconds: 30
          next: escalation
          quality: -1
          feedback: "He waited in silence and you let him."
      explain:
        phase: needs
        say: "Fine. What went wrong this time?"
        choices:
          - text: "Let me show you the report, step by step."
            quality: 2
            servqual: [reliability, tangibles]
            next: won-over
    endings:
      won-over:
        delighted:
          say: "Fine. Call me when it's done."
      escalation:
        dissatisfied-complaining:
          say: "I'll write to the head office."

    """

    /// The Dutch translation, a minimal scenario linking back.
    static let scenarioNL = """
    id: garage-warranty-nl
    language: nl
    translation: garage-warranty-en
    title: Weer naar de garage
    setting: Werkplaats van een autodealer
    customer: { name: Dhr. de Vries, type: hostage }
    start: arrive
    steps:
      arrive:
        phase: greet
        say: "Derde keer deze maand."
        choices:
          - { text: "Loopt u even mee met de chef?", quality: 2, next: won-over }
    endings:
      won-over: { delighted: { say: "Goed dan." } }

    """

    /// A course over both scenarios.
    static let course = """
    id: customer-types-101
    language: en
    title: Customer types 101
    description: One customer of each type.
    scenarios: [garage-warranty-en, garage-warranty-nl]

    """

    /// Scoring weights that differ from the defaults.
    static let scoring = """
    weights: { identification: 40, strategy: 20, conversation: 25.5, outcome: 15 }

    """

    /// Loads one scenario text; the library holds it or its diagnostics.
    static func load(_ text: String, name: String = "test.yaml") -> ContentLibrary {
        ContentLoader.load(texts: [(name, text)])
    }
}
