/// The number or letter a heading starts with ("3.", "C.", "3.1", "Section 3", "§ 4", "IV."), so that a heading whose
/// only change is that prefix reads as renumbered, not renamed.
package enum HeadingNumber {
    /// Words that may stand before the number, compared as written.
    package static let words = ["section", "article", "part", "chapter", "clause", "schedule", "appendix", "annex", "§"]

    /// `title` split into its number and the rest (with any word before the number kept in the rest), or nil when
    /// it does not start with a number.
    package static func split(_ title: String) -> (number: Substring, rest: String)? {
        var text = title.trimmingSpaces[...]
        var word = ""
        if let found = words.first(where: { text.lowercased().hasPrefix($0) }) {
            let after = text.dropFirst(found.count)
            if found == "§" || after.first == " " {
                word = String(text.prefix(found.count))
                text = after.drop { $0 == " " }
            }
        }
        let digits = text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }.reversed().drop { $0 == "." }.count
        let letters = text.prefix { $0.isASCII && $0.isLetter }.count
        let isRoman = letters > 0 && letters <= 6 && text.prefix(letters).allSatisfy { "IVXLCivxlc".contains($0) }
        let length: Int
        if digits > 0, text.first?.isNumber == true {
            length = digits
        } else if letters == 1 || isRoman {
            length = letters
        } else {
            return nil
        }
        let number = text.prefix(length)
        var rest = text.dropFirst(length)
        let punctuated = rest.first.map { ".):".contains($0) } ?? false
        if punctuated { rest = rest.dropFirst() }
        guard rest.isEmpty || rest.first == " " else { return nil }
        // Without a word or punctuation, only a short number is one ("1 Introduction"); a letter or a year is a word.
        guard !word.isEmpty || punctuated || (number.first!.isNumber && number.count <= 3) else { return nil }
        return (number, word + "\u{1}" + rest.drop { $0 == " " })
    }

    /// Whether headings `a` and `b` differ only in their number prefix.
    package static func onlyRenumbered(_ a: String, _ b: String) -> Bool {
        guard a != b, let x = split(a), let y = split(b) else { return false }
        return x.rest == y.rest && x.number != y.number
    }
}
