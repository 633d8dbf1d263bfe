import AllyCore
/// A small positioned YAML tree: only what the content format needs, nothing generic.
///
/// Built straight from libyaml's events (see `YAMLReader`), so every value keeps the line and
/// column where it starts, and nothing is resolved behind the decoder's back (no anchors,
/// aliases, tags or implicit typing: a scalar is text plus its style).
enum YAMLNode: Sendable {
    case scalar(YAMLScalar)
    case mapping(YAMLMapping)
    case sequence(YAMLSequence)

    /// Where the node starts.
    var mark: Mark {
        switch self {
        case .scalar(let s): s.mark
        case .mapping(let m): m.mark
        case .sequence(let s): s.mark
        }
    }

    /// How the node is described in "expected ..., found ..." messages.
    var kindDescription: Localized {
        switch self {
        case .scalar(let s): s.isNull ? Localized("content.found.nothing") : Localized("content.found.value", ["value": s.value.clippedForMessage])
        case .mapping: Localized("content.found.mapping")
        case .sequence: Localized("content.found.list")
        }
    }
}

/// A scalar with its text, its style and its position.
struct YAMLScalar: Sendable {
    /// How the scalar was written; only plain scalars can be numbers or null.
    enum Style: Sendable { case plain, quoted, block }

    var value: String
    var style: Style
    var mark: Mark

    /// A plain `~`, `null` or empty value: YAML's "nothing here".
    var isNull: Bool {
        style == .plain && (value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL")
    }

    /// What a plain scalar is to YAML 1.2's core schema when it is not text: what an editor, the
    /// JSON schemas and any other YAML tool see in it. Ally itself reads a scalar as the text it
    /// spells; this tells where the two differ.
    enum CoreValue: Sendable { case number, boolean }

    /// The core schema's reading of this scalar, when it is a number or a boolean; nil for text
    /// (a quoted or block scalar always is) and for null (see ``isNull``).
    var coreValue: CoreValue? {
        guard style == .plain, let first = value.utf8.first else { return nil }
        switch value {
        case "true", "True", "TRUE", "false", "False", "FALSE": return .boolean
        default: break
        }
        // Every number starts with a digit, a sign or a dot: most text is ruled out at once.
        guard (0x30...0x39).contains(first) || first == 0x2B || first == 0x2D || first == 0x2E else { return nil }
        return Self.isCoreNumber(Substring(value)) ? .number : nil
    }

    /// YAML 1.2 core: `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`,
    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.(inf|Inf|INF)`, `\.(nan|NaN|NAN)`.
    static func isCoreNumber(_ text: Substring) -> Bool {
        let isDigit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
        let bytes = Array(text.utf8)
        if bytes.count > 2, bytes[0] == 0x30, bytes[1] == 0x6F {  // 0o
            return bytes.dropFirst(2).allSatisfy { (0x30...0x37).contains($0) }
        }
        if bytes.count > 2, bytes[0] == 0x30, bytes[1] == 0x78 {  // 0x
            return bytes.dropFirst(2).allSatisfy { isDigit($0) || (0x61...0x66).contains($0) || (0x41...0x46).contains($0) }
        }
        if [".nan", ".NaN", ".NAN"].contains(text) { return true }
        var body = bytes[...]
        if body.first == 0x2B || body.first == 0x2D { body = body.dropFirst() }
        if [".inf", ".Inf", ".INF"].contains(String(decoding: body, as: UTF8.self)) { return true }
        // Mantissa: digits, an optional dot and digits; at least one digit in all.
        let whole = body.prefix(while: isDigit)
        body = body.dropFirst(whole.count)
        var fraction = 0
        if body.first == 0x2E {
            body = body.dropFirst()
            fraction = body.prefix(while: isDigit).count
            body = body.dropFirst(fraction)
        }
        guard whole.count + fraction > 0 else { return false }
        // Exponent: e or E, an optional sign, digits.
        if body.first == 0x65 || body.first == 0x45 {
            body = body.dropFirst()
            if body.first == 0x2B || body.first == 0x2D { body = body.dropFirst() }
            guard let digit = body.first, isDigit(digit) else { return false }
            body = body.drop(while: isDigit)
        }
        return body.isEmpty
    }
}

/// A mapping whose keys are scalars, in file order.
struct YAMLMapping: Sendable {
    var entries: [(key: YAMLScalar, value: YAMLNode)]
    var mark: Mark

    /// The entry with this key, if present.
    subscript(key: String) -> (key: YAMLScalar, value: YAMLNode)? {
        entries.first { $0.key.value == key }
    }
}

/// A sequence of nodes, in file order.
struct YAMLSequence: Sendable {
    var items: [YAMLNode]
    var mark: Mark
}

extension String {
    /// The text shortened to a readable length for quoting in a message.
    var clippedForMessage: String {
        count > 40 ? String(prefix(37)) + "..." : self
    }
}

/// Ids as the content format writes them (`id:`, `next:`, `translation:`, step and ending names).
public enum ContentID {
    /// Whether `text` can stand unquoted as an id: only a-z, 0-9 and '-', and not a number or a
    /// boolean to YAML (`12345`, `1e3`, `true`), which `ally check` refuses as an id.
    public static func isValid(_ text: String) -> Bool {
        FileDecoder.isID(text) && YAMLScalar(value: text, style: .plain, mark: Mark(line: 0, column: 0)).coreValue == nil
    }
}
