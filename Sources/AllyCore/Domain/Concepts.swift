/// The notes' frameworks beyond the customer types, each decided in play as a question with a closed
/// set of answers: who in the decision-making unit this person is, which service gap caused what the
/// trainee sees, how the organisation should handle the complaint, what (or whose satisfaction) to
/// measure, which characteristic of service a reply serves, what to put right first (Kamin's basics
/// before specifics) and what dividing customers into segments tells the organisation.
public enum ConceptKind: String, CaseIterable, Sendable, Codable, Hashable {
    case role, gap, handling, measure, dimension, basics, segment

    /// The answers, by their ids in the scenario format, in the order the trainee sees them.
    public var answers: [String] {
        switch self {
        case .role: DecisionRole.allCases.map(\.rawValue)
        case .gap: ServiceGap.allCases.map(\.rawValue)
        case .handling: ComplaintHandling.allCases.map(\.rawValue)
        case .measure: MeasureTarget.allCases.map(\.rawValue)
        case .dimension: ServqualDimension.allCases.map(\.rawValue)
        case .basics: KaminConcern.allCases.map(\.rawValue)
        case .segment: SegmentBenefit.allCases.map(\.rawValue)
        }
    }

    /// The name of answer `id` in `language` (the id itself if it is not one of this kind's answers).
    public func name(of id: String, in language: Language) -> String {
        switch self {
        case .role: DecisionRole(rawValue: id)?.name(in: language) ?? id
        case .gap: ServiceGap(rawValue: id)?.name(in: language) ?? id
        case .handling: ComplaintHandling(rawValue: id)?.name(in: language) ?? id
        case .measure: MeasureTarget(rawValue: id)?.name(in: language) ?? id
        case .dimension: ServqualDimension(rawValue: id)?.name(in: language) ?? id
        case .basics: KaminConcern(rawValue: id)?.name(in: language) ?? id
        case .segment: SegmentBenefit(rawValue: id)?.name(in: language) ?? id
        }
    }

    /// A one-line reminder of what answer `id` means, shown beside it as the types' reminders are.
    public func reminder(of id: String, in language: Language) -> String {
        switch self {
        case .role: DecisionRole(rawValue: id)?.reminder(in: language) ?? ""
        case .gap: ServiceGap(rawValue: id)?.reminder(in: language) ?? ""
        case .handling: ComplaintHandling(rawValue: id)?.reminder(in: language) ?? ""
        case .measure: MeasureTarget(rawValue: id)?.reminder(in: language) ?? ""
        case .dimension: ServqualDimension(rawValue: id)?.reminder(in: language) ?? ""
        case .basics: KaminConcern(rawValue: id)?.reminder(in: language) ?? ""
        case .segment: SegmentBenefit(rawValue: id)?.reminder(in: language) ?? ""
        }
    }

    /// The question the trainee is asked, in `language`.
    public func question(in language: Language) -> String {
        switch (self, language) {
        case (.role, .en): "Which role does this person play in the decision to buy?"
        case (.role, .nl): "Welke rol speelt deze persoon in de koopbeslissing?"
        case (.gap, .en): "Which service gap caused what you see here?"
        case (.gap, .nl): "Welke servicekloof veroorzaakte wat je hier ziet?"
        case (.handling, .en): "How should the organisation handle this complaint?"
        case (.handling, .nl): "Hoe moet de organisatie deze klacht afhandelen?"
        case (.measure, .en): "What should be measured here, or whose satisfaction?"
        case (.measure, .nl): "Wat moet hier gemeten worden, of wiens tevredenheid?"
        case (.dimension, .en): "Which characteristic of service does the best reply here serve?"
        case (.dimension, .nl): "Welk kenmerk van service dient het beste antwoord hier?"
        case (.basics, .en): "What has to be put right first here?"
        case (.basics, .nl): "Wat moet hier als eerste op orde komen?"
        case (.segment, .en): "What does dividing its customers into groups tell the organisation here?"
        case (.segment, .nl): "Wat leert het indelen van de klanten in groepen de organisatie hier?"
        }
    }

    /// The kind's name in `language`, for the debrief and feedback.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.role, .en): "role in the decision-making unit"
        case (.role, .nl): "rol in de beslissingseenheid"
        case (.gap, .en): "service gap"
        case (.gap, .nl): "servicekloof"
        case (.handling, .en): "complaint handling"
        case (.handling, .nl): "klachtafhandeling"
        case (.measure, .en): "what to measure"
        case (.measure, .nl): "wat te meten"
        case (.dimension, .en): "service characteristic"
        case (.dimension, .nl): "kenmerk van service"
        case (.basics, .en): "basics first"
        case (.basics, .nl): "eerst de basis"
        case (.segment, .en): "benefit of segmenting"
        case (.segment, .nl): "voordeel van segmenteren"
        }
    }
}

/// The roles in a decision-making unit: who is really the customer.
public enum DecisionRole: String, CaseIterable, Sendable, Codable, Hashable {
    case initiator, user, influencer, gatekeeper, decider, approver, buyer, purchaser

    /// The role's name in `language`.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.initiator, .en): "initiator"
        case (.initiator, .nl): "initiatiefnemer"
        case (.user, .en): "user"
        case (.user, .nl): "gebruiker"
        case (.influencer, .en): "influencer"
        case (.influencer, .nl): "beïnvloeder"
        case (.gatekeeper, .en): "gatekeeper"
        case (.gatekeeper, .nl): "poortwachter"
        case (.decider, .en): "decider"
        case (.decider, .nl): "beslisser"
        case (.approver, .en): "approver"
        case (.approver, .nl): "goedkeurder"
        case (.buyer, .en): "buyer"
        case (.buyer, .nl): "koper"
        case (.purchaser, .en): "purchaser"
        case (.purchaser, .nl): "inkoper"
        }
    }

    /// What the role does, in one line.
    public func reminder(in language: Language) -> String {
        switch (self, language) {
        case (.initiator, .en): "sees the need first and sets things going"
        case (.initiator, .nl): "ziet de behoefte als eerste en zet het in gang"
        case (.user, .en): "will use the service day to day"
        case (.user, .nl): "gaat de dienst dagelijks gebruiken"
        case (.influencer, .en): "advises; their opinion weighs with the others"
        case (.influencer, .nl): "adviseert; zijn mening weegt mee bij de anderen"
        case (.gatekeeper, .en): "controls who and what gets through to the others"
        case (.gatekeeper, .nl): "bepaalt wie en wat de anderen bereikt"
        case (.decider, .en): "makes the final choice"
        case (.decider, .nl): "neemt de uiteindelijke beslissing"
        case (.approver, .en): "signs off on what others propose"
        case (.approver, .nl): "zet een handtekening onder wat anderen voorstellen"
        case (.buyer, .en): "selects the supplier and negotiates the terms"
        case (.buyer, .nl): "kiest de leverancier en onderhandelt over de voorwaarden"
        case (.purchaser, .en): "places the order and handles the payment"
        case (.purchaser, .nl): "plaatst de bestelling en regelt de betaling"
        }
    }
}

/// The gaps of the service-gap model, in the order a service passes them.
public enum ServiceGap: String, CaseIterable, Sendable, Codable, Hashable {
    case knowledge, standards, delivery, positioning

    /// The gap's name in `language`.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.knowledge, .en): "knowledge gap"
        case (.knowledge, .nl): "kenniskloof"
        case (.standards, .en): "standards gap"
        case (.standards, .nl): "standaardenkloof"
        case (.delivery, .en): "delivery gap"
        case (.delivery, .nl): "leveringskloof"
        case (.positioning, .en): "positioning gap"
        case (.positioning, .nl): "positioneringskloof"
        }
    }

    /// Where the service goes wrong, in one line.
    public func reminder(in language: Language) -> String {
        switch (self, language) {
        case (.knowledge, .en): "management does not know what customers expect"
        case (.knowledge, .nl): "het management weet niet wat klanten verwachten"
        case (.standards, .en): "what management wants becomes other specifications"
        case (.standards, .nl): "wat het management wil, wordt andere specificaties"
        case (.delivery, .en): "the specifications exist, but staff do otherwise"
        case (.delivery, .nl): "de specificaties bestaan, maar medewerkers doen iets anders"
        case (.positioning, .en): "what is promised differs from what staff deliver"
        case (.positioning, .nl): "wat beloofd wordt, verschilt van wat medewerkers doen"
        }
    }
}

/// How an organisation can take in and settle a complaint.
public enum ComplaintHandling: String, CaseIterable, Sendable, Codable, Hashable {
    case empowerment, routing, central, decentral

    /// The way's name in `language`.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.empowerment, .en): "empowerment"
        case (.empowerment, .nl): "empowerment"
        case (.routing, .en): "routing and priority"
        case (.routing, .nl): "routing en prioriteit"
        case (.central, .en): "central handling"
        case (.central, .nl): "centrale afhandeling"
        case (.decentral, .en): "decentral handling"
        case (.decentral, .nl): "decentrale afhandeling"
        }
    }

    /// What it means, in one line.
    public func reminder(in language: Language) -> String {
        switch (self, language) {
        case (.empowerment, .en): "the employee who hears it may settle it on the spot"
        case (.empowerment, .nl): "de medewerker die hem hoort, mag hem ter plekke oplossen"
        case (.routing, .en): "send it straight to whoever is responsible, with priority"
        case (.routing, .nl): "direct naar wie erover gaat, met voorrang"
        case (.central, .en): "head office handles it by the standard procedure"
        case (.central, .nl): "het hoofdkantoor handelt hem af volgens de standaardprocedure"
        case (.decentral, .en): "the branch handles it itself, without a standard procedure"
        case (.decentral, .nl): "de vestiging handelt hem zelf af, zonder standaardprocedure"
        }
    }
}

/// What to measure of customer satisfaction, and whose.
public enum MeasureTarget: String, CaseIterable, Sendable, Codable, Hashable {
    case overallSatisfaction = "overall-satisfaction", loyalty, referrals, bigCustomers = "big-customers", outspoken

    /// The target's name in `language`.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.overallSatisfaction, .en): "overall satisfaction"
        case (.overallSatisfaction, .nl): "algemene tevredenheid"
        case (.loyalty, .en): "loyalty"
        case (.loyalty, .nl): "loyaliteit"
        case (.referrals, .en): "referrals"
        case (.referrals, .nl): "aanbevelingen"
        case (.bigCustomers, .en): "the big customers"
        case (.bigCustomers, .nl): "de grote klanten"
        case (.outspoken, .en): "the outspoken customers"
        case (.outspoken, .nl): "de uitgesproken klanten"
        }
    }

    /// What it tells, in one line.
    public func reminder(in language: Language) -> String {
        switch (self, language) {
        case (.overallSatisfaction, .en): "how content the customer is with the service as a whole"
        case (.overallSatisfaction, .nl): "hoe tevreden de klant is over de dienst als geheel"
        case (.loyalty, .en): "whether the customer stays and buys again"
        case (.loyalty, .nl): "of de klant blijft en opnieuw koopt"
        case (.referrals, .en): "whether the customer brings in others"
        case (.referrals, .nl): "of de klant anderen aanbrengt"
        case (.bigCustomers, .en): "whose: those who buy the most"
        case (.bigCustomers, .nl): "wie: wie het meest afneemt"
        case (.outspoken, .en): "whose: the delighted and the dissatisfied"
        case (.outspoken, .nl): "wie: de verrukte en de ontevreden klanten"
        }
    }
}

extension ServqualDimension {
    /// What the dimension asks of a reply, in one line.
    public func reminder(in language: Language) -> String {
        switch (self, language) {
        case (.reliability, .en): "doing what was promised, right the first time"
        case (.reliability, .nl): "doen wat beloofd is, in één keer goed"
        case (.responsiveness, .en): "willing and quick to help"
        case (.responsiveness, .nl): "bereid en snel om te helpen"
        case (.assurance, .en): "knowledge and courtesy that inspire trust"
        case (.assurance, .nl): "kennis en hoffelijkheid die vertrouwen geven"
        case (.empathy, .en): "individual attention, care for this customer"
        case (.empathy, .nl): "persoonlijke aandacht voor deze klant"
        case (.tangibles, .en): "what can be seen: place, equipment, material"
        case (.tangibles, .nl): "wat zichtbaar is: plek, middelen, materiaal"
        }
    }
}

/// What a customer judges, in Kamin's order: the basics are seen first (the surroundings, whether
/// help is at hand) and colour the rest; only once they are in order do the specifics count.
public enum KaminConcern: String, CaseIterable, Sendable, Codable, Hashable {
    case surroundings, availability, reliability, price, friendliness, aftercare

    /// Whether this is one of the basics, which come before every specific.
    public var isBasic: Bool { self == .surroundings || self == .availability }

    /// The concern's name in `language`.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.surroundings, .en): "the surroundings"
        case (.surroundings, .nl): "de omgeving"
        case (.availability, .en): "help at hand"
        case (.availability, .nl): "beschikbare hulp"
        case (.reliability, .en): "reliable staff"
        case (.reliability, .nl): "betrouwbaar personeel"
        case (.price, .en): "the price"
        case (.price, .nl): "de prijs"
        case (.friendliness, .en): "friendliness"
        case (.friendliness, .nl): "vriendelijkheid"
        case (.aftercare, .en): "service after the sale"
        case (.aftercare, .nl): "service na de aankoop"
        }
    }

    /// What it covers, in one line: the two basics say so, as the notes put them first.
    public func reminder(in language: Language) -> String {
        switch (self, language) {
        case (.surroundings, .en): "basic: the place as the customer first sees it"
        case (.surroundings, .nl): "basis: de plek zoals de klant die als eerste ziet"
        case (.availability, .en): "basic: whether someone is there to help"
        case (.availability, .nl): "basis: of er iemand is om te helpen"
        case (.reliability, .en): "specific: staff do what they say"
        case (.reliability, .nl): "specifiek: het personeel doet wat het zegt"
        case (.price, .en): "specific: what the customer pays for what he gets"
        case (.price, .nl): "specifiek: wat hij betaalt voor wat hij krijgt"
        case (.friendliness, .en): "specific: how staff treat the customer"
        case (.friendliness, .nl): "specifiek: hoe het personeel de klant bejegent"
        case (.aftercare, .en): "specific: upkeep and help after the sale"
        case (.aftercare, .nl): "specifiek: onderhoud en hulp na de koop"
        }
    }
}

/// What a service organisation learns by dividing its customers into segments (the notes' list).
public enum SegmentBenefit: String, CaseIterable, Sendable, Codable, Hashable {
    case who, expectations, process, approach, participation, reactions

    /// The benefit's name in `language`.
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.who, .en): "who the customers are"
        case (.who, .nl): "wie de klanten zijn"
        case (.expectations, .en): "what they expect"
        case (.expectations, .nl): "wat ze verwachten"
        case (.process, .en): "how to fit the process"
        case (.process, .nl): "hoe het proces aan te passen"
        case (.approach, .en): "how to approach them"
        case (.approach, .nl): "hoe ze te benaderen"
        case (.participation, .en): "how much they take part"
        case (.participation, .nl): "hoeveel ze zelf meedoen"
        case (.reactions, .en): "how they react"
        case (.reactions, .nl): "hoe ze reageren"
        }
    }

    /// What it means, in one line.
    public func reminder(in language: Language) -> String {
        switch (self, language) {
        case (.who, .en): "which groups really use the service"
        case (.who, .nl): "welke groepen de dienst echt gebruiken"
        case (.expectations, .en): "what service each group counts on receiving"
        case (.expectations, .nl): "welke service elke groep denkt te krijgen"
        case (.process, .en): "how to shape the service process to each group's wishes"
        case (.process, .nl): "hoe het serviceproces past bij de wensen van elke groep"
        case (.approach, .en): "how and through which channel to address each group"
        case (.approach, .nl): "hoe en via welk kanaal je elke groep aanspreekt"
        case (.participation, .en): "how much of the work each group does itself"
        case (.participation, .nl): "hoeveel van het werk elke groep zelf doet"
        case (.reactions, .en): "how each group responds, so you can act before it does"
        case (.reactions, .nl): "hoe elke groep reageert, zodat je erop voorloopt"
        }
    }
}
