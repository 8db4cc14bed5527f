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
            let first = classify(scalars[index])
            index = scalars.index(after: index)
            switch first {
            case .wordCharacter:
                index = endOfWord(scalars, from: index, after: scalars[start])
            case .whitespace:
                while index < scalars.endIndex, classify(scalars[index]) == .whitespace {
                    index = scalars.index(after: index)
                }
            case .regionalIndicator where index < scalars.endIndex && classify(scalars[index]) == .regionalIndicator:
                index = scalars.index(after: index)  // a flag is a pair of regional indicators
            default:
                break
            }
            index = endOfExtenders(scalars, from: index)
            tokens.append(whole[start..<index])
        }
        return tokens
    }

    /// 0 for whitespace/punctuation-only tokens, else the token's character count (for SemanticCleanup).
    public static func weight(_ token: Substring) -> Int {
        let hasLetterOrDigit = token.unicodeScalars.contains {
            let kind = classify($0)
            return kind == .wordCharacter || kind == .standaloneLetter
        }
        guard hasLetterOrDigit else { return 0 }
        // In ASCII only "\r\n" is a Character of two bytes; otherwise counting bytes avoids grapheme breaking.
        return token.utf8.allSatisfy { $0 < 0x80 && $0 != 13 } ? token.utf8.count : token.count
    }

    private static func endOfWord(
        _ scalars: String.UnicodeScalarView, from start: String.Index,
        after first: Unicode.Scalar
    ) -> String.Index {
        var index = start
        var previous = first
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            switch classify(scalar) {
            case .wordCharacter, .extender, .zeroWidthJoiner:
                previous = scalar
                index = next
            case .other where next < scalars.endIndex && joinsWord(scalar, between: previous, and: scalars[next]):
                previous = scalars[next]
                index = scalars.index(after: next)
            default:
                return index
            }
        }
        return index
    }

    /// Skips scalars that modify the preceding character rather than starting a new one.
    private static func endOfExtenders(_ scalars: String.UnicodeScalarView, from start: String.Index) -> String.Index {
        var index = start
        while index < scalars.endIndex {
            switch classify(scalars[index]) {
            case .extender:
                index = scalars.index(after: index)
            case .zeroWidthJoiner:  // glue the next character on too, as in 👩‍👩‍👧
                index = scalars.index(after: index)
                if index < scalars.endIndex, classify(scalars[index]) != .whitespace { index = scalars.index(after: index) }
            default:
                return index
            }
        }
        return index
    }

    private static func joinsWord(
        _ joiner: Unicode.Scalar, between previous: Unicode.Scalar,
        and next: Unicode.Scalar
    ) -> Bool {
        switch joiner {
        case "'", "\u{2019}", "-", "\u{2010}", "\u{2011}":
            let before = classify(previous)
            return (before == .wordCharacter || before == .extender) && classify(next) == .wordCharacter
        case ".", ",":
            return isDigit(previous) && isDigit(next)
        default:
            return false
        }
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x30...0x39).contains(scalar.value) : isNonASCIIDigit(scalar)
    }

    @inline(never)
    private static func isNonASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .decimalNumber
    }

    private static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .wordCharacter
        case 0x09...0x0D, 0x20: return .whitespace
        case 0..<0x80: return .other
        default: return classifyNonASCII(scalar)
        }
    }

    // Out of line because merely touching Unicode properties costs metadata look-ups on every call,
    // which more than doubled the time for plain ASCII text.
    @inline(never)
    private static func classifyNonASCII(_ scalar: Unicode.Scalar) -> ScalarClass {
        switch scalar.value {
        case 0x200D: return .zeroWidthJoiner
        case 0x200C, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return .extender  // ZWNJ, skin tones, emoji tags
        case 0x1F1E6...0x1F1FF: return .regionalIndicator
        default: break
        }
        let properties = scalar.properties
        if properties.isWhitespace { return .whitespace }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .extender
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            let isKana = (0x3040...0x30FF).contains(scalar.value)
            return isKana || properties.isIdeographic ? .standaloneLetter : .wordCharacter
        default:
            return .other
        }
    }
}

/// How the tokenizer treats one Unicode scalar.
private enum ScalarClass {
    /// Letter or digit of a script that separates words with spaces.
    case wordCharacter
    /// CJK ideograph or kana: a token by itself.
    case standaloneLetter
    /// Combining mark, skin tone, emoji tag or ZWNJ: belongs to the character before it.
    case extender
    /// Zero-width joiner: belongs to the character before it and glues on the one after.
    case zeroWidthJoiner
    case regionalIndicator
    case whitespace
    case other
}
