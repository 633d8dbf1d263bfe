import AllyCore

/// A small built-in library for screenshots and tests: the same scenario in English and
/// Dutch, and a course. It is fixed so that screenshots change only when the code does.
public enum SampleContent {
    /// The sample library.
    public static let library = TrainingLibrary(
        scenarios: [garageEnglish, garageDutch, libraryEnglish],
        courses: [Course(id: "sample-course", language: .en, title: "Customer types 101",
                         description: "Two customers who need different handling.",
                         scenarios: ["garage-warranty-en", "library-card-en"])])

    /// A hostage at the car dealer's, with a timed first step and a possible type change.
    public static let garageEnglish = Scenario(
        id: "garage-warranty-en", language: .en, translation: "garage-warranty-nl",
        title: "Back at the garage again", setting: "Car dealer's workshop", difficulty: 2,
        summary: "A customer bound by his warranty returns for the third time this month.",
        tags: ["complaint-handling"],
        customer: Customer(name: "Mr de Vries", type: .hostage, expectation: 3, mood: -1),
        start: "arrive",
        steps: [
            Step(
                id: "arrive", phase: .greet,
                narration: "He drops the keys on the counter before anyone can greet him.",
                say: "Third time this month. The warranty says I have to come here, so here I am. Again.",
                cues: ["bound by contract", "irritated", "keys already on the counter"],
                asks: [.identify, .strategy],
                choices: [
                    Choice(text: "I'm sorry to see you back. Would you walk through the repair with our foreman?",
                           quality: 2, servqual: [.empathy, .assurance], mood: 1,
                           feedback: "A hostage cannot leave; involving him personally turns his energy into help.",
                           next: "explain"),
                    Choice(text: "Please take a number and wait to be called.", quality: -1, mood: -1,
                           feedback: "Procedure first tells a locked-in customer he does not matter.", next: "explain"),
                    Choice(text: "If you are not happy, you are free to go elsewhere.", quality: -2, mood: -2,
                           feedback: "He cannot go elsewhere: parting ways here turns a hostage into a terrorist.",
                           next: "escalation", becomes: .terrorist),
                ],
                timeLimit: TimeLimit(seconds: 45, next: "escalation", quality: -2, mood: -1, becomes: .intolerant,
                                     feedback: "He waited in silence at the counter, and you let him.")),
            Step(
                id: "explain", phase: .needs, say: "So what is wrong with it this time? Nobody ever tells me anything.",
                cues: ["arms crossed"],
                choices: [
                    Choice(text: "Here is the report: the same sensor failed. The foreman will show you the part.",
                           quality: 2, servqual: [.reliability, .tangibles], mood: 1,
                           feedback: "Showing the facts builds trust.", next: "check"),
                    Choice(text: "I don't know, I just work at the desk.", quality: -2, mood: -1,
                           feedback: "A knowledge gap, handed to the customer.", next: "check"),
                ]),
            Step(
                id: "check", phase: .door, say: "And if it breaks again?",
                choices: [
                    Choice(text: "Call me directly — here is my number. I will make sure it is fixed right.",
                           quality: 2, servqual: [.responsiveness, .assurance], mood: 1,
                           feedback: "Leaving the door open.", next: "won-over"),
                    Choice(text: "Then you come back, like this time.", quality: 0,
                           feedback: "True, but it leaves him on his own.", next: "fine"),
                    Choice(text: "That is not my problem.", quality: -2, mood: -2,
                           feedback: "He will not complain again; he will just tell everyone.", next: "silent"),
                ]),
            Step(
                id: "escalation", phase: .meet, say: "I will tell everyone in this waiting room what this garage is like!",
                cues: ["loud", "other customers look up"],
                asks: [.identify],
                choices: [
                    Choice(text: "You are right to be angry. Let us sit down with the foreman now.", quality: 1,
                           servqual: [.empathy, .responsiveness], mood: 1,
                           feedback: "Late, but it gives him a way back.", next: "complains"),
                    Choice(text: "Sir, please lower your voice or leave.", quality: -2, mood: -2,
                           feedback: "Lost, and loudly.", next: "silent"),
                ]),
        ],
        endings: [
            Ending(id: "won-over", say: "Fine. Call me when it's done — and thank the foreman.", outcome: .delighted),
            Ending(id: "fine", texts: [
                .delighted: EndingText(say: "Right. At least this time I know what was done. Thank you."),
                .dissatisfiedComplaining: EndingText(say: "Right. See you next month, probably — and so will the manager."),
            ]),
            Ending(id: "complains", say: "I am still writing to the manager.", outcome: .dissatisfiedComplaining),
            Ending(id: "silent", texts: [
                .dissatisfiedComplaining: EndingText(
                    narration: "He takes his keys from the counter without another word to you.",
                    say: "Everyone I know will hear what this garage is like."),
            ]),
        ])

    /// The Dutch version of the garage scenario (the same steps, so the storyboard plays both).
    public static let garageDutch = Scenario(
        id: "garage-warranty-nl", language: .nl, translation: "garage-warranty-en",
        title: "Weer naar de garage", setting: "Werkplaats van een autodealer", difficulty: 2,
        summary: "Een klant die aan zijn garantie vastzit, komt voor de derde keer deze maand terug.",
        tags: ["klachtbehandeling"],
        customer: Customer(name: "Dhr. de Vries", type: .hostage, expectation: 3, mood: -1),
        start: "aankomst",
        steps: [
            Step(
                id: "aankomst", phase: .greet,
                narration: "Hij legt de sleutels op de balie voordat iemand hem kan begroeten.",
                say: "Derde keer deze maand. Volgens de garantie moet ik hier komen, dus hier ben ik. Alweer.",
                cues: ["contractueel gebonden", "geïrriteerd", "sleutels al op de balie"],
                asks: [.identify, .strategy],
                choices: [
                    Choice(text: "Vervelend dat u terug moet komen. Loopt u met onze chef werkplaats de reparatie door?",
                           quality: 2, servqual: [.empathy, .assurance], mood: 1,
                           feedback: "Een gijzelaar kan niet weg; hem persoonlijk betrekken maakt van zijn energie hulp.",
                           next: "uitleg"),
                    Choice(text: "Wilt u een nummertje trekken en wachten tot u wordt opgeroepen?", quality: -1, mood: -1,
                           feedback: "Eerst de procedure zegt een klant die vastzit dat hij er niet toe doet.", next: "uitleg"),
                    Choice(text: "Als het u niet bevalt, mag u ergens anders heen.", quality: -2, mood: -2,
                           feedback: "Hij kán niet weg: zo wordt een gijzelaar een terrorist.",
                           next: "escalatie", becomes: .terrorist),
                ],
                timeLimit: TimeLimit(seconds: 45, next: "escalatie", quality: -2, mood: -1, becomes: .intolerant,
                                     feedback: "Hij wachtte zwijgend aan de balie, en u liet hem wachten.")),
            Step(
                id: "uitleg", phase: .needs, say: "Wat is er nu weer mis mee? Niemand vertelt me ooit iets.",
                cues: ["armen over elkaar"],
                choices: [
                    Choice(text: "Hier is het rapport: dezelfde sensor is stuk. De chef laat u het onderdeel zien.",
                           quality: 2, servqual: [.reliability, .tangibles], mood: 1,
                           feedback: "De feiten laten zien bouwt vertrouwen op.", next: "controle"),
                    Choice(text: "Geen idee, ik sta alleen aan de balie.", quality: -2, mood: -1,
                           feedback: "Een kennisgat, doorgeschoven naar de klant.", next: "controle"),
                ]),
            Step(
                id: "controle", phase: .door, say: "En als het weer kapotgaat?",
                choices: [
                    Choice(text: "Belt u mij dan direct — hier is mijn nummer. Ik zorg dat het goed wordt opgelost.",
                           quality: 2, servqual: [.responsiveness, .assurance], mood: 1,
                           feedback: "De deur openlaten.", next: "gewonnen"),
                    Choice(text: "Dan komt u terug, net als nu.", quality: 0,
                           feedback: "Klopt, maar hij staat er alleen voor.", next: "prima"),
                    Choice(text: "Dat is mijn probleem niet.", quality: -2, mood: -2,
                           feedback: "Hij klaagt niet meer; hij vertelt het gewoon iedereen.", next: "stil"),
                ]),
            Step(
                id: "escalatie", phase: .meet, say: "Ik vertel iedereen in deze wachtruimte hoe deze garage werkt!",
                cues: ["luid", "andere klanten kijken op"],
                asks: [.identify],
                choices: [
                    Choice(text: "U hebt alle reden om boos te zijn. Laten we nu met de chef gaan zitten.", quality: 1,
                           servqual: [.empathy, .responsiveness], mood: 1,
                           feedback: "Laat, maar het geeft hem een weg terug.", next: "klaagt"),
                    Choice(text: "Meneer, wilt u zachter praten of vertrekken?", quality: -2, mood: -2,
                           feedback: "Verloren, en luid.", next: "stil"),
                ]),
        ],
        endings: [
            Ending(id: "gewonnen", say: "Goed. Belt u mij als het klaar is — en bedank de chef.", outcome: .delighted),
            Ending(id: "prima", texts: [
                .delighted: EndingText(say: "Nou ja. Deze keer weet ik tenminste wat er gedaan is. Bedankt."),
                .dissatisfiedComplaining: EndingText(say: "Nou ja. Tot volgende maand, waarschijnlijk — en de directeur hoort ervan."),
            ]),
            Ending(id: "klaagt", say: "Ik schrijf toch een brief aan de directeur.", outcome: .dissatisfiedComplaining),
            Ending(id: "stil", texts: [
                .dissatisfiedComplaining: EndingText(
                    narration: "Hij pakt zijn sleutels van de balie, zonder nog een woord tegen u.",
                    say: "Iedereen die ik ken, gaat horen hoe het er in deze garage aan toegaat."),
            ]),
        ])

    /// A tolerant customer at a library desk.
    public static let libraryEnglish = Scenario(
        id: "library-card-en", language: .en, title: "The quiet reader", setting: "Public library", difficulty: 1,
        summary: "Someone has been waiting by the desk for a while.",
        customer: Customer(name: "Ms Okafor", type: .tolerant, expectation: 3, mood: 0),
        start: "wait",
        steps: [
            Step(
                id: "wait", phase: .greet, say: "Oh, no hurry. I can wait. I only wanted to ask about my card.",
                cues: ["has been standing there a while", "smiles politely"],
                asks: [.identify, .strategy],
                choices: [
                    Choice(text: "I'm sorry you had to wait. Let me explain how the new cards work.", quality: 2,
                           servqual: [.empathy, .responsiveness], mood: 1, feedback: "Seen, informed, involved.", next: "glad"),
                    Choice(text: "Take a leaflet; it is all in there.", quality: -1,
                           feedback: "A tolerant customer ignored is lost silently.", next: "gone"),
                ]),
        ],
        endings: [
            Ending(id: "glad", say: "Thank you, that is very clear.", outcome: .delighted),
            Ending(id: "gone", say: "…", outcome: .dissatisfiedSilent),
        ])
}
