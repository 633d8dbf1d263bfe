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
        }
    }

    /// The first giveaway word of this type in `text`, if any.
    public func giveaway(in text: String, language: Language) -> String? {
        let words = Giveaway.words(of: text)
        return giveawayWords(in: language).first { Giveaway.matches($0, words) }
    }
}

/// Whole-word matching for the giveaway lists.
public enum Giveaway {
    /// `text` in lower case, split into words (letters, digits and apostrophes).
    public static func words(of text: String) -> [Substring] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }
    }

    /// Whether `entry` (a word, a phrase, or a prefix ending in `*`) occurs in `words`.
    public static func matches(_ entry: String, _ words: [Substring]) -> Bool {
        let parts = entry.split(separator: " ")
        guard !parts.isEmpty, parts.count <= words.count else { return false }
        for start in 0...(words.count - parts.count) {
            let hit = parts.indices.allSatisfy { k in
                let part = parts[k], word = words[start + k]
                return part.hasSuffix("*") ? word.hasPrefix(part.dropLast()) : word == part
            }
            if hit { return true }
        }
        return false
    }
}
