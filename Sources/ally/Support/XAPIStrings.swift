import AllyCore

/// The texts of `ally report --format xapi` and `ally sync` added with the xAPI profile, Dutch first.
enum XAPIStrings {
    /// `--site` (or $ALLY_SITE) is not a web address.
    static func invalidSite(_ site: String, fromEnvironment: Bool) -> Localized {
        let source = fromEnvironment ? "$ALLY_SITE" : "--site"
        return Localized("xapi.source", ["source": source, "site": site])
    }
}
