import Foundation
import Testing

/// The built `trustsite` executable, run as a child process.
enum TrustsiteBinary {
    /// What a finished run printed and how it ended.
    struct Result {
        /// The exit status, or the signal number when `signalled`.
        var status: Int32
        /// Whether a signal ended the process.
        var signalled: Bool
        /// Standard output.
        var stdout: String
        /// Standard error.
        var stderr: String
    }

    /// The executable: beside the test bundle (`swift build --build-tests` builds both), else `.build/debug/trustsite`.
    static func path() throws -> String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
        let candidates = [bundle + "/trustsite", Repository.root() + "/.build/debug/trustsite"]
        return try #require(
            candidates.first { FileManager.default.isExecutableFile(atPath: $0) },
            "no trustsite executable in \(candidates); run swift build --build-tests first")
    }

    /// Starts `trustsite arguments…` in `directory`, with HOME pointed at `home` (so no test can touch the real one).
    static func start(_ arguments: [String], in directory: String, home: String, input: String? = nil) throws -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try path())
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        if input != nil { process.standardInput = stdin }
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        return (process, out, err)
    }

    /// Runs `trustsite arguments…` to the end, with `input` on its standard input.
    static func run(_ arguments: [String], in directory: String, home: String? = nil, input: String? = nil) throws -> Result {
        let (process, out, err) = try start(arguments, in: directory, home: home ?? directory, input: input)
        return finish(process, out, err)
    }

    /// Waits for `process` and collects its output (read before waiting, so a full pipe cannot block it).
    static func finish(_ process: Process, _ out: Pipe, _ err: Pipe) -> Result {
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
            stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
