import AllyCore
import GRDB

/// What the trainee chose once and Ally remembers: their name and the interface language.
public struct Preferences: Sendable, Equatable {
    /// The trainee's name, as last entered.
    public var traineeName: String?
    /// The interface language, when chosen (otherwise `LANG` decides).
    public var language: Language?

    /// Creates preferences.
    public init(traineeName: String? = nil, language: Language? = nil) {
        self.traineeName = traineeName
        self.language = language
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
            return Preferences(traineeName: values["traineeName"], language: values["language"].flatMap(Language.init(rawValue:)))
        }
    }

    /// Saves `preferences` (a nil field is removed).
    public func setPreferences(_ preferences: Preferences) throws(StoreError) {
        try write { db in
            for (key, value) in [("traineeName", preferences.traineeName), ("language", preferences.language?.rawValue)] {
                if let value {
                    try db.execute(sql: "INSERT OR REPLACE INTO preference (key, value) VALUES (?, ?)", arguments: [key, value])
                } else {
                    try db.execute(sql: "DELETE FROM preference WHERE key = ?", arguments: [key])
                }
            }
        }
    }
}
