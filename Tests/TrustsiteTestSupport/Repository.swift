import Foundation

/// Where the repository is, found from a source file's path.
public enum Repository {
    /// The folder holding Package.swift, above `filePath` (by default the caller's source file).
    public static func root(filePath: String = #filePath) -> String {
        var url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.path + "/Package.swift") {
            url.deleteLastPathComponent()
        }
        return url.path
    }
}
