import Foundation
import Testing

/// CI runs exactly the README's test command, and both quick-start commands name scripts the repository has.
@Suite struct QuickStartTests {
    /// The shell commands in the README's "Quick start" section, one per code block.
    static func quickStartCommands() throws -> [String] {
        let readme = try String(contentsOfFile: Repository.root() + "/README.md", encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "\n## ").first { $0.hasPrefix("Quick start") })
        let blocks = section.components(separatedBy: "```sh\n").dropFirst()
        return blocks.compactMap { $0.components(separatedBy: "\n```").first?.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    @Test func ciRunsTheReadmesTestCommand() throws {
        let commands = try Self.quickStartCommands()
        #expect(commands.count == 2, "the README gives exactly two commands: set-up and build, set-up and tests")
        let test = try #require(commands.last)
        let ci = try String(contentsOfFile: Repository.root() + "/.ci/run", encoding: .utf8)
        let lines = ci.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.last == test, ".ci/run must end by running the README's test command '\(test)'")
    }

    @Test func theCommandsNameScriptsThatExistAndRun() throws {
        for command in try Self.quickStartCommands() {
            for word in command.split(separator: " ") where word.hasPrefix("./") {
                let path = Repository.root() + "/" + word.dropFirst(2)
                #expect(FileManager.default.isExecutableFile(atPath: path), "\(word) in the README is not an executable file")
            }
        }
    }
}
