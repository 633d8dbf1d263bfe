import AllyContent
import AllyCore
import AllyStore
import AllyXAPI
import ArgumentParser
import Foundation

/// `ally config`: each effective setting, and where it came from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: cli("help.config.abstract"),
        discussion: cli("help.config.discussion", ["settings": ConfigKey.allCases.map(\.rawValue).joined(separator: ", ")]))

    @OptionGroup var languageOption: LanguageOption
    @OptionGroup var storeOption: StoreOption
    @OptionGroup var contentOptions: ContentOptions

    func run() throws {
        let language = languageOption.language
        var options: [ConfigKey: (name: String, values: [String])] = [:]
        if let lang = languageOption.lang { options[.language] = ("--lang", [lang.rawValue]) }
        if let store = storeOption.store { options[.store] = ("--store", [store]) }
        if let content = contentOptions.content { options[.content] = ("--content", [content]) }
        var environment = Settings.environment
        if let site = environmentVariable("ALLY_SITE"), !site.isEmpty { environment[.site] = ("ALLY_SITE", [site]) }
        let effective = Settings.effective(options: options, environment: environment)
        var rows: [(String, String, String)] = []
        for key in ConfigKey.allCases {
            let setting = effective[key]
            var values = setting.values
            var source = setting.source.description
            if values.isEmpty {
                switch key {
                case .language:
                    values = [language.rawValue]
                    source = ["LC_ALL", "LC_MESSAGES", "LANG"].first { !(environmentVariable($0) ?? "").isEmpty }.map { "$" + $0 }
                        ?? ConfigSource.builtIn("").description
                case .content:
                    values = ((try? ContentOptions.locateLayers(nil)) ?? []).map(\.absolutePath)
                case .store:
                    values = [Store.defaultPath()]
                case .passMark: values = ["60"]
                case .site: values = [XAPISettings.defaultHomePage]
                case .lrs, .lrsUser: break
                }
            }
            rows.append((key.rawValue, values.isEmpty ? ConfigStrings.notSet(language) : values.joined(separator: ", "), source))
        }
        let width = rows.map(\.0.count).max() ?? 0
        let valueWidth = min(48, rows.map(\.1.count).max() ?? 0)
        for (key, value, source) in rows {
            let paddedKey = key.padding(toLength: width, withPad: " ", startingAt: 0)
            let paddedValue = value.count < valueWidth ? value.padding(toLength: valueWidth, withPad: " ", startingAt: 0) : value
            Output.line("\(paddedKey)  \(paddedValue)  \(source)")
        }
        Output.line("")
        for path in Configuration.filePaths(environment: environmentVariable) {
            let read = Settings.files.contains { $0.path == path }
            Output.line((read ? ConfigStrings.fileRead : ConfigStrings.fileAbsent)(language) + ": " + path)
        }
    }
}
