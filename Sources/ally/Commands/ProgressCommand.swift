import AllyCore
import AllyReporting
import AllyStore
import ArgumentParser
import Foundation

/// `ally progress`: mastery per customer type, the confusion matrix, the score trend and recent attempts.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show a trainee's progress: mastery bars, confusion matrix, score trend, recent attempts.")

    @Flag(help: "Plain text for pipes and screen readers (the full-screen view is in the trainer's menu).")
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
