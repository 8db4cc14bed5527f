import Foundation
import Testing

/// `trustsite serve` as a user runs it: the real binary, real signals.
@Suite(.serialized) struct ServeCommandTests {
    /// The `trustsite` binary built beside the test runner.
    static var binary: String {
        let runner = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        // The runner may sit inside an .xctest bundle folder.
        while !FileManager.default.isExecutableFile(atPath: folder.path + "/trustsite") && folder.path.count > 1 {
            folder.deleteLastPathComponent()
        }
        return folder.path + "/trustsite"
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalStopsItAndRemovesThePreviewFolder(_ signal: Int32) async throws {
        let workspace = try TempSite.example()
        let output = workspace.root + "/serve.out"
        FileManager.default.createFile(atPath: output, contents: nil)
        let process = Process()
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "no trustsite binary beside the tests")
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["serve", "--port", "0", "--content", workspace.content, "--as-of", "2025-06-01"]
        process.standardOutput = FileHandle(forWritingAtPath: output)
        process.standardError = FileHandle(forWritingAtPath: workspace.root + "/serve.err")
        try process.run()
        let printed: @Sendable () -> String = { (try? String(contentsOfFile: output, encoding: .utf8)) ?? "" }
        #expect(await poll(seconds: 60) { printed().contains("Serving ") }, "no URL printed: \(printed())")
        let url = try #require(printed().firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\//))
        #expect(try await RawHTTP.request(port: Int(url.1)!, "/").status == 200)
        let temporary = (NSTemporaryDirectory() as NSString).standardizingPath
        let prefix = "trustsite-preview-\(process.processIdentifier)-"
        let folders = { (try? FileManager.default.contentsOfDirectory(atPath: temporary))?.filter { $0.hasPrefix(prefix) } ?? [] }
        #expect(folders().count == 1)

        kill(process.processIdentifier, signal)
        let running = Unchecked(process)
        #expect(await poll(seconds: 30) { !running.value.isRunning }, "still running after the signal")
        #expect(process.terminationStatus == 0)
        #expect(folders().isEmpty, "the preview folder outlived the server")
    }
}

extension ServeCommandTests {
    /// The lines `serve` prints about content (here a folder name holding an escape sequence) show it as `^[`:
    /// content cannot set the window title or clear the reviewer's screen.
    @Test func contentReachesTheTerminalVisibly() async throws {
        let workspace = try TempSite.example()
        try workspace.write("content/bad\u{1B}]0;pwned\u{7}/2024-01-01.md", "Text.\n")
        let (output, errors) = (workspace.root + "/serve.out", workspace.root + "/serve.err")
        for file in [output, errors] { _ = FileManager.default.createFile(atPath: file, contents: nil) }
        let process = Process()
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "no trustsite binary beside the tests")
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["serve", "--port", "0", "--content", workspace.content, "--as-of", "2025-06-01"]
        process.standardOutput = FileHandle(forWritingAtPath: output)
        process.standardError = FileHandle(forWritingAtPath: errors)
        try process.run()
        let printed: @Sendable () -> String = {
            [output, errors].map { (try? String(contentsOfFile: $0, encoding: .utf8)) ?? "" }.joined(separator: "\n")
        }
        #expect(await poll(seconds: 60) { printed().contains("Serving ") && printed().contains("build failed") }, "\(printed())")
        kill(process.processIdentifier, SIGINT)
        let running = Unchecked(process)
        #expect(await poll(seconds: 30) { !running.value.isRunning })
        #expect(printed().contains("/content/bad^[]0;pwned^G: error: statement folder name cannot be used in a URL"), "\(printed())")
        #expect(!printed().unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(printed().debugDescription)")
    }
}

/// Lets a test hand a Foundation object that is not Sendable to a polling closure it owns.
struct Unchecked<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
