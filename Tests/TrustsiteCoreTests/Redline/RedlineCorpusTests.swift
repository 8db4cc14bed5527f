import Foundation
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Every consecutive pair of every statement in the shared corpus of real policy histories
/// (`/work/shared/corpus`, beside the repository): each section's redline is well-formed and round-trips.
@Suite("Redline: corpus round trip")
struct RedlineCorpusTests {
    /// `../shared/corpus` next to the repository root.
    static var corpus: URL {
        URL(fileURLWithPath: Repository.root()).deletingLastPathComponent().appendingPathComponent("shared/corpus")
    }

    /// Folders that hold a `versions.json`, sorted.
    static func statementFolders() -> [URL] {
        let fm = FileManager.default
        guard let walker = fm.enumerator(at: corpus, includingPropertiesForKeys: nil) else { return [] }
        var out: [URL] = []
        for case let url as URL in walker where url.lastPathComponent == "versions.json" { out.append(url.deletingLastPathComponent()) }
        return out.sorted { $0.path < $1.path }
    }

    /// The Markdown bodies of a statement's versions in `versions.json` order, front matter removed.
    static func bodies(_ folder: URL) throws -> [String] {
        struct Entry: Decodable { var file: String }
        let list = try JSONDecoder().decode([Entry].self, from: Data(contentsOf: folder.appendingPathComponent("versions.json")))
        return try list.map { entry in
            let text = try String(contentsOf: folder.appendingPathComponent(entry.file), encoding: .utf8)
            switch FrontMatterSplit.split(text, path: entry.file) {
            case .success(let split): return String(split.body)
            case .failure: return text
            }
        }
    }

    struct Tally: Sendable {
        var statement = ""
        var versions = 0
        var pairs = 0
        var sections = 0
        var changed = 0
        var problems: [String] = []
    }

    /// Redlines every consecutive pair of one statement (the changes pages) and checks every section; with
    /// `compare`, every third version against the latest instead (the compare pages, matched through the lineage;
    /// all of them would take half a minute more in a debug build).
    static func check(_ folder: URL, compare: Bool) throws -> Tally {
        check(folder.lastPathComponent, bodies: try bodies(folder), compare: compare)
    }

    /// `check(_:compare:)` of a statement's bodies, oldest first.
    static func check(_ name: String, bodies: [String], compare: Bool) -> Tally {
        var tally = Tally(statement: name)
        let (versions, history) = RoundTripCheck.history(bodies)
        tally.versions = versions.count
        let last = versions.count - 1
        let lastTexts = versions.last.map { RoundTripCheck.renderedTexts($0.document) } ?? [:]
        var texts = versions.first.map { RoundTripCheck.renderedTexts($0.document) } ?? [:]
        for i in versions.indices.dropFirst() where !compare || (i - 1) % 3 == 0 {
            let (from, to) = compare ? (i - 1, last) : (i - 1, i)
            let (old, new) = (versions[from].document, versions[to].document)
            let diff = compare ? history.diff(versions, from: from, to: to) : history.diffs[i]
            let entries = RoundTripCheck.entries(old: old, new: new, diff: diff)
            let oldTexts = compare ? RoundTripCheck.renderedTexts(old) : texts
            if !compare { texts = RoundTripCheck.renderedTexts(new) }
            tally.pairs += 1
            tally.sections += entries.count
            tally.changed += entries.filter { $0.kind != .unchanged }.count
            if tally.problems.count < 20 {
                tally.problems += RoundTripCheck.problems(
                    entries, oldTexts: oldTexts, newTexts: compare ? lastTexts : texts,
                    label: "\(tally.statement) #\(from)→#\(to) ")
            }
            // Lineage keys are unique within each version.
            if Set(history.lineage[i]).count != history.lineage[i].count {
                tally.problems.append("\(tally.statement) #\(i): duplicate lineage keys")
            }
        }
        return tally
    }

    /// Checks every statement folder (in parallel) and records any problem; false when there is no corpus.
    static func checkAll(compare: Bool) async throws -> [Tally]? {
        guard FileManager.default.fileExists(atPath: corpus.path) else { return nil }
        let folders = statementFolders()
        #expect(!folders.isEmpty, "no versions.json under \(corpus.path)")
        return try await checkAll(folders.map { folder in { try check(folder, compare: compare) } })
    }

    /// Runs the checks (in parallel) and records any problem.
    static func checkAll(_ checks: [@Sendable () throws -> Tally]) async throws -> [Tally] {
        let tallies = try await withThrowingTaskGroup(of: Tally.self) { group in
            for check in checks { group.addTask { try check() } }
            var all: [Tally] = []
            for try await tally in group { all.append(tally) }
            return all.sorted { $0.statement < $1.statement }
        }
        let pairs = tallies.reduce(0) { $0 + $1.pairs }, sections = tallies.reduce(0) { $0 + $1.sections }
        let changed = tallies.reduce(0) { $0 + $1.changed }
        #expect(pairs > 0 && sections > 0 && changed > 0, "pairs \(pairs), sections \(sections), changed \(changed)")
        let problems = tallies.flatMap { $0.problems }
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
        return tallies
    }

    /// The changes pages: ~475 pairs and ~40,000 section redlines when the corpus is complete.
    @Test func everyConsecutivePairRoundTrips() async throws {
        guard let tallies = try await Self.checkAll(compare: false) else { return }
        #expect(tallies.allSatisfy { $0.pairs == $0.versions - 1 })
    }

    /// The changes pages of the Open Terms Archive collection, laid out by its `to-content.py`: every consecutive pair
    /// of its 3,000 versions, statements of up to 240 versions and 300 kB.
    @Test func everyConsecutivePgaPairRoundTrips() async throws {
        guard RealCorpora.isPresent else { return }
        let statements = try RealCorpora.statements(in: try RealCorpora.pga.get())
        let tallies = try await Self.checkAll(
            statements.map { statement in { Self.check(statement.slug, bodies: try Self.pgaBodies(statement.path), compare: false) } })
        #expect(tallies.count > 100 && tallies.reduce(0) { $0 + $1.pairs } > 2_900)
        #expect(tallies.allSatisfy { $0.pairs == $0.versions - 1 })
    }

    /// A pga statement's bodies, oldest first (the files are named by date), front matter removed.
    static func pgaBodies(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.sorted().map { name in
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            switch FrontMatterSplit.split(text, path: name) {
            case .success(let split): return String(split.body)
            case .failure: return text
            }
        }
    }

    /// The compare pages: every third version against the latest.
    @Test func versionsComparedWithTheLatestRoundTrip() async throws {
        guard let tallies = try await Self.checkAll(compare: true) else { return }
        #expect(tallies.allSatisfy { $0.pairs == ($0.versions + 1) / 3 })
    }
}
