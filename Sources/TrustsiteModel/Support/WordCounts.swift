/// A multiset of words, compared by the Dice coefficient: how sections and blocks are judged similar.
///
/// Words are kept as 64-bit FNV-1a hashes of their bytes rather than as strings: no string is made or compared, and a
/// collision (about one in 2⁶⁴ per pair of words) would only nudge a similarity score.
package struct WordCounts {
    private var counts: [UInt64: Int] = [:]
    private var total = 0

    /// Counts `words`.
    package init(_ words: some Sequence<String>) {
        for word in words { add(Self.hash(word.utf8)) }
    }

    /// The words of `text`: runs of letters, digits and combining marks, compared without case.
    package init(text: String) {
        var hash = Self.offset, inWord = false
        for scalar in text.unicodeScalars {
            guard Self.isWordScalar(scalar) else {
                if inWord { add(hash) }
                (hash, inWord) = (Self.offset, false)
                continue
            }
            inWord = true
            if scalar.isASCII {
                let v = UInt8(scalar.value)
                hash = Self.mix(hash, v >= 0x41 && v <= 0x5A ? v | 0x20 : v)
            } else {
                for byte in scalar.properties.lowercaseMapping.utf8 { hash = Self.mix(hash, byte) }
            }
        }
        if inWord { add(hash) }
    }

    /// 1 for the same words, 0 for none in common.
    package func similarity(_ other: WordCounts) -> Double {
        guard total + other.total > 0 else { return 0 }
        var common = 0
        for (word, n) in counts { common += min(n, other.counts[word] ?? 0) }
        return 2 * Double(common) / Double(total + other.total)
    }

    /// Each word's hash and count, in no order.
    package var entries: [(hash: UInt64, count: Int)] { counts.map { ($0.key, $0.value) } }

    private mutating func add(_ hash: UInt64) {
        counts[hash, default: 0] += 1
        total += 1
    }

    private static let offset: UInt64 = 0xcbf2_9ce4_8422_2325

    private static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }

    private static func hash(_ bytes: String.UTF8View) -> UInt64 { bytes.reduce(offset, mix) }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .nonspacingMark, .spacingMark,
            .enclosingMark:
            return true
        default: return scalar.properties.numericType != nil
        }
    }
}

/// `WordCounts` as two sorted arrays, compared by a merge: the same scores, for comparing many pairs.
package struct WordBag: Sendable {
    /// The words' hashes, ascending.
    package let hashes: [UInt64]
    /// How often each word occurs, parallel to `hashes`.
    package let counts: [Int]
    /// How many words in all.
    package let total: Int

    /// The words of `words`.
    package init(_ words: WordCounts) {
        let sorted = words.entries.sorted { $0.hash < $1.hash }
        hashes = sorted.map(\.hash)
        counts = sorted.map(\.count)
        total = counts.reduce(0, +)
    }

    /// `WordCounts.similarity`, to the last bit.
    package func similarity(_ other: WordBag) -> Double {
        guard total + other.total > 0 else { return 0 }
        return 2 * Double(common(other)) / Double(total + other.total)
    }

    /// The highest similarity the two sizes allow (all of the smaller bag's words in common); never below `similarity`.
    package func bound(_ other: WordBag) -> Double {
        guard total + other.total > 0 else { return 0 }
        return 2 * Double(min(total, other.total)) / Double(total + other.total)
    }
}
