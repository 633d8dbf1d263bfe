import AllyCore

/// The texts of the gradebook and the roster, Dutch first (the original).
public enum ReportingStrings {
    static let rosterEmpty = Localized(
        en: "the roster is empty; it starts with the line handle,moodle,name",
        nl: "de deelnemerslijst is leeg; ze begint met de regel handle,moodle,name")
    static let rosterHeader = Localized(
        en: "the first line must be the header handle,moodle,name",
        nl: "de eerste regel moet de kopregel handle,moodle,name zijn")
    static func rosterFieldCount(_ count: Int) -> Localized {
        Localized(en: "expected 3 fields (handle, moodle, name), found \(count); quote a name that contains the separator",
                  nl: "3 velden verwacht (handle, moodle, name), \(count) gevonden; zet een naam met het scheidingsteken tussen aanhalingstekens")
    }
    static func rosterHandle(_ handle: String) -> Localized {
        Localized(en: "the handle '\(handle)' may have only letters, digits, - and _ (1 to 32): it is the name in the store and the SSH login",
                  nl: "de handle '\(handle)' mag alleen letters, cijfers, - en _ hebben (1 tot 32): het is de naam in de opslag en de SSH-login")
    }
    static func rosterMoodle(_ handle: String) -> Localized {
        Localized(en: "the moodle value of \(handle) must be a Moodle username or e-mail address: 1 to 100 characters, no spaces or control characters",
                  nl: "de moodle-waarde van \(handle) moet een Moodle-gebruikersnaam of e-mailadres zijn: 1 tot 100 tekens, zonder spaties of stuurtekens")
    }
    static func rosterName(_ handle: String) -> Localized {
        Localized(en: "the name of \(handle) must be one line of at most 64 characters (is a quote not closed?)",
                  nl: "de naam van \(handle) moet één regel van hoogstens 64 tekens zijn (is een aanhalingsteken niet gesloten?)")
    }
    static func rosterDuplicate(_ column: String, _ value: String, first: Int) -> Localized {
        Localized(en: "'\(value)' appears twice in the \(column) column (first on line \(first))",
                  nl: "'\(value)' staat twee keer in de kolom \(column) (eerst op regel \(first))")
    }
    static func rosterMixed(line: Int) -> Localized {
        Localized(en: "usernames and e-mail addresses are mixed (line \(line) has the other kind); Moodle maps one user field for the whole file",
                  nl: "gebruikersnamen en e-mailadressen staan door elkaar (regel \(line) heeft de andere soort); Moodle koppelt één gebruikersveld voor het hele bestand")
    }

    /// The roster could not be used: one line per problem, `roster PATH:LINE: reason`.
    public static func rosterUnusable(_ path: String, _ error: RosterError) -> [Localized] {
        error.problems.map { problem in
            let at = problem.line.map { ":\($0)" } ?? ""
            return Localized(en: "roster \(path)\(at): \(problem.message.en)", nl: "deelnemerslijst \(path)\(at): \(problem.message.nl)")
        }
    }

    /// The roster file could not be read at all.
    public static func rosterUnreadable(_ path: String) -> Localized {
        Localized(en: "cannot read the roster \(path)", nl: "kan de deelnemerslijst \(path) niet lezen")
    }

    /// Trainees with scores whom the roster does not list.
    public static func unlisted(_ handles: [String]) -> Localized {
        let named = handles.prefix(10).joined(separator: ", ") + (handles.count > 10 ? " …" : "")
        return Localized(
            en: "left out of the gradebook, not in the roster (Moodle would abort the whole import on an unknown user): \(named)",
            nl: "niet in het cijferbestand, want niet op de deelnemerslijst (Moodle breekt de hele import af bij een onbekende gebruiker): \(named)")
    }

    /// `--course` names no course of the library.
    public static func unknownCourse(_ id: String, known: [String]) -> Localized {
        let list = known.joined(separator: ", ")
        return Localized(en: "there is no course '\(id)'; the courses are: \(list)", nl: "er is geen cursus '\(id)'; de cursussen zijn: \(list)")
    }
}
