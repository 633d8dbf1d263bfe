/// The nine customer types of the study notes, by how they react to service.
public enum CustomerType: String, CaseIterable, Sendable, Codable, Hashable {
    case ally, tolerant, patient, incompetent, victim, hostage, intolerant, anarchist, terrorist

    /// The type's name in `language` ("hostage" is "gijzelaar" in Dutch).
    public func name(in language: Language) -> String {
        Self.name(self)(language)
    }

    /// A one-line reminder of how this type reacts to service, shown beside the choice.
    public func reminder(in language: Language) -> String {
        Self.reminder(self)(language)
    }

    /// The strategy family that makes this type an ally.
    public var family: StrategyFamily {
        switch self {
        case .ally: .keepAndLeverage
        case .tolerant, .patient: .informAndInvolve
        case .incompetent, .victim: .guideAndSupport
        case .hostage, .intolerant, .anarchist: .harnessNegativeEnergy
        // The notes: very hard to win over; sometimes the relationship has to end.
        case .terrorist: .partWays
        }
    }

    /// The family that earns partial credit (0.5) for this type, where the notes support one.
    ///
    /// Only the terrorist has one: trying to harness the energy is a reasonable, if rarely
    /// successful, attempt before parting ways.
    public var partialFamily: StrategyFamily? {
        self == .terrorist ? .harnessNegativeEnergy : nil
    }

    /// Whether parting ways is a legitimate last resort for this type.
    ///
    /// For every other type, parting ways gives up a customer who could still become an ally:
    /// the worst strategy there is.
    public var partingWaysIsLastResort: Bool {
        switch self {
        case .hostage, .intolerant, .anarchist, .terrorist: true
        default: false
        }
    }

    /// The types this one can turn into, as the notes describe; every type but the ally can also be won over.
    public var typicalChanges: [CustomerType] {
        switch self {
        case .patient: [.hostage, .anarchist, .ally]
        case .intolerant: [.terrorist, .ally]
        case .tolerant, .incompetent, .victim, .hostage, .anarchist, .terrorist: [.ally]
        case .ally: []
        }
    }

    private static func name(_ value: CustomerType) -> Localized {
        // A switch, not a dictionary: no hashing, nothing for the runtime to look up at launch.
        switch value {
        case .ally: Localized(en: "ally", nl: "bondgenoot")
        case .tolerant: Localized(en: "tolerant", nl: "tolerant")
        case .patient: Localized(en: "patient", nl: "patiënt")
        case .incompetent: Localized(en: "incompetent", nl: "incompetent")
        case .victim: Localized(en: "victim", nl: "slachtoffer")
        case .hostage: Localized(en: "hostage", nl: "gijzelaar")
        case .intolerant: Localized(en: "intolerant", nl: "intolerant")
        case .anarchist: Localized(en: "anarchist", nl: "anarchist")
        case .terrorist: Localized(en: "terrorist", nl: "terrorist")
        }
    }

    private static func reminder(_ value: CustomerType) -> Localized {
        switch value {
        case .ally: Localized(
            en: "arrives positive, helps, gives feedback others respect",
            nl: "komt positief binnen, helpt mee, geeft feedback die anderen overnemen")
        case .tolerant: Localized(
            en: "waits quietly to be noticed; easily overlooked",
            nl: "wacht geduldig tot hij gezien wordt; raakt snel over het hoofd gezien")
        case .patient: Localized(
            en: "locked into the service; accepts the rules, for now",
            nl: "zit vast aan de dienst; volgt de regels, voorlopig")
        case .incompetent: Localized(
            en: "lost in the procedures; feels threatened, may not return",
            nl: "raakt de weg kwijt in procedures; voelt zich bedreigd, komt niet terug")
        case .victim: Localized(
            en: "things always go wrong for them; dramatises or resigns",
            nl: "alles gaat bij hem mis; blaast het op of legt zich erbij neer")
        case .hostage: Localized(
            en: "needs you but is bound by contract; not positive",
            nl: "heeft je nodig maar zit contractueel vast; niet positief")
        case .intolerant: Localized(
            en: "seldom patient; causes stress for staff and others",
            nl: "zelden geduldig; zorgt voor stress bij personeel en anderen")
        case .anarchist: Localized(
            en: "dislikes rules and systems; wants an exception",
            nl: "heeft een hekel aan regels en systemen; wil een uitzondering")
        case .terrorist: Localized(
            en: "attacks when you least expect it, in public",
            nl: "valt aan wanneer je het niet verwacht, waar iedereen bij is")
        }
    }
}
