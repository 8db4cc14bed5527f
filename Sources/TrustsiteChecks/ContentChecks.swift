import TrustsiteModel

/// Checks that need a parsed statement or the whole site: dates that clash or go back in time, summaries, unknown keys,
/// repeated versions, links that lead nowhere, and text that would be published by mistake.
package enum ContentChecks {
    /// Checks each statement's links into other statements (`found`, by slug) against `checks`' targets.
    package static func checkCrossLinks(_ found: [String: [CrossLink]], checks: LinkChecks, into links: inout Diagnostics) {
        for (slug, crossLinks) in found.sorted(by: { $0.key < $1.key }) { checks.check(crossLinks, from: slug, into: &links) }
    }

    /// All checks of one statement but those of its links into other statements, which it returns.
    package static func check(_ statement: Statement, links: LinkChecks, text: TextChecks, into diagnostics: inout Diagnostics)
        -> [CrossLink]
    {
        var cross: [CrossLink] = []
        HiddenCharacterChecks.run(statement, into: &diagnostics)
        // Keys that other tools write (redirect_from, layout) come in every version: each is reported once, where it
        // first appears, with how many versions carry it.
        var unknown: [(key: String, at: SourceLocation, versions: Int)] = []
        // Each key's place in `unknown`, so thousands of distinct keys cost no more than a scan each.
        var index: [String: Int] = [:]
        // Each version's own checks need only it (and the one before): in parallel, so a one-statement rebuild uses
        // every core; the warnings keep the versions' order.
        let perVersion = Array(statement.versions.indices).concurrentMap { i -> (Diagnostics, [CrossLink]) in
            var found = Diagnostics()
            let version = statement.versions[i]
            if i > 0 { checkAgainstEarlier(statement, i, into: &found) }
            checkEmptySummary(statement, i, into: &found)
            checkDateLines(version, into: &found)
            let pieces = BodyWalk.pieces(version.document)
            let cross = links.run(statement, version, pieces: pieces, into: &found)
            text.run(version, pieces: pieces, into: &found)
            return (found, cross)
        }
        for (version, (found, links)) in zip(statement.versions, perVersion) {
            for (key, location) in version.source.frontMatter.unknownKeys {
                if let seen = index[key] {
                    unknown[seen].versions += 1
                } else {
                    index[key] = unknown.count
                    unknown.append((key, location, 1))
                }
            }
            diagnostics.append(contentsOf: found)
            cross += links
        }
        for (key, location, versions) in unknown {
            let hint = Suggestion.didYouMean(key, among: FrontMatter.knownKeys)
            let others = versions > 1 ? "; it is ignored here and in \(versions - 1) later version\(versions == 2 ? "" : "s")" : ""
            diagnostics.warning(
                location,
                "unknown front matter key '\(key)'"
                    + (hint.isEmpty ? "; known keys are \(FrontMatter.knownKeys.joined(separator: ", "))" : hint) + others)
        }
        return cross
    }

    /// The checks that compare version `i` with the versions before it.
    package static func checkAgainstEarlier(_ statement: Statement, _ i: Int, into diagnostics: inout Diagnostics) {
        let version = statement.versions[i], previous = statement.versions[i - 1]
        let path = version.source.path
        let top = SourceLocation(path: path, line: 1, column: 1)
        // An empty `summary:` has its own message (`checkEmptySummary`).
        if (version.summary?.trimmingSpaces ?? "").isEmpty && !version.source.frontMatter.hasEmptySummary {
            diagnostics.warning(
                top, "version has no 'summary' of what changed; add a line 'summary: …' to its front matter for readers of the history")
        }
        if let earlier = statement.versions[..<i].first(where: { $0.updated == version.updated }) {
            // Point at the `updated` value that makes the dates clash, in whichever file has one.
            let location = version.source.frontMatter.locations["updated"] ?? earlier.source.frontMatter.locations["updated"] ?? top
            let other = location.path == path ? earlier.source.path : path
            diagnostics.error(
                location, "this version and \(other) have the same date \(version.updated); give each version its own 'updated' date")
        }
        checkDateOrder(statement, i, into: &diagnostics)
        if version.title == previous.title && version.source.body.sameBytesIgnoringOuterSpace(as: previous.source.body) {
            diagnostics.warning(
                top,
                "this version's text is identical to the one before it (\(previous.source.path)); "
                    + "delete this file, or make the change it was meant to publish")
        }
    }
}

extension String {
    /// Whether the two texts have the same bytes once leading and trailing ASCII white space is set aside; byte-wise,
    /// as it runs on every version's whole body.
    package func sameBytesIgnoringOuterSpace(as other: String) -> Bool {
        func trimmed(_ s: String) -> Substring.UTF8View {
            let isSpace = { (b: UInt8) in b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C }
            var bytes = Substring(s).utf8
            while let first = bytes.first, isSpace(first) { bytes = bytes.dropFirst() }
            while let last = bytes.last, isSpace(last) { bytes = bytes.dropLast() }
            return bytes
        }
        let (a, b) = (trimmed(self), trimmed(other))
        return a.count == b.count && a.elementsEqual(b)
    }
}
