import AllyCore
/// Reads typed values out of a `YAMLNode` tree, collecting diagnostics instead of throwing.
///
/// Every reader returns `nil` after reporting why, so one pass over a file reports all of its
/// mistakes, not just the first.
struct FileDecoder {
    /// The file name used in every diagnostic.
    let file: String
    /// Everything found so far, in the order found.
    var diagnostics: [Diagnostic] = []

    /// Whether an error (not just a warning) was reported.
    private(set) var hasErrors = false

    /// Most diagnostics reported for one file: past this, more messages only bury the first ones
    /// (and a hostile file could otherwise produce millions).
    static let maximumDiagnostics = 100

    /// Reports an error; the message is only built while there is room for it (did-you-mean is not free).
    mutating func error(_ mark: Mark?, _ message: @autoclosure () -> Localized) {
        hasErrors = true
        report(mark, .error, message)
    }

    /// Reports a warning.
    mutating func warning(_ mark: Mark?, _ message: @autoclosure () -> Localized) {
        report(mark, .warning, message)
    }

    private mutating func report(_ mark: Mark?, _ severity: Severity, _ message: () -> Localized) {
        guard diagnostics.count <= Self.maximumDiagnostics else { return }
        if diagnostics.count == Self.maximumDiagnostics {
            diagnostics.append(Diagnostic(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, severity: .error, Localized("content.tooManyProblems", ["maximumDiagnostics": Self.maximumDiagnostics])))
            return
        }
        diagnostics.append(Diagnostic(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, severity: severity, message()))
    }

    // MARK: Mappings

    /// A mapping's entries by key, after checking keys against the format.
    struct Fields {
        var mapping: YAMLMapping

        /// The value under `key`, if present (the first one when a key is repeated).
        subscript(key: String) -> YAMLNode? {
            for entry in mapping.entries where entry.key.value == key { return entry.value }
            return nil
        }
    }

    /// Checks that `node` is a mapping with only `known` keys, each at most once, and all of `required`.
    ///
    /// - Parameters:
    ///   - what: how the mapping is named in messages, e.g. "step 'arrive'".
    ///   - owner: where to report missing keys (the key that introduced the mapping), if not the mapping itself.
    mutating func fields(_ node: YAMLNode, _ what: @autoclosure () -> Localized, known: [String], required: [String], owner: Mark? = nil) -> Fields? {
        guard case .mapping(let mapping) = node else {
            error(node.mark, Localized("content.expectedMapping", ["what": what(), "kindDescription": node.kindDescription]))
            return nil
        }
        // Real mappings have a handful of keys, where a linear search beats hashing; a hostile one
        // with thousands of keys gets a dictionary so the check stays linear.
        let entries = mapping.entries
        var seen: [String: Mark]? = entries.count > 16 ? [:] : nil
        for (index, (key, _)) in entries.enumerated() {
            let first: Mark?
            if seen != nil {
                first = seen?[key.value]
                if first == nil { seen?[key.value] = key.mark }
            } else {
                first = entries[..<index].first(where: { $0.key.value == key.value })?.key.mark
            }
            if let first {
                error(key.mark, Localized("content.duplicateKey", ["value": key.value, "text": first.text]))
            } else if !known.contains(key.value) {
                error(key.mark, Localized("content.unknownKey", ["value": key.value, "what": what(), "hint": didYouMean(key.value, among: known)]))
            }
        }
        for name in required where !entries.contains(where: { $0.key.value == name }) {
            error(owner ?? mapping.mark, Localized("content.missingKey", ["name": name, "what": what()]))
        }
        return Fields(mapping: mapping)
    }

    /// A mapping whose keys are ids (steps, endings): checks the ids and reports repeats.
    mutating func idMapping(_ node: YAMLNode, _ what: @autoclosure () -> Localized) -> YAMLMapping? {
        guard case .mapping(let mapping) = node else {
            error(node.mark, Localized("content.expectedIDMapping", ["what": what(), "kindDescription": node.kindDescription]))
            return nil
        }
        return mapping
    }

    // MARK: Scalars

    /// Non-empty text. Plain scalars such as `12` or `yes` are taken as the text they spell.
    mutating func text(_ node: YAMLNode) -> String? {
        guard case .scalar(let s) = node, !s.isNull else {
            error(node.mark, Localized("content.expectedText", ["kindDescription": node.kindDescription]))
            return nil
        }
        // Bytes, not Characters: grapheme breaking every text would double the decoding time.
        guard s.value.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else {
            error(node.mark, Localized("content.emptyText"))
            return nil
        }
        return s.value
    }

    /// An id: lower-case letters, digits and '-'.
    ///
    /// An id is matched against other ids (`next:`, `translation:`, a course's list), so it must be
    /// text to every reader of the file: one that YAML reads as a number or a boolean (`12345`,
    /// `007`, `1e3`, `true`) is refused with a hint to quote it. To an editor and the JSON schemas
    /// `007` and `7` would be one number, and two different ids to Ally.
    mutating func id(_ node: YAMLNode) -> String? {
        guard case .scalar(let s) = node, !s.isNull else {
            error(node.mark, Localized("content.expectedID", ["kindDescription": node.kindDescription]))
            return nil
        }
        switch s.coreValue {
        case .number?:
            error(node.mark, Localized("content.idIsNumber", ["value": s.value.clippedForMessage]))
            return nil
        case .boolean?:
            error(node.mark, Localized("content.idIsBoolean", ["value": s.value]))
            return nil
        case nil:
            break
        }
        guard Self.isID(s.value) else {
            error(node.mark, Localized("content.badID", ["clippedForMessage": s.value.clippedForMessage]))
            return nil
        }
        return s.value
    }

    /// Whether `text` matches `[a-z0-9-]+`.
    static func isID(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// A plain integer within `range`. A whole decimal (`2.0`) is that integer, as it is to JSON
    /// and so to the schemas.
    mutating func integer(_ node: YAMLNode, _ range: ClosedRange<Int>) -> Int? {
        if case .scalar(let s) = node, s.style == .plain, let value = Self.parseInteger(s.value) ?? Self.parseWholeDecimal(s.value),
           range.contains(value) {
            return value
        }
        // The message is built only on failure: this is the hot path of every file.
        let expected = range.upperBound == Int.max
            ? Localized("content.integerAtLeast", ["low": range.lowerBound])
            : Localized("content.integerFromTo", ["low": range.lowerBound, "high": range.upperBound])
        error(node.mark, Localized("content.expectedFound", ["expected": expected, "found": Self.describe(node)]))
        return nil
    }

    /// A plain number (integer or decimal) within `range`.
    mutating func number(_ node: YAMLNode, _ range: ClosedRange<Double>, _ expected: @autoclosure () -> Localized) -> Double? {
        guard case .scalar(let s) = node, s.style == .plain, let value = Self.parseNumber(s.value), range.contains(value) else {
            error(node.mark, Localized("content.expectedFound", ["expected": expected(), "found": Self.describe(node)]))
            return nil
        }
        return value
    }

    /// Like `kindDescription`, but says when a number was quoted: `"2"` is text in YAML.
    static func describe(_ node: YAMLNode) -> Localized {
        if case .scalar(let s) = node, s.style != .plain, parseNumber(s.value) != nil {
            return Localized("content.found.quotedNumber", ["value": s.value])
        }
        return node.kindDescription
    }

    /// `[+-]?[0-9]+`, as YAML's core schema reads a plain integer (no hex, no underscores).
    static func parseInteger(_ text: String) -> Int? {
        var digits = Substring(text)
        if digits.first == "+" {
            digits = digits.dropFirst()
            guard digits.first != "-" else { return nil }
        }
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        let body = digits.first == "-" ? digits.dropFirst() : digits
        guard !body.isEmpty, body.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return Int(digits)
    }

    /// A decimal whose fraction is zero (`2.0`, `-1.00`) as an integer; nil for anything else.
    static func parseWholeDecimal(_ text: String) -> Int? {
        guard text.contains("."), let value = parseNumber(text), value == value.rounded(.towardZero), abs(value) < 1e15 else { return nil }
        return Int(value)
    }

    /// An integer or a decimal such as `0.5` or `.5`; no exponents, infinities or NaN.
    static func parseNumber(_ text: String) -> Double? {
        var body = Substring(text)
        var negative = false
        if body.first == "+" {
            body = body.dropFirst()
        } else if body.first == "-" {
            negative = true
            body = body.dropFirst()
        }
        guard !body.isEmpty, body.count <= 24, body != ".",
              body.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2E }),
              body.utf8.count(where: { $0 == 0x2E }) <= 1,
              let value = Double("0" + body)  // the leading 0 makes ".5" readable
        else { return nil }
        return negative ? -value : value
    }

    /// One of an enumeration's raw values, with a did-you-mean for misspellings.
    mutating func name<Value: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ kind: @autoclosure () -> Localized, as _: Value.Type) -> Value? where Value.RawValue == String {
        if case .scalar(let s) = node, let value = Value(rawValue: s.value) { return value }
        let names = Value.allCases.map(\.rawValue)
        guard case .scalar(let s) = node, !s.isNull else {
            error(node.mark, Localized("content.expectedName", ["kind": kind(), "names": names.joined(separator: ", "), "found": node.kindDescription]))
            return nil
        }
        error(node.mark, Localized("content.unknownName", ["kind": kind(), "value": s.value.clippedForMessage, "hint": Self.hint(s.value, names)]))
        return nil
    }

    /// "(did you mean 'x'?)" when one name is close, else the list of valid names.
    static func hint(_ word: String, _ names: [String]) -> Localized {
        if let close = suggestion(for: word, among: names) { return Localized("content.didYouMean", ["name": close]) }
        return Localized("content.expectedOneOf", ["names": names.joined(separator: ", ")])
    }

    // MARK: Lists

    /// A list's items; a single scalar is not silently taken as a one-item list.
    mutating func list(_ node: YAMLNode, _ expected: @autoclosure () -> Localized) -> [YAMLNode]? {
        guard case .sequence(let s) = node else {
            error(node.mark, Localized("content.expectedList", ["expected": expected(), "kindDescription": node.kindDescription]))
            return nil
        }
        return s.items
    }

    /// A list of non-empty texts.
    mutating func textList(_ node: YAMLNode) -> [String]? {
        guard let items = list(node, Localized("content.word.texts")) else { return nil }
        let texts = items.compactMap { text($0) }
        return texts.count == items.count ? texts : nil
    }

    /// A list of enumeration names, each at most once.
    mutating func nameList<Value: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ kind: @autoclosure () -> Localized, plural: @autoclosure () -> Localized, as type: Value.Type) -> [Value]? where Value.RawValue == String {
        guard let items = list(node, plural()) else { return nil }
        var values: [Value] = []
        var ok = true
        for item in items {
            guard let value = name(item, kind(), as: type) else { ok = false; continue }
            if values.contains(where: { $0.rawValue == value.rawValue }) {
                error(item.mark, Localized("content.listedTwice", ["rawValue": value.rawValue]))
                ok = false
                continue
            }
            values.append(value)
        }
        return ok ? values : nil
    }
}
