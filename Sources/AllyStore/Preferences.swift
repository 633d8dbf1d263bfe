import AllyCore
import GRDB

/// What the trainee chose once and Ally remembers: their name and the interface language.
public struct Preferences: Sendable, Equatable {
    /// The trainee's name, as last entered.
    public var traineeName: String?
    /// The interface language, when chosen (otherwise `LANG` decides).
    public var language: Language?
    /// Whether time limits are off.
    public var timersOff: Bool

    /// Creates preferences.
    public init(traineeName: String? = nil, language: Language? = nil, timersOff: Bool = false) {
        self.traineeName = traineeName
        self.language = language
        self.timersOff = timersOff
    }
}

extension Store {
    /// The saved preferences.
    public func preferences() throws(StoreError) -> Preferences {
        try read { db in
            let values = try Dictionary(
                uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT key, value FROM preference").map {
                    ($0["key"] as String, $0["value"] as String)
                })
            return Preferences(
                traineeName: values["traineeName"], language: values["language"].flatMap(Language.init(rawValue:)),
                timersOff: values["timers"] == "off")
        }
    }

    /// Saves `preferences` (a nil field is removed).
    public func setPreferences(_ preferences: Preferences) throws(StoreError) {
        try write { db in
            let pairs = [("traineeName", preferences.traineeName), ("language", preferences.language?.rawValue),
                         ("timers", preferences.timersOff ? "off" : nil)]
            for (key, value) in pairs {
                if let value {
                    try db.execute(sql: "INSERT OR REPLACE INTO preference (key, value) VALUES (?, ?)", arguments: [key, value])
                } else {
                    try db.execute(sql: "DELETE FROM preference WHERE key = ?", arguments: [key])
                }
            }
        }
    }
}
