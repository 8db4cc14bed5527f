@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// How a page's words differ from the source's, in order: runs of source words the page does not show (missing) and
/// runs of page words the source does not have (extra), each with the source line where it happens.
struct WordComparison {
    /// A run of words, with the source line of its first word (or of the word before it, for an extra run).
    struct Run: CustomStringConvertible {
        var line: Int
        var words: [String]
        var description: String {
            let text = words.joined(separator: " ")
            let shown = text.count > 160 ? text.prefix(160) + "…" : Substring(text)
            return "“\(shown)” (\(words.count) word\(words.count == 1 ? "" : "s"))"
        }
    }

    var missing: [Run] = []
    var extra: [Run] = []
    var isEmpty: Bool { missing.isEmpty && extra.isEmpty }

    /// Compares the source's words with the page's, as sequences: a word must appear, and in its place.
    init(source: WordList, page: WordList) {
        guard source.hashes != page.hashes else { return }
        for run in SequenceDiff.runs(source.hashes, page.hashes) {
            switch run.kind {
            case .equal: break
            case .delete:
                missing.append(Run(line: source.lines[run.old.lowerBound], words: run.old.map(source.word)))
            case .insert:
                let line = run.old.lowerBound > 0 ? source.lines[run.old.lowerBound - 1] : source.lines.first ?? 0
                extra.append(Run(line: line, words: run.new.map(page.word)))
            }
        }
    }

    /// One line per run, prefixed with the file: `content/x/2024-01-01.md:12: missing “…” (3 words)`.
    func lines(file: String, limit: Int = 8) -> [String] {
        let all =
            missing.map { "\(file):\($0.line): missing from the page: \($0)" }
            + extra.map { "\(file):\($0.line): not in the source: \($0)" }
        return all.count > limit ? Array(all.prefix(limit)) + ["\(file): … and \(all.count - limit) more"] : all
    }
}
