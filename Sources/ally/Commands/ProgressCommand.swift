import AllyCore
import AllyReporting
import AllyStore
import ArgumentParser
import Foundation

/// `ally progress`: mastery per customer type, the confusion matrix, the score trend and recent attempts.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: cli("help.progress.abstract"))

    @Flag(help: ArgumentHelp(cli("help.progress.plain")))
    var plain = false

    @OptionGroup var languageOption: LanguageOption

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.open(readOnly: true)
        let trainee = try storeOptions.trainee(in: store)
        let language = languageOption.language
        let report = try StoreOptions.check { try store.progress(trainee: trainee, now: Date().timeIntervalSince1970) }
        Output.write(ProgressDocument.build(report, language: language).text)
    }
}
