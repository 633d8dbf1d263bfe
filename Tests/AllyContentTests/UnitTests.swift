@testable import AllyContent
import AllyCore
import Foundation
import Testing

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("terorist", "terrorist"), ("emapthy", "empathy"), ("hostge", "hostage"), ("EN", "en"),
        ("inform-and-involv", "inform-and-involve"), ("dissatisfied-silnet", "dissatisfied-silent"),
    ])
    func closeMisspellingsAreSuggested(_ word: String, _ expected: String) {
        let names = CustomerType.allCases.map(\.rawValue) + ServqualDimension.allCases.map(\.rawValue)
            + Language.allCases.map(\.rawValue) + StrategyFamily.allCases.map(\.rawValue) + Outcome.allCases.map(\.rawValue)
        #expect(suggestion(for: word, among: names) == expected)
    }

    @Test func farWordsAreNotSuggested() {
        #expect(suggestion(for: "xyz", among: CustomerType.allCases.map(\.rawValue)) == nil)
        #expect(suggestion(for: "german", among: ["en", "nl"]) == nil)
        #expect(suggestion(for: "", among: ["en"]) == nil)
    }

    @Test func distanceCountsASwapAsOneEdit() {
        func d(_ a: String, _ b: String) -> Int { editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars)) }
        #expect(d("ab", "ba") == 1)
        #expect(d("kitten", "sitting") == 3)
        #expect(d("", "abc") == 3)
        #expect(d("same", "same") == 0)
    }
}

@Suite struct TextCheckTests {
    func check(_ bytes: [UInt8]) -> Result<Int, TextCheck.Problem> {
        bytes.withUnsafeBufferPointer { TextCheck.check($0) }
    }

    @Test func bomIsSkippedAndCRLFIsFine() {
        #expect(check([0xEF, 0xBB, 0xBF] + Array("a: b\r\nc: d\r\n".utf8)) == .success(3))
    }

    @Test func invalidUTF8IsFoundAtItsLineAndColumn() {
        #expect(check(Array("a: b\nxé".utf8) + [0xC3]) == .failure(.init(mark: Mark(line: 2, column: 3), message: Localized("content.invalidUTF8"))))
        // Overlong encoding of '/' and a UTF-16 surrogate are not UTF-8.
        #expect(check([0xC0, 0xAF]).isFailure)
        #expect(check([0xED, 0xA0, 0x80]).isFailure)
        #expect(check([0xF4, 0x90, 0x80, 0x80]).isFailure)
    }

    @Test func controlCharactersAreNamed() {
        #expect(TextCheck.controlMessage(0x1B).description == "terminal control character U+001B (ESC) is not allowed in content")
        #expect(TextCheck.firstControlCharacter(in: "tab\tand\nnewline are fine") == nil)
        #expect(TextCheck.firstControlCharacter(in: "bell\u{07}") == 0x07)
        #expect(TextCheck.firstControlCharacter(in: "c1\u{9B}") == 0x9B)
        #expect(check(Array("a: \u{7F}".utf8)) == .failure(.init(mark: Mark(line: 1, column: 4), message: TextCheck.controlMessage(0x7F))))
    }

    @Test func sizesReadWell() {
        #expect(TextCheck.readableSize(10_000_000) == "10.0 MB")
        #expect(TextCheck.readableSize(1_048_576) == "1.0 MB")
        #expect(TextCheck.checkSize(1_048_575) == nil)
        #expect(TextCheck.checkSize(1_048_576) != nil)
    }
}

extension Result {
    var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }
}

@Suite struct NumberTests {
    @Test func integersFollowYAMLsCoreSchema() {
        #expect(FileDecoder.parseInteger("+1") == 1)
        #expect(FileDecoder.parseInteger("-2") == -2)
        #expect(FileDecoder.parseInteger("0x10") == nil)
        #expect(FileDecoder.parseInteger("1_000") == nil)
        #expect(FileDecoder.parseInteger("1.0") == nil)
        #expect(FileDecoder.parseInteger("99999999999999999999999") == nil)
        #expect(FileDecoder.parseInteger("-") == nil)
        #expect(FileDecoder.parseInteger("+-1") == nil)
    }

    @Test func decimalsAreReadWithoutExponentsOrInfinities() {
        #expect(FileDecoder.parseNumber("0.5") == 0.5)
        #expect(FileDecoder.parseNumber(".5") == 0.5)
        #expect(FileDecoder.parseNumber("-.5") == -0.5)
        #expect(FileDecoder.parseNumber("1") == 1)
        #expect(FileDecoder.parseNumber("1e3") == nil)
        #expect(FileDecoder.parseNumber(".inf") == nil)
        #expect(FileDecoder.parseNumber("1.2.3") == nil)
        #expect(FileDecoder.parseNumber(".") == nil)
    }
}

@Suite struct LocatorTests {
    let folders: Set<String> = ["/work/here/Content", "/opt/ally/share/ally/Content", "/opt/ally/bin/Content", "/data/content"]

    /// What a failed search tried, in English.
    func tried(_ result: Result<URL, ContentLocator.NotFound>) -> [String]? {
        if case .failure(let error) = result { return error.tried.map(\.description) }
        return nil
    }

    func locate(option: String? = nil, env: [String: String] = [:], cwd: String = "/work/here", exe: String = "/opt/ally/bin/ally", existing: Set<String>? = nil) -> Result<URL, ContentLocator.NotFound> {
        let known = existing ?? folders
        return ContentLocator.locate(
            option: option, environment: { env[$0] }, currentDirectory: cwd, executablePath: { exe }, isDirectory: { known.contains($0) }
        ).map(\.url)
    }

    @Test func optionWinsAndResolvesRelativePaths() throws {
        #expect(try locate(option: "/data/content", env: ["ALLY_CONTENT": "/elsewhere"]).get().standardizedFileURL.path == "/data/content")
        let relative = try locate(option: "../here/Content").get()
        #expect(relative.standardizedFileURL.path == "/work/here/Content")
        #expect(relative.relativePath == "../here/Content")
        #expect(try locate().get().relativePath == "Content")
    }

    @Test func pathsAreStandardizedWithoutTouchingTheDisk() throws {
        #expect(try locate(option: "/data//x/../content/.").get().standardizedFileURL.path == "/data/content")
        #expect(try locate(option: "./../here/./Content").get().standardizedFileURL.path == "/work/here/Content")
        #expect(tried(locate(option: "/..//missing/")) == ["/missing (--content): not a folder"])
    }

    @Test func anExplicitChoiceThatIsNotAFolderFails() {
        #expect(tried(locate(option: "/missing")) == ["/missing (--content): not a folder"])
        #expect(tried(locate(env: ["ALLY_CONTENT": "/missing"])) == ["/missing (ALLY_CONTENT): not a folder"])
    }

    @Test func theEnvironmentComesNext() throws {
        #expect(try locate(env: ["ALLY_CONTENT": "/data/content"]).get().standardizedFileURL.path == "/data/content")
        #expect(try locate(env: ["ALLY_CONTENT": ""]).get().standardizedFileURL.path == "/work/here/Content")
    }

    @Test func thenTheWorkingFolderThenBesideTheExecutable() throws {
        #expect(try locate().get().standardizedFileURL.path == "/work/here/Content")
        #expect(try locate(cwd: "/tmp").get().standardizedFileURL.path == "/opt/ally/share/ally/Content")
        #expect(try locate(cwd: "/tmp", existing: ["/opt/ally/bin/Content"]).get().standardizedFileURL.path == "/opt/ally/bin/Content")
    }

    @Test func failureListsEverythingTried() {
        let result = locate(cwd: "/tmp", existing: [])
        #expect(tried(result) == [
            "/tmp/Content (the current folder)",
            "/opt/ally/share/ally/Content (installed beside the executable)",
            "/opt/ally/bin/Content (next to the executable)",
        ])
        if case .failure(let error) = result {
            #expect(error.description.hasPrefix("no content folder found; tried:\n  /tmp/Content"))
            #expect(error.message(in: .nl).hasPrefix("geen inhoudsmap gevonden; geprobeerd:\n  /tmp/Content (de huidige map)"))
        }
    }
}

@Suite struct ReaderTests {
    func read(_ text: String) -> YAMLReader.Output {
        Array(text.utf8).withUnsafeBufferPointer { YAMLReader.read($0) }
    }

    @Test func positionsAreOneBasedAndCountCharacters() throws {
        let output = read("a: 1\nbé: [x, \"y\"]\nc: |\n  block\n")
        guard case .mapping(let m)? = output.root else { Issue.record("not a mapping"); return }
        #expect(m.entries.map(\.key.value) == ["a", "bé", "c"])
        #expect(m.entries[1].key.mark == Mark(line: 2, column: 1))
        guard case .sequence(let s) = m.entries[1].value else { Issue.record("not a list"); return }
        #expect(s.mark == Mark(line: 2, column: 5))
        guard case .scalar(let y) = s.items[1], case .scalar(let block) = m.entries[2].value else { Issue.record("not scalars"); return }
        #expect(y.style == .quoted && y.value == "y" && y.mark == Mark(line: 2, column: 9))
        #expect(block.style == .block && block.value == "block\n")
    }

    @Test func emptyInputIsAnErrorNotACrash() {
        #expect(read("").problems.map(\.message.description) == ["file is empty; expected a YAML mapping"])
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        #expect(YAMLReader.read(empty).problems.count == 1)
    }

    @Test func aliasesAreRejectedEvenWithoutAnchors() {
        #expect(read("a: *x\n").problems.first?.message.description == "YAML aliases ('*x') are not allowed in content files")
    }

    @Test func nullsAreRecognised() {
        guard case .mapping(let m)? = read("a:\nb: ~\nc: null\nd: ''\n").root else { Issue.record("not a mapping"); return }
        let nulls = m.entries.map { entry -> Bool in
            if case .scalar(let s) = entry.value { return s.isNull }
            return false
        }
        #expect(nulls == [true, true, true, false])
    }

    @Test func deepNestingStopsAtTheLimit() {
        let block = (0..<40).map { String(repeating: "  ", count: $0) + "k\($0):\n" }.joined() + String(repeating: "  ", count: 40) + "x: 1\n"
        let output = read(block)
        #expect(output.root.map { _ in true } == nil)
        #expect(output.problems.map(\.message.description) == ["nesting is deeper than 32 levels"])
        #expect(output.problems.first?.mark == Mark(line: 33, column: 65))
    }

    @Test func hugeFlowNestingIsStoppedByLibyamlsOwnLimit() {
        // libyaml's scanner looks ahead through all the brackets and stops at 1000 levels first.
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let output = read(deep)
        #expect(output.root.map { _ in true } == nil)
        #expect(output.problems.first?.message.description.contains("nesting") == true)
    }
}
