import AllyContent
import ArgumentParser

/// Shell completion of scenario ids (`ally play --scenario <TAB>`): the ids of the content the
/// command would load, read when the shell asks (argument-parser runs `ally ---completion …`).
enum ScenarioCompletion {
    /// The completion for an option that takes a scenario id.
    static let ids = CompletionKind.custom { words, _, prefix in candidates(words: words, prefix: prefix) }

    /// The ids starting with `prefix`, from the content named by a `--content` among `words`,
    /// else the configured or found content. Quiet: a completion must not write to the terminal.
    static func candidates(words: [String], prefix: String) -> [String] {
        let content = words.firstIndex(of: "--content").flatMap { words.indices.contains($0 + 1) ? words[$0 + 1] : nil }
        let layers = ContentOptions.quietLayers(content)
        guard !layers.isEmpty else { return [] }
        let library = ContentLoader.load(layers: layers.map { [$0.url] })
        return library.scenarios.map(\.id).filter { $0.hasPrefix(prefix) }.sorted()
    }
}
