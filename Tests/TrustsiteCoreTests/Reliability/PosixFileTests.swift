import Foundation
import Testing

@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// A staged page is linked to the published file only when that file holds exactly its bytes.
    @Suite struct PosixFileTests {
        func file(_ bytes: [UInt8]) throws -> String {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("holding-\(UUID().uuidString)").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return path
        }

        @Test func onlyTheSameBytesCount() throws {
            // Larger than one read, so the comparison crosses chunks; the difference is in the last byte.
            let big = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
            let path = try file(big)
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect(PosixFile.holding(big, at: path) != nil)
            var changed = big
            changed[changed.count - 1] &+= 1
            #expect(PosixFile.holding(changed, at: path) == nil, "same size, last byte differs")
            #expect(PosixFile.holding(Array(big.dropLast()), at: path) == nil, "the file is longer")
            #expect(PosixFile.holding(big + [0], at: path) == nil, "the file is shorter")
        }

        @Test func emptyFilesFoldersAndMissingFiles() throws {
            let empty = try file([])
            defer { try? FileManager.default.removeItem(atPath: empty) }
            #expect(PosixFile.holding([], at: empty) != nil)
            #expect(PosixFile.holding([65], at: empty) == nil)
            #expect(PosixFile.holding([], at: FileManager.default.temporaryDirectory.path) == nil, "a folder is no page")
            #expect(PosixFile.holding([], at: empty + ".missing") == nil)
        }

        @Test func aFifoWhereAPageWasIsNoMatchAndDoesNotBlock() throws {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("fifo-\(UUID().uuidString)").path
            #expect(mkfifo(path, 0o644) == 0)
            defer { unlink(path) }
            #expect(PosixFile.holding([], at: path) == nil)
        }
    }
}
