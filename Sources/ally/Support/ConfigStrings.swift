import AllyCore

/// What `ally config` and `ally new` say, Dutch first (the original) with its English translation.
enum ConfigStrings {
    /// A setting nothing sets and that has no default.
    static let notSet = Localized(en: "(not set)", nl: "(niet ingesteld)")
    /// A config file that was read.
    static let fileRead = Localized(en: "read", nl: "gelezen")
    /// A config file that is not there.
    static let fileAbsent = Localized(en: "not there", nl: "niet aanwezig")

    /// A command that only reads found no store: a named one is a mistake, the default one is not there yet.
    static func noStore(_ path: String, named: Bool) -> Localized {
        named
            ? Localized(
                en: "there is no progress store at \(path); check the path (nothing was created)",
                nl: "er is geen voortgangsbestand in \(path); controleer het pad (er is niets aangemaakt)")
            : Localized(
                en: "no progress yet: nothing has been played here (\(path) does not exist)",
                nl: "nog geen voortgang: hier is nog niets gespeeld (\(path) bestaat niet)")
    }

    /// `ally new` wrote the skeleton to `path`.
    static func wrote(_ path: String) -> Localized {
        Localized(en: "wrote \(path)", nl: "\(path) geschreven")
    }

    /// `ally new` would have written into an installed folder, so it wrote here instead.
    static func notIntoSystemFolder(_ folder: String) -> Localized {
        Localized(
            en: "\(folder) is installed with the system, so the new file goes into the current folder instead "
                + "(choose a place with --output, or set a folder of your own as 'content' in the config file)",
            nl: "\(folder) hoort bij de installatie, dus het nieuwe bestand komt in de huidige map "
                + "(kies een plek met --output, of stel een eigen map in als 'content' in het configuratiebestand)")
    }

    /// `ally new` refuses to write into a system folder even when asked to run from one.
    static func refusedSystemFolder(_ folder: String) -> Localized {
        Localized(
            en: "will not write into \(folder), which is installed with the system; choose a place of your own with --output",
            nl: "schrijft niet in \(folder), dat bij de installatie hoort; kies een eigen plek met --output")
    }
}
