import AllyCore

/// What `ally config` and `ally new` say, Dutch first (the original) with its English translation.
enum ConfigStrings {
    /// A setting nothing sets and that has no default.
    static let notSet = Localized("config.notSet")
    /// A config file that was read.
    static let fileRead = Localized("config.fileRead")
    /// A config file that is not there.
    static let fileAbsent = Localized("config.fileAbsent")

    /// A command that only reads found no store: a named one is a mistake, the default one is not there yet.
    static func noStore(_ path: String, named: Bool) -> Localized {
        named
            ? Localized("config.noStore", ["path": path])
            : Localized("config.noStore.2", ["path": path])
    }

    /// `ally new` wrote the skeleton to `path`.
    static func wrote(_ path: String) -> Localized {
        Localized("config.wrote", ["path": path])
    }

    /// `ally new` would have written into an installed folder, so it wrote here instead.
    static func notIntoSystemFolder(_ folder: String) -> Localized {
        Localized("config.notIntoSystemFolder", ["folder": folder])
    }

    /// `ally new` refuses to write into a system folder even when asked to run from one.
    static func refusedSystemFolder(_ folder: String) -> Localized {
        Localized("config.refusedSystemFolder", ["folder": folder])
    }
}
