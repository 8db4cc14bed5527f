/// Splits prose into word, whitespace and punctuation tokens for word-level diffs.
public enum WordTokenizer {
    /// Splits text into word, whitespace and punctuation tokens (slices of `text`) whose concatenation is the input exactly.
    public static func tokens(_ text: String) -> [Substring] {
        // Token rules, kept deliberately simple:
        // - a word is a run of letters, digits and combining marks, held together across an apostrophe
        //   (' ’) or hyphen (- ‐ ‑) between letters/digits and across "." or "," between digits, so
        //   "don't", "opt-in", "1.5" and "1,000" are one token each (money and section numbers matter
        //   in legal text); "U.S." is still U . S . because dots only join digits;
        // - CJK ideographs and kana are one token each: those scripts don't put spaces between words;
        // - a run of whitespace (newlines included) is one token;
        // - any other character (punctuation, symbol, emoji) is its own token.
        // Marks, skin tones, emoji tags and zero-width-joiner sequences stay with what they modify.
        // Scanning Unicode scalars (not Characters) keeps this linear and fast.
        let scalars = text.unicodeScalars
        let whole = text[...]  // slicing a Substring is markedly cheaper than slicing the String
        var tokens: [Substring] = []
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let start = index
            let first = scalars[index]
            index = scalars.index(after: index)
            if isLetterOrDigit(first) {
                if !isSpacelessScript(first) { index = endOfWord(scalars, from: index, after: first) }
            } else if isWhitespace(first) {
                while index < scalars.endIndex, isWhitespace(scalars[index]) { index = scalars.index(after: index) }
            } else if isRegionalIndicator(first), index < scalars.endIndex, isRegionalIndicator(scalars[index]) {
                index = scalars.index(after: index)  // a flag is a pair of regional indicators
            }
            index = endOfExtenders(scalars, from: index)
            tokens.append(whole[start..<index])
        }
        return tokens
    }

    /// 0 for whitespace/punctuation-only tokens, else the token's character count (for SemanticCleanup).
    public static func weight(_ token: Substring) -> Int {
        token.unicodeScalars.contains(where: isLetterOrDigit) ? token.count : 0
    }

    private static func endOfWord(_ scalars: String.UnicodeScalarView, from start: String.Index,
                                  after first: Unicode.Scalar) -> String.Index {
        var index = start
        var previous = first
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if isWordContinuation(scalar) {
                previous = scalar
                index = next
            } else if next < scalars.endIndex, joinsWord(scalar, between: previous, and: scalars[next]) {
                previous = scalars[next]
                index = scalars.index(after: next)
            } else {
                break
            }
        }
        return index
    }

    /// Skips scalars that modify the preceding character rather than starting a new one.
    private static func endOfExtenders(_ scalars: String.UnicodeScalarView, from start: String.Index) -> String.Index {
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar.isASCII {
                break
            } else if scalar.value == 0x200D {  // zero-width joiner: glue the next character on too
                index = scalars.index(after: index)
                if index < scalars.endIndex, !isWhitespace(scalars[index]) { index = scalars.index(after: index) }
            } else if isMark(scalar) || (0x1F3FB...0x1F3FF).contains(scalar.value) || (0xE0020...0xE007F).contains(scalar.value) {
                index = scalars.index(after: index)  // marks, emoji skin tones, emoji tag sequences
            } else {
                break
            }
        }
        return index
    }

    private static func joinsWord(_ joiner: Unicode.Scalar, between previous: Unicode.Scalar,
                                  and next: Unicode.Scalar) -> Bool {
        switch joiner {
        case "'", "\u{2019}", "-", "\u{2010}", "\u{2011}":
            return isWordContinuation(previous) && isLetterOrDigit(next) && !isSpacelessScript(next)
        case ".", ",":
            return isDigit(previous) && isDigit(next)
        default:
            return false
        }
    }

    private static func isWordContinuation(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isLetterOrDigit(scalar) }
        if isLetterOrDigit(scalar) { return !isSpacelessScript(scalar) }
        // Zero-width (non-)joiners shape letters inside words in several scripts.
        return isMark(scalar) || scalar.value == 0x200C || scalar.value == 0x200D
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0x80: return false
        default:
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber:
                return true
            default:
                return false
            }
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x30...0x39).contains(scalar.value) : scalar.properties.generalCategory == .decimalNumber
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        guard !scalar.isASCII else { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private static func isSpacelessScript(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.isASCII && ((0x3040...0x30FF).contains(scalar.value) || scalar.properties.isIdeographic)
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }
}
