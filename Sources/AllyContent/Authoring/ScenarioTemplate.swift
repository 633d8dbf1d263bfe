import AllyCore

/// Writes the commented skeleton of a new scenario, which checks clean as it is.
public enum ScenarioTemplate {
    /// A skeleton for a customer of `type` in `language`, with the id `id`.
    ///
    /// With `concept`, the second step also asks that concept question, with a placeholder answer.
    public static func skeleton(type: CustomerType, language: Language, id: String, asking concept: ConceptKind? = nil) -> String {
        let family = type.family
        // The concept question, with a placeholder answer the author replaces: the middle of the
        // set, since the first (reliability, initiator, ...) is what a library is likeliest to overuse.
        let conceptLines = concept.map { kind in
            let why = language.text("template.whyRight")
            return "\n    ask: [\(kind.rawValue)]          # \(kind.name(in: .en)): \(kind.answers.joined(separator: " | "))"
                + "\n    answers: {\(kind.rawValue): \(kind.answers[kind.answers.count / 2])}"
                + "\n    explain:\n      \(kind.rawValue): \"\(why)\""
        } ?? ""
        // An unrepaired −2 loses the customer; whether they say so follows their type.
        let lost: Outcome = type.complainsWhenDissatisfied ? .dissatisfiedComplaining : .dissatisfiedSilent
        let lostNarration = language.text(lost == .dissatisfiedSilent ? "template.leavesSilently" : "template.turnsBack")
        let lostWords = language.text(lost == .dissatisfiedSilent ? "template.neverMind" : "template.hearFromMe")
        return """
            # yaml-language-server: $schema=../scenario.schema.json
            # A new scenario. The customer is of type '\(type.rawValue)' (\(type.name(in: language))):
            #   \(type.reminder(in: .en)).
            # The strategy that makes them an ally: \(family.rawValue) — \(family.summary(in: .en)).
            # Replace every text below, keep the cues free of the type's name, and run:
            #   ally check <this file>     ally graph <this file>     ally preview <this file>
            # The format: Content/FORMAT.md.
            id: \(id)
            language: \(language.rawValue)
            # translation: <id of the same scenario in the other language>
            title: \(language.text("template.aCustomerAtThe"))
            setting: \(language.text("template.serviceDesk"))
            difficulty: 1
            summary: \(language.text("template.oneLineThatSets"))
            customer:
              name: \(language.text("template.msJansen"))
              type: \(type.rawValue)
              expectation: 3        # 1..5: what they expect of the service
              mood: 0               # -3..3 at the start
            start: arrive
            steps:
              arrive:
                phase: greet        # greet | needs | meet | check | door
                say: "\(language.text("template.whatTheCustomerSays"))"
                cues: [\(language.text("template.aVisibleCue"))]
                ask: [identify, strategy]
                choices:
                  - text: "\(language.text("template.theBestReplyIn"))"
                    quality: 2      # -2..2
                    servqual: [empathy]
                    mood: 1
                    feedback: "\(language.text("template.whyThisWorksFor"))"
                    next: needs
                  - text: "\(language.text("template.aPlausibleReplyThat"))"
                    quality: -1
                    mood: -1
                    feedback: "\(language.text("template.whyThisFallsShort"))"
                    next: needs
              needs:
                phase: needs
                say: "\(language.text("template.theCustomerExplainsWhat"))"\(conceptLines)
                choices:
                  - text: "\(language.text("template.findOutTheSpecific"))"
                    quality: 2
                    servqual: [responsiveness]
                    mood: 1
                    feedback: "\(language.text("template.whyThisWorks"))"
                    next: check
                  - text: "\(language.text("template.assumeYouKnowAlready"))"
                    quality: -2
                    mood: -2
                    feedback: "\(language.text("template.whyThisLosesThe"))"
                    next: lost
              check:
                phase: check
                say: "\(language.text("template.isThatEverythingThen"))"
                choices:
                  - text: "\(language.text("template.checkAndReCheck"))"
                    quality: 2
                    servqual: [reliability]
                    mood: 1
                    feedback: "\(language.text("template.whyThisDelights"))"
                    next: thanked
                  - text: "\(language.text("template.yesThatSEverything"))"
                    quality: 0
                    feedback: "\(language.text("template.correctButNothingMore"))"
                    next: thanked
            # One text per outcome a path can earn at each ending; the outcome is computed from the
            # replies against the customer's expectation, and `ally check` says which ones each needs.
            endings:
              thanked:
                delighted:
                  say: "\(language.text("template.thankYouThisWas"))"
              lost:
                \(lost.rawValue):
                  narration: "\(lostNarration)"
                  say: "\(lostWords)"

            """
    }
}
