import Foundation
import Testing
@testable import AllyContent
import AllyTestSupport

/// The config file: what a school writes, the layering of options, environment and files, and
/// the message for every mistake (file:line:column, as `ally check` prints).
@Suite struct ConfigurationTests {
    let userPath = "/home/anna/.config/ally/config.yaml"

    func parse(_ text: String, path: String = "/home/anna/.config/ally/config.yaml") -> Result<ConfigFile, ConfigError> {
        ConfigFile.parse(text, path: path, home: "/home/anna")
    }

    @Test func aSchoolsFileIsReadWithItsLinesAndPathsResolved() throws {
        let file = try parse("""
            site: https://school.example.org/ally
            pass-mark: 70
            lrs: https://lrs.school.example.org/xAPI
            lrs-user: ally
            language: nl
            content:
              - school          # beside the config file
              - /usr/share/ally/Content
            store: ~/ally.sqlite
            """).get()
        #expect(file.entries[.site] == .init(values: ["https://school.example.org/ally"], line: 1))
        #expect(file.entries[.passMark]?.values == ["70"])
        #expect(file.entries[.language]?.line == 5)
        #expect(file.entries[.content]?.values == ["/home/anna/.config/ally/school", "/usr/share/ally/Content"])
        #expect(file.entries[.store]?.values == ["/home/anna/ally.sqlite"])
        #expect(try parse("").get().entries.isEmpty)
    }

    @Test func optionsBeatTheEnvironmentWhichBeatsTheUsersFileWhichBeatsTheSystemsFile() {
        let user = ConfigFile(path: userPath, entries: [
            .language: .init(values: ["nl"], line: 2), .content: .init(values: ["/srv/user"], line: 3),
        ])
        let system = ConfigFile(path: "/etc/ally/config.yaml", entries: [
            .language: .init(values: ["en"], line: 1), .store: .init(values: ["/srv/ally.sqlite"], line: 4),
            .content: .init(values: ["/srv/system"], line: 5), .passMark: .init(values: ["55"], line: 6),
        ])
        let layered = Configuration.layer(
            options: [.passMark: ("--pass-mark", ["80"])], environment: [.content: ("ALLY_CONTENT", ["/env/a", "/env/b"])],
            files: [user, system], defaults: [.site: "https://ally.example.org"])
        #expect(layered[.passMark] == ConfigSetting(values: ["80"], source: .option("--pass-mark")))
        #expect(layered[.content] == ConfigSetting(values: ["/env/a", "/env/b"], source: .environment("ALLY_CONTENT")))
        #expect(layered[.language] == ConfigSetting(values: ["nl"], source: .file(path: userPath, line: 2)))
        #expect(layered[.store] == ConfigSetting(values: ["/srv/ally.sqlite"], source: .file(path: "/etc/ally/config.yaml", line: 4)))
        #expect(layered[.site].values.isEmpty)
        #expect(layered[.site].source.description == "default (https://ally.example.org)")
        #expect(layered[.language].source.description == "/home/anna/.config/ally/config.yaml:2")
        #expect(layered[.content].source.description == "$ALLY_CONTENT")

        // Without the option and the environment, the files decide, the user's first.
        let filesOnly = Configuration.layer(options: [:], environment: [:], files: [user, system])
        #expect(filesOnly[.passMark].value == "55" && filesOnly[.content].value == "/srv/user")
    }

    @Test func theUsersFileIsInXDGConfigHomeElseInHomeThenEtc() {
        #expect(Configuration.filePaths(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/a"].getter)
                == ["/cfg/ally/config.yaml", "/etc/ally/config.yaml"])
        // A relative XDG_CONFIG_HOME is invalid by the spec and ignored.
        #expect(Configuration.filePaths(environment: ["XDG_CONFIG_HOME": "cfg", "HOME": "/home/a"].getter)
                == ["/home/a/.config/ally/config.yaml", "/etc/ally/config.yaml"])
        #expect(Configuration.filePaths(environment: [:].getter) == ["/etc/ally/config.yaml"])
    }

    @Test(arguments: [
        ("pass-mark: 150", "1:12: error: pass-mark takes a number from 0 to 100, or 'none'; found '150'"),
        ("language: de", "1:11: error: language is 'nl' or 'en'; found 'de'"),
        ("site: not a url", "1:7: error: site needs an http:// or https:// URL; found 'not a url'"),
        ("lrs: ftp://lrs.example.org", "1:6: error: lrs needs an http:// or https:// URL"),
        ("langauge: nl", "1:1: error: unknown setting 'langauge' (did you mean 'language'?)"),
        ("store: [a, b]", "1:8: error: 'store' takes one value, found a list"),
        ("language: nl\nlanguage: en", "2:1: error: 'language' is set twice"),
        ("store:", "1:1: error: 'store' has no value"),
        ("- language: nl", "1:1: error: a config file is a mapping of settings"),
        ("content:\n\t- /srv/ally", ":2:"),
        ("content:\n\t- /srv/ally", "error: tabs are not allowed for indentation"),
    ])
    func eachMistakeIsNamedAtItsPlace(text: String, expected: String) {
        guard case .failure(let error) = parse(text) else {
            Issue.record("'\(text)' was accepted")
            return
        }
        #expect(error.description.hasPrefix(userPath + ":"))
        #expect(error.description.contains(expected), "\(error)")
    }

    @Test("a Dutch user reads the config file's mistakes in Dutch, with libyaml's own words inside a syntax error")
    func mistakesReadDutch() {
        let dutch = ["pass-mark: 150", "langauge: nl", "store: [a, b]", "content:\n\t- /srv/ally"].map { text -> String in
            guard case .failure(let error) = parse(text) else { return "'\(text)' was accepted" }
            return error.description(in: .nl)
        }
        #expect(dutch == [
            "\(userPath):1:12: error: pass-mark is een getal van 0 tot en met 100, of 'none'; gevonden: '150'",
            "\(userPath):1:1: error: onbekende instelling 'langauge' (bedoel je 'language'?); de instellingen zijn "
                + "site, pass-mark, lrs, lrs-user, language, content, store",
            "\(userPath):1:8: error: 'store' krijgt één waarde; gevonden: een lijst",
            "\(userPath):2:1: error: tabs zijn in YAML niet toegestaan om in te springen; gebruik spaties "
                + "(YAML-syntaxfout: while scanning for the next token, found character that cannot start any token)",
        ])
    }
}

/// Content in layers: a school's folder over the installed library, a working copy over an installed copy.
@Suite struct ContentLayerTests {
    func library(_ files: [String: String]) throws -> URL {
        let folder = try temporaryFolder()
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    @Test func aHigherLayerHidesTheSameIdBelowWithoutADuplicateError() throws {
        let installed = try library(["en/garage.yaml": Fixtures.scenarioEN, "nl/garage.yaml": Fixtures.scenarioNL])
        let edited = Fixtures.scenarioEN.replacingOccurrences(of: "title: Back at the garage again", with: "title: The school's own garage")
        let school = try library(["en/garage-edited.yaml": edited])
        defer { for url in [installed, school] { try? FileManager.default.removeItem(at: url) } }

        let layered = ContentLoader.load(layers: [[school], [installed]])
        #expect(!layered.diagnostics.contains { $0.message.contains("duplicate") }, "\(layered.diagnostics)")
        #expect(layered.scenarios.count == 2)
        #expect(layered.scenarios.first { $0.id == "garage-warranty-en" }?.title == "The school's own garage")
        // The translation link from the lower layer's Dutch file still finds the school's English one.
        #expect(!layered.hasErrors, "\(layered.diagnostics)")

        // Within one layer the same id twice is still an error.
        let flat = ContentLoader.load(from: [school, installed])
        #expect(flat.diagnostics.contains { $0.message.contains("duplicate scenario id 'garage-warranty-en'") })
    }

    @Test func aFilesRootIsTheNearestFolderAboveItThatHoldsTheSchemas() {
        let existing: Set<String> = ["/srv/work/Content/scenario.schema.json", "/usr/share/ally/Content/scenario.schema.json"]
        let exists = { (path: String) in existing.contains(path) }
        #expect(ContentLocator.root(of: "/srv/work/Content/en/hotel.yaml", exists: exists) == "/srv/work/Content")
        #expect(ContentLocator.root(of: "/srv/work/Content/en/../nl/x.yaml", exists: exists) == "/srv/work/Content")
        #expect(ContentLocator.root(of: "/srv/work/Content", exists: exists) == "/srv/work/Content")
        #expect(ContentLocator.root(of: "/home/anna/own/x.yaml", exists: exists) == nil)
    }

    @Test func newFilesNeverGoIntoSystemFoldersAndTheirModelineResolvesFromTheirFolder() {
        #expect(ContentLocator.isSystemFolder("/usr/share/ally/Content"))
        #expect(ContentLocator.isSystemFolder("/usr/local/share/ally/Content/nl"))
        #expect(!ContentLocator.isSystemFolder("/home/anna/Content"))
        #expect(!ContentLocator.isSystemFolder("/srv/ally/school"))
        #expect(ContentLocator.relativePath(from: "/srv/work/Content/nl", to: "/srv/work/Content/scenario.schema.json")
                == "../scenario.schema.json")
        #expect(ContentLocator.relativePath(from: "/srv/work/Content/nl/extra", to: "/srv/work/Content/scenario.schema.json")
                == "../../scenario.schema.json")
        #expect(ScenarioTemplate.skeleton(type: .hostage, language: .nl, id: "x-nl", schema: "/usr/share/ally/Content/scenario.schema.json")
            .hasPrefix("# yaml-language-server: $schema=/usr/share/ally/Content/scenario.schema.json\n"))
    }
}

extension Dictionary where Key == String, Value == String {
    /// The dictionary as an environment lookup.
    var getter: (String) -> String? { { self[$0] } }
}
