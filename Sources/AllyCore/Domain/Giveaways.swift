/// Words that give a type away before the trainee names it: its reminder's and definition's own words.
///
/// Kept beside the reminders (`CustomerType.reminder`), since they are their vocabulary. A cue
/// that uses them names the answer; a cue should describe behaviour the trainee must interpret.
/// An entry ending in `*` matches any word that starts with it; other entries match whole words
/// (or whole phrases).
extension CustomerType {
    /// The giveaway words of this type in `language`.
    public func giveawayWords(in language: Language) -> [String] {
        switch (self, language) {
        case (.ally, .nl): ["positief", "positieve", "meehelp*", "helpt mee", "feedback", "aanbevel*", "ambassadeur*", "respect*"]
        case (.ally, .en): ["positive*", "helpful", "feedback", "recommend*", "ambassador*", "respected"]
        case (.tolerant, .nl): ["geduld*", "over het hoofd", "onzichtbaar*", "genegeerd", "negeren", "passief", "passieve", "wacht rustig"]
        case (.tolerant, .en): ["patient", "patiently", "patience", "overlook*", "invisible", "ignored", "passive*", "quietly waiting", "waits quietly"]
        case (.patient, .nl): ["vastzit*", "zit vast", "gebonden", "geen keus", "geen keuze", "regels", "voorschrift*", "onderwerp*", "voorlopig"]
        case (.patient, .en): ["stuck", "locked", "bound", "no choice", "rules", "regulation*", "submit*", "for now"]
        case (.incompetent, .nl): ["weg kwijt", "procedure*", "bedreig*", "verward", "in de war", "nieuw", "nieuwe", "begrijpt niet", "snapt niet"]
        case (.incompetent, .en): ["lost", "procedure*", "threaten*", "confused", "new", "doesn't understand", "does not understand"]
        case (.victim, .nl): ["pech", "altijd mis", "altijd mij", "lot", "opblaz*", "blaast", "dramati*", "erbij neer*"]
        case (.victim, .en): ["bad luck", "always goes wrong", "always me", "fate", "blow* up", "dramati*", "resign*"]
        case (.hostage, .nl): ["contract*", "gebonden", "verplicht*", "vastzit*", "zit vast", "gegijzeld", "gijzel*"]
        case (.hostage, .en): ["contract*", "bound", "obliged", "locked in", "stuck with", "hostage*"]
        case (.intolerant, .nl): ["ongeduld*", "geduld", "stress*", "haast*", "irritatie", "geïrriteerd*"]
        case (.intolerant, .en): ["impatien*", "patience", "stress*", "hurry", "hurried", "irritat*"]
        case (.anarchist, .nl): ["regel", "regels", "regeltje*", "systeem", "systemen", "uitzondering*", "hekel", "bureaucrat*"]
        case (.anarchist, .en): ["rule", "rules", "system*", "exception*", "dislike*", "bureaucra*"]
        case (.terrorist, .nl): ["aanval*", "valt aan", "onverwacht*", "uit het niets", "publiek*", "iedereen", "openlijk*", "lof", "prees", "prijst"]
        case (.terrorist, .en): ["attack*", "unexpected*", "out of nowhere", "public*", "everyone", "openly", "praise*"]
        // Content is written in the shipped languages; a catalogue-only language has no scenarios to lint.
        default: []
        }
    }

    /// The first giveaway word of this type in `text`, if any.
    public func giveaway(in text: String, language: Language) -> String? {
        giveaway(inWords: Giveaway.words(of: text), language: language)
    }

    /// The first giveaway word of this type among `words` (from ``Giveaway/words(of:)``), if any.
    public func giveaway(inWords words: [Substring], language: Language) -> String? {
        guard let slot = Giveaway.slot(self, language) else { return nil }
        return Giveaway.compiled[slot].first { $0.matches(words) }?.entry
    }
}

/// Whole-word matching for the giveaway lists.
public enum Giveaway {
    /// `text` in lower case, split into words (letters, digits and apostrophes).
    ///
    /// By Unicode scalar, with an ASCII fast path: the linter splits every text of every file,
    /// and `Character.isLetter` made that most of the time to load a library.
    public static func words(of text: String) -> [Substring] {
        let lower = text.lowercased()
        var words: [Substring] = []
        var start: String.Index?
        let scalars = lower.unicodeScalars
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let next = scalars.index(after: index)
            if isWordScalar(scalars[index]) {
                if start == nil { start = index }
            } else if let begin = start {
                words.append(lower[begin..<index])
                start = nil
            }
            index = next
        }
        if let begin = start { words.append(lower[begin...]) }
        return words
    }

    /// Letters, digits and apostrophes (straight or curly) make words; everything else separates them.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A, 0x41...0x5A, 0x27, 0x2019: return true
        case 0..<0x80: return false
        default: return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    /// Whether `entry` (a word, a phrase, or a prefix ending in `*`) occurs in `words`.
    public static func matches(_ entry: String, _ words: [Substring]) -> Bool {
        Pattern(entry).matches(words)
    }

    /// An entry split once into its words, each whole or a prefix.
    struct Pattern: Sendable {
        let entry: String
        let parts: [(text: String, isPrefix: Bool)]

        init(_ entry: String) {
            self.entry = entry
            parts = entry.split(separator: " ").map { part in
                part.hasSuffix("*") ? (String(part.dropLast()), true) : (String(part), false)
            }
        }

        func matches(_ words: [Substring]) -> Bool {
            guard let first = parts.first, parts.count <= words.count else { return false }
            for start in 0...(words.count - parts.count) {
                guard Self.fits(first, words[start]) else { continue }
                if parts.indices.dropFirst().allSatisfy({ Self.fits(parts[$0], words[start + $0]) }) { return true }
            }
            return false
        }

        static func fits(_ part: (text: String, isPrefix: Bool), _ word: Substring) -> Bool {
            part.isPrefix ? word.hasPrefix(part.text) : word == part.text
        }
    }

    /// Every type's lists, split once: the linter matches them against every text of every file.
    static let compiled: [[Pattern]] = Language.shipped.flatMap { language in
        CustomerType.allCases.map { type in type.giveawayWords(in: language).map(Pattern.init) }
    }

    /// The position of a type's list in `compiled`; none for a language without content.
    static func slot(_ type: CustomerType, _ language: Language) -> Int? {
        guard let index = Language.shipped.firstIndex(of: language) else { return nil }
        return index * CustomerType.allCases.count + CustomerType.allCases.firstIndex(of: type)!
    }
}
