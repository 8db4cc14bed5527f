import Foundation
import TrustsiteModel

/// How to run Pagefind (CloudCannon's static search indexer): its `pagefind` executable, else `python3 -m pagefind`
/// (PyPI's `pagefind[bin]`, which installs no executable of its own).
struct Pagefind: Sendable {
    /// The program and the arguments before Pagefind's own.
    var command: [String]

    /// What a build with search says when neither is there.
    static let missing =
        "search is on (--search, --search-archive, or search: true in site.yml) but Pagefind was not found: there is no "
        + "`pagefind` on PATH and `python3 -m pagefind` does not run; install it with `pip install 'pagefind[bin]'` "
        + "(or `npm install -g pagefind`; Scripts/setup.sh does the first), or build without search"

    /// The `pagefind` executable in `path`'s folders (`PATH`'s form; nil: the process's), else `python3 -m pagefind` when
    /// that runs; throws `WriteError` (`missing`) when neither does.
    static func locate(path: String?) throws -> Pagefind {
        let folders = (path ?? ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        if let program = executable("pagefind", in: folders) { return Pagefind(command: [program]) }
        if let python = executable("python3", in: folders),
            let probe = try? run([python, "-m", "pagefind", "--version"]), probe.status == 0
        {
            return Pagefind(command: [python, "-m", "pagefind"])
        }
        throw WriteError(message: missing)
    }

    /// The first executable file named `name` in `folders`.
    static func executable(_ name: String, in folders: [String]) -> String? {
        folders.lazy.filter { !$0.isEmpty }.map { joinPath($0, name) }.first { access($0, X_OK) == 0 && !isFolder($0) }
    }

    static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }

    /// Indexes the HTML under `site` into a bundle at `output`; throws `WriteError` with the end of Pagefind's output
    /// when it fails.
    func index(site: String, output: String) throws {
        let arguments = ["--site", site, "--output-path", output, "--keep-index-url", "--quiet"]
        let result: (status: Int32, output: String)
        do {
            result = try Self.run(command + arguments)
        } catch {
            throw WriteError(message: "cannot run Pagefind (\(command.joined(separator: " "))): \(WriteError.reason(error))")
        }
        guard result.status == 0 else {
            let tail = result.output.split(separator: "\n").suffix(12).joined(separator: "\n")
            throw WriteError(message: "Pagefind failed (exit status \(result.status)) indexing the site:\n\(tail)")
        }
    }

    /// Runs `command` to its end; its exit status and what it printed (standard output and error together).
    static func run(_ command: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // One pipe for both streams, read to its end before waiting: neither can fill up and stall the program.
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
