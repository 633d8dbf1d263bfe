import AllyProcess
import AllyTestSupport
import Foundation
import Testing

/// Ally as a system administrator meets it: the config file, content found from a file's own
/// path, a school's folder over the installed library, and (opt-in) the Debian package on a
/// machine without the Swift toolchain.
@Suite struct InstallTests {
    func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @Test("ally config shows each value and where it came from; a bad file is named at its line")
    func configShowsSources() throws {
        let home = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        try write("language: nl\nstore: progress.sqlite\nlrs: https://lrs.example.org/xAPI\n", to: home.appendingPathComponent("ally/config.yaml"))
        let environment = ["XDG_CONFIG_HOME": home.path]
        var result = try runAlly(["config", "--store", "/tmp/x.sqlite"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let config = home.appendingPathComponent("ally/config.yaml").path
        #expect(lines.contains { $0.hasPrefix("language") && $0.contains(" nl ") && $0.hasSuffix("\(config):1") }, "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("store") && $0.contains("/tmp/x.sqlite") && $0.hasSuffix("--store") })
        #expect(lines.contains { $0.hasPrefix("lrs ") && $0.hasSuffix("\(config):3") })
        #expect(lines.contains { $0.hasPrefix("pass-mark") && $0.contains("60") && $0.hasSuffix("default") })
        #expect(result.stdout.contains("gelezen: \(config)"))   // the config's language speaks

        try write("language: nl\npass-mark: 150\n", to: home.appendingPathComponent("ally/config.yaml"))
        result = try runAlly(["check"], environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(config):2:12: error: pass-mark takes a number from 0 to 100"))
        // A Dutch user reads it in Dutch.
        result = try runAlly(["check"], environment: environment.merging(["LANG": "nl_NL.UTF-8"]) { $1 })
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(config):2:12: error: pass-mark is een getal van 0 tot en met 100, of 'none'; gevonden: '150'"),
                "\(result.stderr)")
    }

    @Test("check inside Content/en finds the library from the file's own path: no false translation error")
    func checkFromInsideTheContent() throws {
        let result = try runAlly(["check", "hotel-course-week-en.yaml"], in: repositoryRoot.appendingPathComponent("Content/en"))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("names no scenario"))
        #expect(result.stderr.contains("checked 1 scenario(s): 0 error(s)"))
    }

    @Test("a working copy checked while another copy is the content folder: no false duplicate ids")
    func workingCopyOverInstalledCopy() throws {
        let work = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let copy = work.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Content"), to: copy)
        let file = copy.appendingPathComponent("en/hotel-course-week-en.yaml").path
        // The "installed" copy is the repository's Content, named as the content folder.
        let result = try runAlly(["check", "--content", repositoryRoot.appendingPathComponent("Content").path, file], in: work)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("duplicate"))
    }

    @Test("a school's folder in the config is layered over the library: its scenario plays, no duplicates")
    func schoolFolderLayered() throws {
        let home = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let school = home.appendingPathComponent("school")
        // The school's own version of a library scenario, same id, another title.
        let original = try String(contentsOf: repositoryRoot.appendingPathComponent("Content/en/hotel-course-week-en.yaml"), encoding: .utf8)
        let own = original.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Our own ")
        #expect(own != original)
        try write(own, to: school.appendingPathComponent("en/hotel-course-week-en.yaml"))
        try write("content:\n  - \(school.path)\n  - \(repositoryRoot.path)/Content\n", to: home.appendingPathComponent("ally/config.yaml"))
        let environment = ["XDG_CONFIG_HOME": home.path]
        let check = try runAlly(["check"], environment: environment, in: home)
        #expect(!check.stdout.contains("duplicate"), "\(check.stdout)")
        let play = try runAlly(["play", "--plain", "--scenario", "hotel-course-week-en", "--lang", "en"], input: "", environment: environment, in: home)
        #expect(play.stdout.contains("Our own "), "\(play.stdout)\(play.stderr)")
    }

    @Test("new never writes into a system folder, and its modeline resolves from where the file is")
    func newOutsideSystemFolders() throws {
        let work = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        var result = try runAlly(["new", "scenario", "--type", "hostage", "--lang", "nl", "--id", "x-nl", "--output", "/usr/share/x-nl.yaml"])
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: "/usr/share/x-nl.yaml"))

        let copy = work.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Content"), to: copy)
        let nested = copy.appendingPathComponent("nl/extra/x-nl.yaml")
        result = try runAlly(["new", "scenario", "--type", "hostage", "--lang", "nl", "--id", "x-nl", "--output", nested.path], in: work)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: nested, encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=../../scenario.schema.json\n"))

        let elsewhere = work.appendingPathComponent("own/y-nl.yaml")
        result = try runAlly(["new", "scenario", "--type", "hostage", "--lang", "nl", "--id", "y-nl", "--output", elsewhere.path], in: work)
        let schema = try String(contentsOf: elsewhere, encoding: .utf8).split(separator: "\n")[0]
            .replacingOccurrences(of: "# yaml-language-server: $schema=", with: "")
        #expect(schema.hasPrefix("/") && FileManager.default.fileExists(atPath: schema), "\(schema)")
    }

    /// The commands the binary marks hidden (a developer's `screenshots`), read from its help dump.
    func hiddenCommands() throws -> [String] {
        let dump = try runAlly(["--experimental-dump-help"])
        let tool = try #require(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any])
        func hidden(_ command: [String: Any]) -> [String] {
            let subcommands = command["subcommands"] as? [[String: Any]] ?? []
            return subcommands.flatMap { sub in
                (sub["shouldDisplay"] as? Bool == false ? [sub["commandName"] as? String ?? "?"] : []) + hidden(sub)
            }
        }
        return hidden(try #require(tool["command"] as? [String: Any]))
    }

    @Test("the completion scripts offer every shown command and no hidden one")
    func completionsLeaveOutHiddenCommands() throws {
        let hidden = try hiddenCommands()
        #expect(hidden.contains("screenshots"))
        for shell in ["bash", "zsh", "fish"] {
            let script = try runAlly(["--generate-completion-script", shell])
            #expect(script.status == 0)
            #expect(script.stdout.contains("report") && script.stdout.contains("serve"), "\(shell)")
            for name in hidden { #expect(!script.stdout.contains(name), "\(shell) completes the hidden \(name)") }
        }
    }

    @Test("the man pages (Scripts/manual, as Scripts/install makes them) describe every shown command and no hidden one",
          .enabled(if: FileManager.default.isExecutableFile(atPath: builtProgram("generate-manual").path),
                   "swift build --product generate-manual (Scripts/test does)"))
    func manPagesLeaveOutHiddenCommands() throws {
        let folder = try temporaryFolder("manual")
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try Subprocess.run("/bin/bash", [repositoryRoot.appendingPathComponent("Scripts/manual").path,
                                                    allyBinary.deletingLastPathComponent().path, folder.path])
        #expect(made.status == 0, "\(made.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("ally.1"), encoding: .utf8)
        for shown in ["train", "play", "check", "report", "serve", "class", "watch", "config"] {
            #expect(page.contains(".It Em \(shown)\n"), "no section for \(shown)")
        }
        for name in try hiddenCommands() { #expect(!page.contains(name), "the page describes the hidden \(name)") }
        // Hidden options are left out by the generator itself.
        #expect(!page.contains("login-grace") && !page.contains("class-link"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("ally-classroom.1").path))
    }

    /// Opt-in (`ALLY_DEB_TEST=1`): a release build with the runtime linked in costs minutes. It is
    /// made in `.build-deb` (`swift test` holds `.build` locked), or `ALLY_DEB` names a built package.
    @Test("the .deb installs with dpkg -i and runs check, play --plain and sync with the toolchain hidden",
          .enabled(if: ProcessInfo.processInfo.environment["ALLY_DEB_TEST"] == "1" && getuid() == 0))
    func debianPackageWithoutToolchain() throws {
        var deb = ProcessInfo.processInfo.environment["ALLY_DEB"] ?? ""
        if deb.isEmpty {
            var buildEnvironment = ProcessInfo.processInfo.environment
            buildEnvironment["ALLY_SCRATCH_PATH"] = repositoryRoot.appendingPathComponent(".build-deb").path
            let build = try Subprocess.run("/bin/bash", [repositoryRoot.appendingPathComponent("Scripts/deb").path], environment: buildEnvironment)
            #expect(build.status == 0, "\(build.stderr.suffix(3000))")
            guard build.status == 0, let built = build.stdout.split(separator: "\n").last.map(String.init) else { return }
            deb = built
        }
        let lrs = try Ralph.start()
        defer { lrs.stop() }
        var environment = ProcessInfo.processInfo.environment
        environment["ALLY_LRS_PASSWORD"] = Ralph.password
        // The debug build's helper links the runtime from the toolchain: with it hidden, it cannot start.
        environment["ALLY_DYNAMIC_LRS"] = builtProgram("ally-lrs").path
        let check = try Subprocess.run(
            "/bin/bash", [repositoryRoot.appendingPathComponent("Scripts/deb-check").path, deb.hasPrefix("/") ? deb : repositoryRoot.appendingPathComponent(deb).path,
                          lrs.url, Ralph.user],
            environment: environment)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("swift: none"))
        #expect(check.stderr.contains(" error(s)") && check.stderr.contains("checked "))
        #expect(check.stdout.contains("== Debrief ==") || check.stdout.contains("Debrief"))
        // How many depends on the path the first replies take (one answered statement per question).
        #expect(check.stdout.contains(/\n[1-9][0-9]* statement\(s\) accepted, 0 already in the LRS, 0 rejected, 0 still queued/),
                "\(check.stdout)")
        #expect(check.stdout.contains("Stopped: a local fault, not the LRS: the HTTP helper /usr/bin/ally-lrs could not start (exit status 127"))
        #expect(!check.stdout.contains("cannot be reached"))
        #expect(check.stdout.contains("== all ran without the toolchain"))
    }
}

/// Commands that only read what is stored never create a store (issue 15: a typo in `--store`
/// made an empty one and reported nothing, successfully).
@Suite struct ReadOnlyStoreTests {
    @Test("report, progress, replay and sync with a mistyped --store: an error, and no file made")
    func aMistypedStoreIsNotCreated() throws {
        let folder = try temporaryFolder("typo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let typo = folder.appendingPathComponent("aly.sqlite").path
        for command in [["report"], ["report", "--format", "csv"], ["progress", "--plain"], ["replay", "1"],
                        ["sync", "--lrs", "http://127.0.0.1:9", "--user", "u", "--password", "p"]] {
            let result = try runAlly(command + ["--store", typo])
            #expect(result.status == 1, "\(command): \(result.stdout)")
            #expect(result.stderr.contains("there is no progress store at \(typo)"), "\(command): \(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        // The default store not made yet: nothing played, which is no failure.
        let fresh = try runAlly(["progress", "--plain"])
        #expect(fresh.status == 0)
        #expect(fresh.stderr.contains("no progress yet"))
    }
}

/// The config file's xAPI settings reach `report` and `sync`, and an option still wins.
@Suite struct ConfigXAPITests {
    @Test("pass-mark and site from the config file shape the xAPI statements; --pass-mark wins")
    func passMarkAndSiteFromTheConfig() throws {
        let home = try temporaryFolder("xapi-config")
        defer { try? FileManager.default.removeItem(at: home) }
        try FileManager.default.createDirectory(at: home.appendingPathComponent("ally"), withIntermediateDirectories: true)
        try Data("pass-mark: 0\nsite: https://school.example.org/ally\n".utf8).write(to: home.appendingPathComponent("ally/config.yaml"))
        let store = home.appendingPathComponent("s.sqlite").path
        let environment = ["XDG_CONFIG_HOME": home.path]
        // Always the first choice shown, in the order of seed 3: a finished attempt that keeps the customer
        // but scores under the default 60 (the replies are shuffled per attempt; the seed fixes them).
        let play = try runAlly(["play", "--plain", "--scenario", "garage-lease-brakes-en", "--lang", "en", "--no-timers", "--seed", "3", "--store", store],
                               input: String(repeating: "1\n", count: 400), environment: environment)
        #expect(play.stdout.contains("== Debrief =="))
        var xapi = try runAlly(["report", "--format", "xapi", "--store", store], environment: environment)
        #expect(xapi.stdout.contains("https://school.example.org/ally"), "\(xapi.stdout.prefix(600))")
        #expect(xapi.stdout.contains("verbs/passed"))   // at the config's pass mark of 0
        xapi = try runAlly(["report", "--format", "xapi", "--store", store, "--pass-mark", "60"], environment: environment)
        #expect(xapi.stdout.contains("verbs/failed"))   // the option wins
        let config = try runAlly(["config"], environment: environment)
        #expect(config.stdout.contains("pass-mark  0 "))
    }
}
