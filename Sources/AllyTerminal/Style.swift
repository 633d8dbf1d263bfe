/// What a piece of text means on screen; a ``Theme`` maps each role to colours or attributes.
///
/// Screens say *what* something is (a title, a wrong answer), never which colour it has,
/// so colour, monochrome and SVG output all follow from one theme.
public enum Role: String, CaseIterable, Hashable, Sendable {
    /// Ordinary body text.
    case normal
    /// Headings and screen titles.
    case title
    /// Secondary, less important text.
    case muted
    /// Text that should stand out without meaning right or wrong (names, emphasis).
    case accent
    /// The highlighted item of a list or menu.
    case selected
    /// A correct answer or a good result.
    case correct
    /// A wrong answer or a bad result.
    case wrong
    /// A caution: time pressure, an escalating customer.
    case warning
    /// Keys in a key-hint bar.
    case keyHint
    /// Box borders and separators.
    case border
    /// The good end of a meter or gauge.
    case meterGood
    /// The middle of a meter or gauge.
    case meterMid
    /// The bad end of a meter or gauge.
    case meterBad

    /// The role's index in `allCases`, for tables indexed by role (see ``RoleMap``).
    public var position: Int {
        switch self {
        case .normal: 0
        case .title: 1
        case .muted: 2
        case .accent: 3
        case .selected: 4
        case .correct: 5
        case .wrong: 6
        case .warning: 7
        case .keyHint: 8
        case .border: 9
        case .meterGood: 10
        case .meterMid: 11
        case .meterBad: 12
        }
    }
}

/// Terminal text attributes that combine with a role.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    /// The raw bit set.
    public let rawValue: UInt8

    /// Creates attributes from raw bits.
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// Bold (or bright) text.
    public static let bold = TextAttributes(rawValue: 1 << 0)
    /// Underlined text.
    public static let underline = TextAttributes(rawValue: 1 << 1)
    /// Foreground and background swapped.
    public static let reverse = TextAttributes(rawValue: 1 << 2)
    /// Dim (faint) text.
    public static let dim = TextAttributes(rawValue: 1 << 3)

    /// Every attribute with its snapshot name, in the fixed order snapshots print them.
    public static let named: [(TextAttributes, String)] = [
        (.bold, "bold"), (.underline, "underline"), (.reverse, "reverse"), (.dim, "dim"),
    ]
}

/// How a cell looks: a semantic role plus attributes.
public struct Style: Hashable, Sendable {
    /// What the text means.
    public var role: Role
    /// Extra attributes on top of what the theme gives the role.
    public var attributes: TextAttributes

    /// Creates a style from a role and attributes.
    public init(_ role: Role = .normal, _ attributes: TextAttributes = []) {
        self.role = role
        self.attributes = attributes
    }

    /// Plain body text: the style of a blank screen.
    public static let normal = Style()

    /// This style with `extra` attributes added.
    public func adding(_ extra: TextAttributes) -> Style {
        Style(role, attributes.union(extra))
    }

    /// Whether this is the plain style (snapshots leave such runs out).
    public var isNormal: Bool { self == .normal }

    /// The snapshot name, e.g. `title+bold`.
    public var label: String {
        var parts = [role.rawValue]
        for (attribute, name) in TextAttributes.named where attributes.contains(attribute) {
            parts.append(name)
        }
        return parts.joined(separator: "+")
    }
}
