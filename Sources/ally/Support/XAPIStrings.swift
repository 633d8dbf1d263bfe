import AllyCore

/// The texts of `ally report --format xapi` and `ally sync` added with the xAPI profile, Dutch first.
enum XAPIStrings {
    /// `--site` (or $ALLY_SITE) is not a web address.
    static func invalidSite(_ site: String, fromEnvironment: Bool) -> Localized {
        let source = fromEnvironment ? "$ALLY_SITE" : "--site"
        return Localized(
            en: "\(source) '\(site)' is not a web address; give your site's http:// or https:// address, such as https://school.example/ally.",
            nl: "\(source) '\(site)' is geen webadres; geef het http://- of https://-adres van je site, zoals https://school.example/ally.")
    }
}
