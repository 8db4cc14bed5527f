import Foundation
import Testing

extension Reliability {
    /// No path argument crashes any command: one-character and dot paths (`.`, `./`, `c`, `..`) work or end in a clear
    /// error, through the real binary, where a crash is a signal.
    @Suite struct PathArgumentTests {
        /// A site whose content folder is `c/` (one character) with a statement of two versions.
        static func site() throws -> TempSite {
            try TempSite(["c/p/2024-01-01.md": "## A\n\nOne.\n", "c/p/2024-02-01.md": "---\nsummary: s\n---\n## A\n\nTwo.\n"])
        }

        /// (folder to run in, below the site; arguments; the exit status expected).
        static let runs: [(String, [String], Int32)] = [
            ("c", ["check", "--content", "."], 0), ("c", ["check", "--content", "./"], 0), ("", ["check", "--content", "c"], 0),
            ("", ["check", "--content", "c/"], 0), ("", ["check", "--content", "./c"], 0), ("c/p", ["check", "--content", ".."], 0),
            ("", ["check", "--content", "c", "--templates", "."], 1), ("", ["check", "--content", "c", "--templates", "t"], 1),
            ("", ["check", "--content", "."], 1), ("", ["check", "--content", ""], 64),
            ("c", ["build", "--content", ".", "--output", "../o1"], 0), ("c", ["build", "--content", "./", "--output", "../o2"], 0),
            ("", ["build", "--content", "c", "--output", "o"], 0), ("", ["build", "--content", "c", "--output", "."], 1),
            ("", ["build", "--content", "c", "--output", "./"], 1), ("", ["build", "--content", "c", "--output", "c"], 1),
            ("c", ["build", "--content", ".", "--output", "."], 1), ("", ["build", "--content", "c", "--output", ""], 64),
            ("c", ["diff", "--content", ".", "p"], 0), ("c", ["diff", "--content", "./", "p"], 0),
            ("", ["diff", "--content", "c", "p"], 0),
            ("", ["diff", "--content", "x", "p"], 2),
        ]

        @Test(arguments: 0..<Self.runs.count)
        func aCommandWithAShortPathEndsWithoutACrash(_ index: Int) throws {
            let (folder, arguments, status) = Self.runs[index]
            let site = try Self.site()
            let asOf = arguments[0] == "diff" ? [] : ["--as-of", "2024-06-01"]
            let result = try TrustsiteBinary.run(arguments + asOf, in: site.root + "/" + folder)
            #expect(!result.signalled, "\(arguments) in \(folder) crashed: \(result.stderr)")
            #expect(result.status == status, "\(arguments) in \(folder): \(result.stderr)")
            if status != 0 { #expect(result.stderr.lowercased().contains("error"), "\(arguments): no error printed") }
        }

        @Test(arguments: [("c", "."), ("c", "./"), ("", "c"), ("", "missing")])
        func serveWithAShortPathStartsAndStopsWithoutACrash(_ folder: String, _ content: String) throws {
            let site = try Self.site()
            let (process, out, err) = try TrustsiteBinary.start(
                ["serve", "--content", content, "--port", "0", "--as-of", "2024-06-01"], in: site.root + "/" + folder, home: site.root)
            var printed = ""
            while !printed.contains("Serving ") {
                let data = out.fileHandleForReading.availableData
                if data.isEmpty { break }
                printed += String(decoding: data, as: UTF8.self)
            }
            #expect(printed.contains("Serving "), "serve \(content) never served: \(printed)")
            kill(process.processIdentifier, SIGINT)
            let result = TrustsiteBinary.finish(process, out, err)
            #expect(!result.signalled && result.status == 0, "serve --content \(content): \(result.stderr)")
        }
    }
}
