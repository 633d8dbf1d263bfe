/// One of the eight standard terminal colours, or the terminal's own default.
///
/// Eight colours work on every colour terminal (and over SSH with any TERM), so themes use
/// only these; SVG output maps them to RGB through the theme's palette.
public enum TerminalColor: Int, CaseIterable, Hashable, Sendable {
    /// The terminal's default foreground or background.
    case terminalDefault = -1
    /// Black.
    case black = 0
    /// Red.
    case red = 1
    /// Green.
    case green = 2
    /// Yellow.
    case yellow = 3
    /// Blue.
    case blue = 4
    /// Magenta.
    case magenta = 5
    /// Cyan.
    case cyan = 6
    /// White.
    case white = 7
}

/// Foreground and background colour of a role.
public struct RoleColors: Hashable, Sendable {
    /// Text colour.
    public var foreground: TerminalColor
    /// Background colour.
    public var background: TerminalColor

    /// Creates a colour pair.
    public init(_ foreground: TerminalColor, on background: TerminalColor = .terminalDefault) {
        self.foreground = foreground
        self.background = background
    }
}

/// A value for each ``Role``, with a default for the roles not named.
///
/// An array indexed by the role's position rather than a dictionary: looking a role up happens
/// for every cell drawn, and a `Dictionary<Role, _>` would also cost a runtime conformance
/// search the first time it is created, before the first frame.
public struct RoleMap<Value: Sendable>: Sendable {
    private var values: [Value]

    /// `fallback` for every role, except those given in `values`.
    public init(_ fallback: Value, _ values: KeyValuePairs<Role, Value> = [:]) {
        self.values = Array(repeating: fallback, count: Role.allCases.count)
        for (role, value) in values { self.values[role.position] = value }
    }

    /// The value of `role`.
    public subscript(role: Role) -> Value {
        get { values[role.position] }
        set { values[role.position] = newValue }
    }

    /// Every role's value, in the order of `Role.allCases`.
    public var all: [Value] { values }
}

extension RoleMap: Equatable where Value: Equatable {}
extension RoleMap: Hashable where Value: Hashable {}

/// The `#rrggbb` colour of each ``TerminalColor`` in SVG output.
public struct Palette: Hashable, Sendable {
    private var rgb: [String]  // indexed by rawValue + 1, so `terminalDefault` (-1) is first

    /// A palette; `terminalDefault` is the page's text colour.
    public init(
        terminalDefault: String, black: String, red: String, green: String, yellow: String,
        blue: String, magenta: String, cyan: String, white: String
    ) {
        rgb = [terminalDefault, black, red, green, yellow, blue, magenta, cyan, white]
    }

    /// The RGB colour of `color`.
    public subscript(color: TerminalColor) -> String { rgb[color.rawValue + 1] }
}

/// Maps roles to colours and attributes; shared by the ncurses backend and SVG output.
public struct Theme: Hashable, Sendable {
    /// A short name.
    public var name: String
    /// Colours per role; a role left out uses the terminal defaults.
    public var colors: RoleMap<RoleColors>
    /// Attributes a role always gets on top of the cell's own (how monochrome tells roles apart).
    public var attributes: RoleMap<TextAttributes>
    /// RGB (`#rrggbb`) for each colour in SVG output.
    public var palette: Palette
    /// The SVG page background (`#rrggbb`), standing in for the terminal's default background.
    public var defaultBackground: String

    /// Creates a theme; roles left out of `colors` and `attributes` get the terminal defaults.
    public init(
        name: String, colors: KeyValuePairs<Role, RoleColors>, attributes: KeyValuePairs<Role, TextAttributes>,
        palette: Palette, defaultBackground: String
    ) {
        self.name = name
        self.colors = RoleMap(RoleColors(.terminalDefault), colors)
        self.attributes = RoleMap([], attributes)
        self.palette = palette
        self.defaultBackground = defaultBackground
    }

    /// The colours of `role`.
    public func colors(for role: Role) -> RoleColors {
        colors[role]
    }

    /// The attributes a cell of `style` is drawn with: its own plus the role's.
    public func attributes(for style: Style) -> TextAttributes {
        style.attributes.union(attributes[style.role])
    }

    /// Whether this theme uses any colour at all.
    public var usesColor: Bool {
        colors.all.contains { $0.foreground != .terminalDefault || $0.background != .terminalDefault }
    }

    /// A dark-terminal palette (xterm-like) for SVG output.
    public static let darkPalette = Palette(
        terminalDefault: "#d0d0d0", black: "#1c1c1c", red: "#e06c75", green: "#98c379",
        yellow: "#e5c07b", blue: "#61afef", magenta: "#c678dd", cyan: "#56b6c2", white: "#e8e8e8")

    /// The standard colour theme.
    public static let standard = Theme(
        name: "standard",
        colors: [
            .title: RoleColors(.cyan), .muted: RoleColors(.blue), .accent: RoleColors(.magenta),
            .selected: RoleColors(.black, on: .cyan), .correct: RoleColors(.green), .wrong: RoleColors(.red),
            .warning: RoleColors(.yellow), .keyHint: RoleColors(.black, on: .white), .border: RoleColors(.blue),
            .meterGood: RoleColors(.green), .meterMid: RoleColors(.yellow), .meterBad: RoleColors(.red),
        ],
        attributes: [.title: .bold, .correct: .bold, .wrong: .bold],
        palette: darkPalette,
        defaultBackground: "#1c1c1c"
    )

    /// No colour at all (`NO_COLOR`, or a terminal without colours): roles differ by attributes.
    public static let monochrome = Theme(
        name: "monochrome",
        colors: [:],
        attributes: [
            .title: .bold, .muted: .dim, .accent: .bold, .selected: .reverse, .correct: .bold,
            .wrong: [.bold, .underline], .warning: [.bold, .underline], .keyHint: .reverse,
            .meterBad: .bold,
        ],
        palette: darkPalette,
        defaultBackground: "#1c1c1c"
    )
}
