import AllyReporting

/// Moodle's CSV grade import, reduced to the rules that decide whether a file imports and what
/// each cell becomes. Written from Moodle's own code and documentation:
///
/// - lib/csvlib.class.php, `csv_import_reader::load_csv_content`: the text is converted to UTF-8,
///   a UTF-8 BOM is removed, CR LF and CR become LF, the whole text is trimmed; the separator is
///   the one the teacher picks (comma, semicolon, colon, tab); fields use `"` as enclosure
///   (fgetcsv); every row must have as many fields as the header ("csvweirdcolumns", aborts).
/// - grade/import/csv/classes/load_data.php, `prepare_import_grade_data`: each value is trimmed;
///   the identifier column is mapped to one user field (id, idnumber, email or username); an
///   identifier that matches no user aborts the whole import ("usermappingerror"), and so does a
///   row without one ("usermappingerrorusernotfound").
/// - load_data.php, `import_new_grade_item`: for a column mapped to a new grade item, `-` means
///   no grade; any other value, the empty one included, is stored as the grade (an empty one
///   becomes 0). `update_grade_item` (existing items): '' or '-' is no grade, anything else must
///   read as a number (`unformat_float`) or the import aborts ("badgrade").
/// - load_data.php, `insert_grade_record`: a grade above the maximum (100 unless
///   `unlimitedgrades`) aborts ("gradevaluetoobig").
/// - https://docs.moodle.org/311/en/Grade_import: "The import file format is the same as the
///   corresponding export format"; each column is mapped to a grade item on the preview page,
///   and "any collisions (i.e. if two or more fields are mapped to the same ...) will cause an
///   error"; e-mail addresses are compared case-sensitively.
struct MoodleGradeImport {
    /// Why the whole import was refused.
    enum Abort: Error, Equatable {
        case emptyFile
        case weirdColumns(row: Int)
        case duplicateHeading(String)
        case userNotFound(String)
        case noUser(row: Int)
        case badGrade(String)
        case gradeTooBig(String)
    }

    /// The Moodle user field the identifier column is mapped to.
    var userField: String
    /// The users Moodle knows, by that field.
    var users: Set<String>
    /// The separator the teacher picked.
    var separator: Character = ","

    /// What the import stores: per user, per column heading, the grade (nil: no grade).
    func run(_ text: String, newItems: Bool = true) throws(Abort) -> [String: [String: Double?]] {
        var content = text
        if content.hasPrefix("\u{FEFF}") { content.removeFirst() }
        content = content.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        content = content.trimmingCharacters(in: .whitespacesAndNewlines)
        let rows = CSV.rows(content, separator: separator).map(\.fields)
        guard let header = rows.first else { throw .emptyFile }
        for (index, row) in rows.enumerated() where row.count != header.count { throw .weirdColumns(row: index + 1) }
        let headings = header.map { $0.trimmingCharacters(in: .whitespaces) }
        guard headings.first == userField else { throw .userNotFound("no '\(userField)' column") }
        var seen: Set<String> = []
        for heading in headings.dropFirst() where !seen.insert(heading).inserted { throw .duplicateHeading(heading) }
        var grades: [String: [String: Double?]] = [:]
        for (index, row) in rows.dropFirst().enumerated() {
            let user = row[0].trimmingCharacters(in: .whitespaces)
            guard !user.isEmpty else { throw .noUser(row: index + 2) }
            guard users.contains(user) else { throw .userNotFound(user) }
            for (column, raw) in row.enumerated().dropFirst() {
                let value = raw.trimmingCharacters(in: .whitespaces)
                let grade: Double?
                if value == "-" || (!newItems && value.isEmpty) {
                    grade = nil
                } else if value.isEmpty {
                    grade = 0   // a new grade item stores the empty value, which is 0
                } else if let number = Double(value.replacingOccurrences(of: ",", with: ".")) {
                    guard number <= 100 else { throw .gradeTooBig(value) }
                    grade = number
                } else {
                    throw .badGrade(value)
                }
                grades[user, default: [:]][headings[column]] = .some(grade)
            }
        }
        return grades
    }
}

import Foundation
