import AllyContent
import AllyCore
import Testing

@Suite("Narration: what happens, apart from what the customer says")
struct NarrationTests {
    private func scenario(step extra: String) -> String {
        """
        id: n-en
        language: en
        title: T
        setting: S
        customer: { name: A, type: ally }
        start: s
        steps:
          s:
            phase: greet
        \(extra)
            say: "Hello."
            choices:
              - { text: "Hi", quality: 2, feedback: "Good.", next: e }
        endings:
          e: { delighted: { say: "Bye" } }
        """
    }

    @Test("a step's narration is read apart from its speech")
    func narrationRead() throws {
        let library = ContentLoader.load(texts: [("n-en.yaml", scenario(step: "    narration: \"The foreman comes back.\""))])
        #expect(library.diagnostics == [])
        #expect(library.scenario(id: "n-en")?.steps.first?.narration == "The foreman comes back.")
    }

    @Test("narration is optional, and a list where narration goes is an error")
    func narrationOptionalAndTyped() {
        let plain = ContentLoader.load(texts: [("n-en.yaml", scenario(step: ""))])
        #expect(plain.scenario(id: "n-en")?.steps.first?.narration == nil)
        let broken = ContentLoader.load(texts: [("n-en.yaml", scenario(step: "    narration: [a, b]"))])
        #expect(broken.scenarios.isEmpty)
        #expect(broken.errors.map(\.line) == [10])
    }
}
