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
