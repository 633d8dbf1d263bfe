/// One language's interface texts by key, read from a catalogue file (`Catalogue/nl.yaml`).
///
/// The file is a flat YAML mapping, one `key: "text"` a line, `#` comments between; the text is
/// double-quoted with the escapes `\"`, `\\` and `\n`, and `{name}` marks a placeholder.
/// English and Dutch are compiled in (`ShippedCatalogues.swift`, generated from the files);
/// any other language is parsed from its file at start-up.
public final class Catalogue: Sendable {
    /// The language code, the file's name without `.yaml`.
    public let code: String
    /// Where the texts are kept.
    private let table: Table

    /// A catalogue's storage: a dictionary for a file read at start-up, or, for a compiled-in
    /// catalogue, two arrays the compiler lays out as constant data, so that start-up builds no
    /// table at all (hashing every key of every language cost about a tenth of the first frame).
    private enum Table: Sendable {
        case dictionary([String: String])
        case sorted(keys: [String], texts: [String])
    }

    /// The texts by key (built on each call for a compiled-in catalogue: for tests and tools, not lookups).
    public var texts: [String: String] {
        switch table {
        case .dictionary(let texts): texts
        case .sorted(let keys, let texts): Dictionary(uniqueKeysWithValues: zip(keys, texts))
        }
    }

    /// The text under `key`, if this catalogue has one.
    public func text(_ key: String) -> String? {
        switch table {
        case .dictionary(let texts):
            return texts[key]
        case .sorted(let keys, let texts):
            var low = 0, high = keys.count
            while low < high {
                let middle = (low + high) / 2
                if keys[middle] < key { low = middle + 1 } else { high = middle }
            }
            return low < keys.count && keys[low] == key ? texts[low] : nil
        }
    }

    /// A catalogue of `texts` for the language `code`.
    public init(code: String, texts: [String: String]) {
        self.code = code
        table = .dictionary(texts)
    }

    /// A compiled-in catalogue: `keys` sorted by `<`, `texts` in the same order.
    init(code: String, sortedKeys keys: [String], texts: [String]) {
        precondition(keys.count == texts.count, "a compiled-in catalogue has a text for every key")
        self.code = code
        table = .sorted(keys: keys, texts: texts)
    }

    /// A line of a catalogue file that is not a key and a quoted text.
    public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        /// The 1-based line.
        public let line: Int
        /// What is wrong, in English (a translator's tool error, not a trainee's).
        public let reason: String
        /// "line 3: why".
        public var description: String { "line \(line): \(reason)" }
    }

    /// The catalogue in `text`, the contents of the file for language `code`, keys in file order.
    public static func parse(_ text: String, code: String) throws(ParseError) -> (catalogue: Catalogue, keys: [String]) {
        var texts: [String: String] = [:]
        var keys: [String] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.drop { $0 == " " }
            if line.isEmpty || line.first == "#" { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw ParseError(line: index + 1, reason: "expected 'key: \"text\"'")
            }
            let key = String(line[..<colon])
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-" }) else {
                throw ParseError(line: index + 1, reason: "a key is letters, digits, '.', '_' and '-'")
            }
            guard texts[key] == nil else { throw ParseError(line: index + 1, reason: "'\(key)' appears twice") }
            texts[key] = try unquote(line[line.index(after: colon)...].drop { $0 == " " }, line: index + 1)
            keys.append(key)
        }
        return (Catalogue(code: code, texts: texts), keys)
    }

    /// The text of a double-quoted YAML scalar.
    private static func unquote(_ quoted: Substring, line: Int) throws(ParseError) -> String {
        guard quoted.count >= 2, quoted.first == "\"", quoted.last == "\"" else {
            throw ParseError(line: line, reason: "a text is written in double quotes")
        }
        var result = ""
        var escaped = false
        for character in quoted.dropFirst().dropLast() {
            if escaped {
                switch character {
                case "n": result.append("\n")
                case "\"", "\\": result.append(character)
                default: throw ParseError(line: line, reason: "unknown escape '\\\(character)'")
                }
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                throw ParseError(line: line, reason: "a quote inside a text is written \\\"")
            } else {
                result.append(character)
            }
        }
        if escaped { throw ParseError(line: line, reason: "the text ends in a lone '\\'") }
        return result
    }

    /// `text` as a double-quoted YAML scalar, the inverse of the parser's unquoting.
    public static func quote(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\n": result += "\\n"
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default: result.append(character)
            }
        }
        return result + "\""
    }

    /// `template` with each `{name}` whose name is in `arguments` replaced by its value.
    static func fill(_ template: String, _ arguments: [String: String]) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"),
                  let value = arguments[String(rest[rest.index(after: open)..<close])] else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    /// The placeholder names in `template`, for checking that a translation keeps them.
    public static func placeholders(_ template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
