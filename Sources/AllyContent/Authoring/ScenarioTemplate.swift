import AllyCore

/// Writes the commented skeleton of a new scenario, which checks clean as it is.
public enum ScenarioTemplate {
    /// A skeleton for a customer of `type` in `language`, with the id `id`.
    ///
    /// With `concept`, the second step also asks that concept question, with a placeholder answer.
    /// `schema` is the modeline's path to `scenario.schema.json`, from the folder the file is written to.
    public static func skeleton(
        type: CustomerType, language: Language, id: String, asking concept: ConceptKind? = nil,
        schema: String = "../scenario.schema.json"
    ) -> String {
        let nl = language == .nl
        let family = type.family
        // The concept question, with the first answer as a placeholder the author replaces.
        let conceptLines = concept.map { kind in
            let why = nl ? "Waarom dit het goede antwoord is, in de termen van de theorie." : "Why this is the right answer, in the notes' terms."
            return "\n    ask: [\(kind.rawValue)]          # \(kind.name(in: .en)): \(kind.answers.joined(separator: " | "))"
                + "\n    answers: {\(kind.rawValue): \(kind.answers[0])}"
                + "\n    explain:\n      \(kind.rawValue): \"\(why)\""
        } ?? ""
        func t(_ en: String, _ dutch: String) -> String { nl ? dutch : en }
        // An unrepaired −2 loses the customer; whether they say so follows their type.
        let lost: Outcome = type.complainsWhenDissatisfied ? .dissatisfiedComplaining : .dissatisfiedSilent
        let lostNarration = lost == .dissatisfiedSilent
            ? (en: "She leaves without a word.", nl: "Ze vertrekt zonder iets te zeggen.")
            : (en: "She turns back at the door.", nl: "Bij de deur draait ze zich om.")
        let lostWords = lost == .dissatisfiedSilent
            ? (en: "Never mind.", nl: "Laat maar.")
            : (en: "You will hear from me about this.", nl: "Hier hoort u nog van.")
        return """
            # yaml-language-server: $schema=\(schema)
            # A new scenario. The customer is of type '\(type.rawValue)' (\(type.name(in: language))):
            #   \(type.reminder(in: .en)).
            # The strategy that makes them an ally: \(family.rawValue) — \(family.summary(in: .en)).
            # Replace every text below, keep the cues free of the type's name, and run:
            #   ally check <this file>     ally graph <this file>     ally preview <this file>
            # The format: Content/FORMAT.md.
            id: \(id)
            language: \(language.rawValue)
            # translation: <id of the same scenario in the other language>
            title: \(t("A customer at the desk", "Een klant aan de balie"))
            setting: \(t("Service desk", "Servicebalie"))
            difficulty: 1
            summary: \(t("One line that sets the scene.", "Eén zin die de situatie schetst."))
            customer:
              name: \(t("Ms Jansen", "Mevrouw Jansen"))
              type: \(type.rawValue)
              expectation: 3        # 1..5: what they expect of the service
              mood: 0               # -3..3 at the start
            start: arrive
            steps:
              arrive:
                phase: greet        # greet | needs | meet | check | door
                say: "\(t("What the customer says first.", "Wat de klant als eerste zegt."))"
                cues: [\(t("a visible cue", "een zichtbaar signaal"))]
                ask: [identify, strategy]
                choices:
                  - text: "\(t("The best reply, in the right strategy.", "Het beste antwoord, met de juiste strategie."))"
                    quality: 2      # -2..2
                    servqual: [empathy]
                    mood: 1
                    feedback: "\(t("Why this works for this customer.", "Waarom dit werkt bij deze klant."))"
                    next: needs
                  - text: "\(t("A plausible reply that falls short.", "Een geloofwaardig maar zwakker antwoord."))"
                    quality: -1
                    mood: -1
                    feedback: "\(t("Why this falls short.", "Waarom dit tekortschiet."))"
                    next: needs
              needs:
                phase: needs
                say: "\(t("The customer explains what they need.", "De klant legt uit wat hij nodig heeft."))"\(conceptLines)
                choices:
                  - text: "\(t("Find out the specific need.", "Vraag door naar de precieze behoefte."))"
                    quality: 2
                    servqual: [responsiveness]
                    mood: 1
                    feedback: "\(t("Why this works.", "Waarom dit werkt."))"
                    next: check
                  - text: "\(t("Assume you know already.", "Ga ervan uit dat u het al weet."))"
                    quality: -2
                    mood: -2
                    feedback: "\(t("Why this loses the customer.", "Waarom dit de klant kost."))"
                    next: lost
              check:
                phase: check
                say: "\(t("Is that everything, then?", "Is dat dan alles?"))"
                choices:
                  - text: "\(t("Check and re-check, and leave the door open.", "Controleer nog eens en laat de deur open."))"
                    quality: 2
                    servqual: [reliability]
                    mood: 1
                    feedback: "\(t("Why this delights.", "Waarom dit verrukt."))"
                    next: thanked
                  - text: "\(t("Yes, that's everything, thank you.", "Ja, dat was het wel, dank u wel hoor."))"
                    quality: 0
                    feedback: "\(t("Correct, but nothing more.", "Correct, maar niet meer dan dat."))"
                    next: thanked
            # One text per outcome a path can earn at each ending; the outcome is computed from the
            # replies against the customer's expectation, and `ally check` says which ones each needs.
            endings:
              thanked:
                delighted:
                  say: "\(t("Thank you, this was more than I expected!", "Dank u, dit is meer dan ik verwachtte!"))"
              lost:
                \(lost.rawValue):
                  narration: "\(t(lostNarration.en, lostNarration.nl))"
                  say: "\(t(lostWords.en, lostWords.nl))"

            """
    }
}
