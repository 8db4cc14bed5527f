import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

/// Random documents and random edits (seeded, so every run sees the same cases): the redline of every section
/// round-trips and nests well, and lineage follows the logical sections the generator knows it made.
@Suite("Redline: random documents and edits")
struct RedlinePropertyTests {
    /// The shared seedable generator, with the helpers this suite draws with.
    struct Rng: RandomNumberGenerator {
        var base: SplitMix64
        init(seed: UInt64) { base = SplitMix64(seed: seed) }
        mutating func next() -> UInt64 { base.next() }
        mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
        mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
        mutating func pick<T>(_ xs: [T]) -> T { xs[int(0...xs.count - 1)] }
    }

    // MARK: Model

    enum Block: Equatable {
        /// Sentences, each a list of inline atoms (a word, `*two words*`, `[text](url)`, `` `code` ``…).
        case paragraph([[String]])
        case list(ordered: Bool, loose: Bool, items: [[String]])
        case table(header: [String], rows: [[String]])
        case code([String])
        case quote([String])
    }

    struct GenSection {
        /// The logical section: the same in every version the generator derives from this one.
        var key: Int
        var level: Int
        var title: String
        var blocks: [Block]
    }

    struct Doc {
        var preamble: [Block]
        var sections: [GenSection]
    }

    struct Generator {
        var rng: Rng
        var nextKey = 0
        var nextTitle = 0
        var nextLink = 0
        /// Sections renamed in the current step: no other edit touches their body until the next step, so the
        /// renamed section's body stays similar enough to be recognised (the contract asks no more).
        var renamed: Set<Int> = []

        static let syllables = [
            "ka", "lo", "mi", "ren", "sa", "to", "vel", "qui", "dor", "an", "bex", "cy", "pra", "zu", "fen", "hol", "jit", "wo",
        ]

        init(seed: UInt64) { rng = Rng(seed: seed) }

        /// A pseudo-word from a vocabulary of some thousands, so unrelated texts share few words.
        mutating func word() -> String {
            if rng.chance(0.12) { return rng.pick(["the", "and", "we", "your", "data", "may", "of", "to"]) }
            return (0..<rng.int(2...3)).map { _ in rng.pick(Self.syllables) }.joined()
        }

        mutating func atom() -> String {
            switch rng.int(0...40) {
            case 0: return "*\(word()) \(word())*"
            case 1: return "**\(word())**"
            case 2: nextLink += 1; return "[\(word()) \(word())](https://example.com/p\(nextLink))"
            case 3: return "`\(word())()`"
            case 4: return rng.pick(["AT&T", "don't", "1 < 2", "\"quoted\"", "a > b", "opt-in", "1,000", "(see below)"])
            default: return word()
            }
        }

        mutating func sentence() -> [String] { (0..<rng.int(4...12)).map { _ in atom() } }

        mutating func cell() -> String { rng.chance(0.05) ? "" : (0..<rng.int(1...3)).map { _ in word() }.joined(separator: " ") }

        mutating func block() -> Block {
            switch rng.int(0...9) {
            case 0...4: return .paragraph((0..<rng.int(1...4)).map { _ in sentence() })
            case 5, 6: return .list(ordered: rng.chance(0.3), loose: rng.chance(0.2), items: (0..<rng.int(1...5)).map { _ in sentence() })
            case 7:
                let cols = rng.int(2...4);
                return .table(
                    header: (0..<cols).map { _ in word() }, rows: (0..<rng.int(1...4)).map { _ in (0..<cols).map { _ in cell() } })
            case 8: return .code((0..<rng.int(1...3)).map { _ in "let \(word()) = \(word())(\(rng.int(0...99)))" })
            default: return .quote(sentence())
            }
        }

        mutating func title() -> String {
            nextTitle += 1
            let t = (0..<rng.int(1...3)).map { _ in word() }.joined(separator: " ") + " \(nextTitle)"
            return t.prefix(1).uppercased() + t.dropFirst()
        }

        /// A section with a body of at least a few words (bodiless ones are made separately).
        mutating func section(level: Int? = nil) -> GenSection {
            nextKey += 1
            var blocks = (0..<rng.int(1...3)).map { _ in block() }
            if Doc.words(blocks) < 8 { blocks.insert(.paragraph([sentence(), sentence()]), at: 0) }
            return GenSection(key: nextKey, level: level ?? rng.int(2...3), title: title(), blocks: blocks)
        }

        mutating func document() -> Doc {
            var sections = (0..<rng.int(2...7)).map { _ in section() }
            if rng.chance(0.3) {  // a bodiless parent heading
                nextKey += 1
                sections.insert(GenSection(key: nextKey, level: 2, title: title(), blocks: []), at: rng.int(0...sections.count))
            }
            return Doc(preamble: rng.chance(0.5) ? [.paragraph([sentence()])] : [], sections: sections)
        }

        // MARK: Mutations

        enum Mutation: CaseIterable {
            case wordEdit, sentenceInsert, sentenceDelete, listItemAdd, listItemRemove, tableCellEdit, tableCellsEdit, tableRowAdd,
                linkTarget,
                rename, renameAndEdit, move, add, remove, relevelOne, relevelAll, blockInsert, blockDelete
        }

        /// Applies one random mutation; returns a short description of it.
        mutating func mutate(_ doc: inout Doc) -> String {
            let m = rng.pick(Mutation.allCases)
            let candidates = doc.sections.indices.filter { !doc.sections[$0].blocks.isEmpty && !renamed.contains(doc.sections[$0].key) }
            // A rename is only recognisable by its body: a few words at least, more when the body changes too.
            let renameable = candidates.filter { Doc.bagSize(doc.sections[$0].blocks) >= (m == .renameAndEdit ? 12 : 3) }
            switch m {
            case .add:
                let s = section()
                doc.sections.insert(s, at: rng.int(0...doc.sections.count))
                return "add \(s.key)"
            case .remove where doc.sections.count > 1:
                let s = doc.sections.remove(at: rng.int(0...doc.sections.count - 1))
                return "remove \(s.key)"
            case .move where doc.sections.count > 1:
                let s = doc.sections.remove(at: rng.int(0...doc.sections.count - 1))
                doc.sections.insert(s, at: rng.int(0...doc.sections.count))
                return "move \(s.key)"
            case .rename where !renameable.isEmpty, .renameAndEdit where !renameable.isEmpty:
                let i = rng.pick(renameable)
                renamed.insert(doc.sections[i].key)
                doc.sections[i].title = title()
                if m == .renameAndEdit { editWord(&doc.sections[i].blocks) }
                return "rename \(doc.sections[i].key)"
            case .relevelOne:
                guard !doc.sections.isEmpty else { return "nothing" }
                let i = rng.int(0...doc.sections.count - 1)
                doc.sections[i].level = doc.sections[i].level == 2 ? 3 : 2
                return "relevel \(doc.sections[i].key)"
            case .relevelAll:
                let up = doc.sections.contains { $0.level <= 2 }
                for i in doc.sections.indices { doc.sections[i].level += up ? 1 : -1 }
                return "relevel all"
            default:
                // A body edit in some section (or the preamble).
                if doc.preamble.isEmpty == false, rng.chance(0.15) { editBody(&doc.preamble, m); return "edit preamble" }
                guard !candidates.isEmpty else { return "nothing" }
                let i = rng.pick(candidates)
                editBody(&doc.sections[i].blocks, m)
                return "\(m) \(doc.sections[i].key)"
            }
        }

        mutating func editBody(_ blocks: inout [Block], _ m: Mutation) {
            switch m {
            case .sentenceInsert, .sentenceDelete:
                guard let b = blocks.indices.filter({ if case .paragraph = blocks[$0] { true } else { false } }).randomElement(using: &rng),
                    case .paragraph(var sentences) = blocks[b]
                else { return editWord(&blocks) }
                if m == .sentenceInsert || sentences.count == 1 {
                    sentences.insert(sentence(), at: rng.int(0...sentences.count))
                } else {
                    sentences.remove(at: rng.int(0...sentences.count - 1))
                }
                blocks[b] = .paragraph(sentences)
            case .listItemAdd, .listItemRemove:
                guard let b = blocks.indices.filter({ if case .list = blocks[$0] { true } else { false } }).randomElement(using: &rng),
                    case .list(let ordered, let loose, var items) = blocks[b]
                else { return editWord(&blocks) }
                if m == .listItemAdd || items.count == 1 {
                    items.insert(sentence(), at: rng.int(0...items.count))
                } else {
                    items.remove(at: rng.int(0...items.count - 1))
                }
                blocks[b] = .list(ordered: ordered, loose: loose, items: items)
            case .tableCellEdit, .tableCellsEdit, .tableRowAdd:
                guard let b = blocks.indices.filter({ if case .table = blocks[$0] { true } else { false } }).randomElement(using: &rng),
                    case .table(let header, var rows) = blocks[b]
                else { return editWord(&blocks) }
                if m == .tableRowAdd || rows.isEmpty {
                    rows.insert(header.map { _ in cell() }, at: rng.int(0...rows.count))
                } else if m == .tableCellsEdit {
                    // Neighbouring cells rewritten together: a change that spans cells.
                    let r = rng.int(0...rows.count - 1), c = rng.int(0...header.count - 2)
                    rows[r][c] = cell()
                    rows[r][c + 1] = cell()
                } else {
                    let r = rng.int(0...rows.count - 1), c = rng.int(0...header.count - 1)
                    rows[r][c] = cell()
                }
                blocks[b] = .table(header: header, rows: rows)
            case .linkTarget:
                // Retarget the first link found, keeping its text.
                for b in blocks.indices {
                    guard case .paragraph(var sentences) = blocks[b] else { continue }
                    for s in sentences.indices {
                        if let a = sentences[s].firstIndex(where: { $0.hasPrefix("[") }), let open = sentences[s][a].firstIndex(of: "(") {
                            nextLink += 1
                            sentences[s][a] = sentences[s][a][..<open] + "(https://example.org/moved\(nextLink))"
                            blocks[b] = .paragraph(sentences)
                            return
                        }
                    }
                }
                editWord(&blocks)
            case .blockInsert:
                blocks.insert(block(), at: rng.int(0...blocks.count))
            case .blockDelete where blocks.count > 1:
                blocks.remove(at: rng.int(0...blocks.count - 1))
            default:
                for _ in 0..<rng.int(1...3) { editWord(&blocks) }
            }
        }

        /// Replaces, inserts or deletes one atom somewhere in the body.
        mutating func editWord(_ blocks: inout [Block]) {
            guard !blocks.isEmpty else { return }
            let b = rng.int(0...blocks.count - 1)
            func edit(_ atoms: inout [String]) {
                let k = rng.int(0...max(0, atoms.count - 1))
                switch rng.int(0...2) {
                case 0 where atoms.count > 1: atoms.remove(at: k)
                case 1: atoms.insert(atom(), at: k)
                default: if atoms.isEmpty { atoms = [atom()] } else { atoms[k] = atom() }
                }
            }
            switch blocks[b] {
            case .paragraph(var sentences):
                let s = rng.int(0...sentences.count - 1)
                edit(&sentences[s])
                blocks[b] = .paragraph(sentences)
            case .list(let ordered, let loose, var items):
                let i = rng.int(0...items.count - 1)
                edit(&items[i])
                blocks[b] = .list(ordered: ordered, loose: loose, items: items)
            case .quote(var atoms):
                edit(&atoms)
                blocks[b] = .quote(atoms)
            case .table(var header, var rows):
                if rows.isEmpty || rng.chance(0.2) {
                    header[rng.int(0...header.count - 1)] = word()
                } else {
                    rows[rng.int(0...rows.count - 1)][rng.int(0...header.count - 1)] = cell()
                }
                blocks[b] = .table(header: header, rows: rows)
            case .code(var lines):
                lines[rng.int(0...lines.count - 1)] = "let \(word()) = \(word())()"
                blocks[b] = .code(lines)
            }
        }
    }

    // MARK: The properties

    @Test func randomChainsRoundTripAndFollowLineage() {
        var pairs = 0, sections = 0, kinds: [ChangeKind: Int] = [:]
        var problems: [String] = []
        for chain in 0..<80 {
            var gen = Generator(seed: 0x5EED_0000 &+ UInt64(chain) &* 7919)
            var docs = [gen.document()]
            var notes = [""]
            for _ in 0..<gen.rng.int(3...6) {
                var doc = docs[docs.count - 1]
                gen.renamed = []
                notes.append((0..<gen.rng.int(1...3)).map { _ in gen.mutate(&doc) }.joined(separator: ", "))
                docs.append(doc)
            }
            let (versions, history) = RoundTripCheck.history(docs.map(\.markdown))
            let label = "chain \(chain)"
            problems += lineageProblems(docs, versions, history, label: label)
            for i in docs.indices.dropFirst() {
                let here = "\(label) v\(i - 1)→v\(i) (\(notes[i]))"
                let entries = RoundTripCheck.entries(old: versions[i - 1].document, new: versions[i].document, diff: history.diffs[i])
                problems += RoundTripCheck.problems(entries, old: versions[i - 1].document, new: versions[i].document, label: here + " ")
                problems += kindProblems(docs[i - 1], docs[i], entries, label: here)
                pairs += 1
                sections += entries.count
                for e in entries { kinds[e.kind, default: 0] += 1 }
            }
            if problems.count > 20 { break }
        }
        #expect(problems.isEmpty, "\(problems.prefix(20).joined(separator: "\n"))")
        #expect(pairs >= 300, "pairs \(pairs)")
        #expect(sections > 1000, "sections \(sections)")
        // Every kind of change turned up (but renumbered: the generated headings have no numbers).
        for kind in ChangeKind.allCases where kind != .renumbered { #expect(kinds[kind, default: 0] > 0, "no \(kind) sections") }
    }

    /// The same logical section has the same lineage key in every version, and different ones have different keys.
    func lineageProblems(_ docs: [Doc], _ versions: [Version], _ history: StatementHistory, label: String) -> [String] {
        var problems: [String] = []
        var keyToLineage: [Int: String] = [:], lineageToKey: [String: Int] = [:]
        for (v, doc) in docs.enumerated() {
            let offset = doc.preamble.isEmpty ? 0 : 1
            let parsed = versions[v].document.sections
            guard parsed.map(\.title) == (doc.preamble.isEmpty ? [] : [""]) + doc.sections.map(\.title) else {
                problems.append("\(label) v\(v): sections parsed as \(parsed.map(\.title)), generated \(doc.sections.map(\.title))")
                continue
            }
            for (i, s) in doc.sections.enumerated() {
                let lineage = history.lineage[v][i + offset]
                if let known = keyToLineage[s.key], known != lineage {
                    problems.append("\(label) v\(v): '\(s.title)' lost its lineage \(known) (now \(lineage))")
                }
                if let other = lineageToKey[lineage], other != s.key {
                    problems.append("\(label) v\(v): '\(s.title)' took lineage \(lineage) of another section")
                }
                keyToLineage[s.key] = lineage
                lineageToKey[lineage] = s.key
            }
        }
        return problems
    }

    /// Each section's kind is what the generator's edits imply; the unmoved sections keep their order and are as many as can.
    func kindProblems(_ old: Doc, _ new: Doc, _ entries: [RoundTripCheck.Entry], label: String) -> [String] {
        var problems: [String] = []
        let oldOffset = old.preamble.isEmpty ? 0 : 1, newOffset = new.preamble.isEmpty ? 0 : 1
        let oldByKey = Dictionary(uniqueKeysWithValues: old.sections.map { ($0.key, $0) })
        let newKeys = Set(new.sections.map(\.key))
        var unmovedOld: [Int] = [], matchedOld: [Int] = []
        for e in entries {
            var want: ChangeKind
            var level = false
            if let n = e.change.new, n < newOffset {
                want = Doc.markdown(old.preamble) == Doc.markdown(new.preamble) ? .unchanged : .modified
            } else if let n = e.change.new {
                let s = new.sections[n - newOffset]
                if let was = oldByKey[s.key] {
                    level = was.level != s.level
                    want = was.title != s.title ? .renamed : Doc.markdown(was.blocks) != Doc.markdown(s.blocks) ? .modified : .unchanged
                } else {
                    want = .added
                }
            } else if let o = e.change.old, o >= oldOffset {
                want = newKeys.contains(old.sections[o - oldOffset].key) ? .unchanged : .removed
                if want == .unchanged { problems.append("\(label): '\(old.sections[o - oldOffset].title)' shown as removed but kept") }
            } else {
                want = .removed
                problems.append("\(label): preamble shown as removed")
            }
            if let o = e.change.old, e.change.new != nil {
                matchedOld.append(o)
                if !e.change.moved { unmovedOld.append(o) }
            }
            if want == .unchanged && e.change.moved { want = .moved }
            if e.kind != want { problems.append("\(label): [\(e.id)] is \(e.kind), expected \(want)") }
            if e.change.new != nil, e.change.old != nil, e.change.levelChanged != level {
                problems.append("\(label): [\(e.id)] levelChanged \(e.change.levelChanged), expected \(level)")
            }
        }
        if unmovedOld != unmovedOld.sorted() || unmovedOld.count != Self.longestIncreasingRun(matchedOld) {
            problems.append("\(label): sections left unmoved \(unmovedOld) are not a longest ordered run of \(matchedOld)")
        }
        return problems
    }

    /// Length of the longest increasing subsequence (quadratic; the lists are short).
    static func longestIncreasingRun(_ xs: [Int]) -> Int {
        var best = [Int](repeating: 1, count: xs.count)
        for i in xs.indices { for j in 0..<i where xs[j] < xs[i] { best[i] = max(best[i], best[j] + 1) } }
        return best.max() ?? 0
    }

    @Test func generatorIsDeterministicAndParses() {
        var a = Generator(seed: 7), b = Generator(seed: 7)
        let x = a.document().markdown, y = b.document().markdown
        #expect(x == y)
        let doc = RoundTripCheck.document(x)
        #expect(!doc.sections.isEmpty)
    }
}

extension RedlinePropertyTests.Doc {
    typealias Block = RedlinePropertyTests.Block

    /// The number of atoms in some blocks, roughly their words.
    static func words(_ blocks: [Block]) -> Int {
        blocks.reduce(0) { n, block in
            switch block {
            case .paragraph(let sentences): return n + sentences.reduce(0) { $0 + $1.count }
            case .list(_, _, let items): return n + items.reduce(0) { $0 + $1.count }
            case .table(let header, let rows): return n + header.count + rows.count * header.count
            case .code(let lines): return n + lines.count * 4
            case .quote(let atoms): return n + atoms.count
            }
        }
    }

    /// How many words rename detection sees in a body (its rendered text's letters-and-digits runs).
    static func bagSize(_ blocks: [Block]) -> Int {
        MarkdownParser.parse(markdown(blocks)).blocks.plainText.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count
    }

    /// Blocks as Markdown, separated by blank lines. Neighbouring lists use different markers so they stay two lists.
    static func markdown(_ blocks: [Block]) -> String {
        blocks.enumerated().map { index, block -> String in
            switch block {
            case .paragraph(let sentences):
                return sentences.enumerated().map { i, s in
                    s.joined(separator: " ") + "." + (i == sentences.count - 1 ? "" : i % 3 == 2 ? "\n" : " ")
                }.joined()
            case .list(let ordered, let loose, let items):
                return items.enumerated().map { i, item in
                    let marker = ordered ? "\(i + 1)" + (index % 2 == 0 ? "." : ")") : (index % 2 == 0 ? "-" : "*")
                    return marker + " " + item.joined(separator: " ")
                }.joined(separator: loose ? "\n\n" : "\n")
            case .table(let header, let rows):
                let line = { (cells: [String]) in "| " + cells.joined(separator: " | ") + " |" }
                return ([line(header), line(header.map { _ in "---" })] + rows.map(line)).joined(separator: "\n")
            case .code(let lines):
                return "```\n" + lines.joined(separator: "\n") + "\n```"
            case .quote(let atoms):
                return "> " + atoms.joined(separator: " ") + "."
            }
        }.joined(separator: "\n\n")
    }

    /// The whole body.
    var markdown: String {
        var parts: [String] = []
        if !preamble.isEmpty { parts.append(Self.markdown(preamble)) }
        for s in sections {
            parts.append(String(repeating: "#", count: s.level) + " " + s.title)
            if !s.blocks.isEmpty { parts.append(Self.markdown(s.blocks)) }
        }
        return parts.joined(separator: "\n\n") + "\n"
    }
}
