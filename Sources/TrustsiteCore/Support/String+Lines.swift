extension String {
    /// The text between line feeds, split byte-wise: a `Character` split compares whole graphemes and costs a
    /// build seconds. The same lines, as content is normalised to LF before it is split.
    var lineFeedSplit: [Substring] {
        utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    }
}
