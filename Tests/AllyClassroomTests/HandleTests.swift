import AllyClassroom
import Testing

@Suite("Handles and access")
struct HandleTests {
    @Test("a handle is letters, digits, - and _, 1 to 32 of them")
    func handles() {
        for good in ["anna", "Jan-Willem", "t_01", String(repeating: "a", count: 32)] {
            #expect(Handle(good)?.value == good)
        }
        for bad in ["", String(repeating: "a", count: 33), "an na", "anna\u{1b}[2J", "ánna", "a/b", "a.b", "anna\n", "ａnna", "a\u{0}"] {
            #expect(Handle(bad) == nil, "\(bad.debugDescription) must be refused")
        }
    }

    @Test("the class code is compared whole; only the methods in use are offered")
    func classCode() {
        let access = ClassAccess(code: "abcd-efgh")
        #expect(access.accepts(password: "abcd-efgh"))
        for wrong in ["", "abcd-efg", "abcd-efghi", "ABCD-EFGH", "abcd-efgh\n"] { #expect(!access.accepts(password: wrong)) }
        #expect(access.methods == .password)
        #expect(!ClassAccess(code: nil).accepts(password: ""))
        #expect(ClassAccess(code: nil).methods == [])
    }

    @Test("window sizes are clamped: 0×0 and 65535×65535 both occur")
    func windowSizes() {
        #expect(WindowSize(columns: 0, rows: 0) == WindowSize(columns: 80, rows: 24))
        #expect(WindowSize(columns: 65535, rows: 65535) == WindowSize(columns: 1000, rows: 1000))
        #expect(WindowSize(columns: 100, rows: 30).columns == 100)
    }

    @Test("TERM comes from an allow-list; the environment is built from scratch")
    func environment() {
        #expect(TrainerEnvironment.terminal(for: "xterm-256color") == "xterm-256color")
        #expect(TrainerEnvironment.terminal(for: "../../tmp/evil") == "xterm-256color")
        #expect(TrainerEnvironment.terminal(for: "xterm\u{1b}]0;x\u{7}") == "xterm-256color")
        let env = TrainerEnvironment.build(term: "tmux-256color", home: "/h")
        #expect(env.contains("TERM=tmux-256color"))
        #expect(env.allSatisfy { ["TERM=", "LANG=", "PATH=", "HOME="].contains(where: $0.hasPrefix) })
    }

    @Test("log lines show client text inert")
    func inert() {
        #expect(Inert.text("a\u{1b}[2Jb\u{9b}c\u{7}") == "a\\u{1b}[2Jb\\u{9b}c\\u{7}")
    }
}
