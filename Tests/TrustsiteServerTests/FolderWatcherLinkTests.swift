import Foundation
import Testing
@testable import TrustsiteServer

/// The preview's watcher walks only what a build reads: a link loop or a link out of the watched folder is stamped but
/// never walked, so a loop cannot multiply what every scan visits.
@Suite struct FolderWatcherLinkTests {
    @Test func linkLoopsAndLinksOutAreNotWalked() throws {
        let folder = NSTemporaryDirectory() + "trustsite-watch-links-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fm = FileManager.default
        try fm.createDirectory(atPath: folder + "/templates/assets", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: folder + "/outside", withIntermediateDirectories: true)
        try Data("a".utf8).write(to: URL(fileURLWithPath: folder + "/templates/assets/style.css"))
        try Data("b".utf8).write(to: URL(fileURLWithPath: folder + "/outside/secret.txt"))
        for (path, target) in [("assets/up", ".."), ("assets/self", "."), ("assets/out", "../../outside"), ("assets/gone", "nothing")] {
            try fm.createSymbolicLink(atPath: folder + "/templates/" + path, withDestinationPath: target)
        }
        let root = folder + "/templates"
        let paths = FolderWatcher(roots: [root]).scan().keys.map { String($0.dropFirst(root.count)) }.sorted()
        #expect(paths == ["", "/assets", "/assets/gone", "/assets/out", "/assets/self", "/assets/style.css", "/assets/up"])
    }
}
