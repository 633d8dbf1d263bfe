import AllyCore

/// The texts of the gradebook and the roster, Dutch first (the original).
public enum ReportingStrings {
    static let rosterEmpty = Localized("reporting.rosterEmpty")
    static let rosterHeader = Localized("reporting.rosterHeader")
    static func rosterFieldCount(_ count: Int) -> Localized {
        Localized("reporting.rosterFieldCount", ["count": count])
    }
    static func rosterHandle(_ handle: String) -> Localized {
        Localized("reporting.rosterHandle", ["handle": handle])
    }
    static func rosterMoodle(_ handle: String) -> Localized {
        Localized("reporting.rosterMoodle", ["handle": handle])
    }
    static func rosterName(_ handle: String) -> Localized {
        Localized("reporting.rosterName", ["handle": handle])
    }
    static func rosterDuplicate(_ column: String, _ value: String, first: Int) -> Localized {
        Localized("reporting.rosterDuplicate", ["value": value, "column": column, "first": first])
    }
    static func rosterMixed(line: Int) -> Localized {
        Localized("reporting.rosterMixed", ["line": line])
    }

    /// The roster could not be used: one line per problem, `roster PATH:LINE: reason`.
    public static func rosterUnusable(_ path: String, _ error: RosterError) -> [Localized] {
        error.problems.map { problem in
            Localized("reporting.at", ["path": path, "at": problem.line.map { ":\($0)" } ?? "", "message": problem.message])
        }
    }

    /// The roster file could not be read at all.
    public static func rosterUnreadable(_ path: String) -> Localized {
        Localized("reporting.rosterUnreadable", ["path": path])
    }

    /// Trainees with scores whom the roster does not list.
    public static func unlisted(_ handles: [String]) -> Localized {
        let named = handles.prefix(10).joined(separator: ", ") + (handles.count > 10 ? " …" : "")
        return Localized("reporting.named", ["named": named])
    }

    /// `--course` names no course of the library.
    public static func unknownCourse(_ id: String, known: [String]) -> Localized {
        let list = known.joined(separator: ", ")
        return Localized("reporting.list", ["id": id, "list": list])
    }
}
