import Foundation

/// Files and folders on disk, as the tests compare them.
public enum Tree {
    /// Whether `path` is an existing regular file (following symbolic links).
    public static func isFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }

    /// Relative paths of all regular files under `folder`, sorted.
    public static func files(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var out: [String] = []
        while let relative = walker.nextObject() as? String {
            if isFile(folder + "/" + relative) { out.append(relative) }
        }
        return out.sorted()
    }

    /// Every regular file under `folder` by relative path, with its bytes, for byte-for-byte comparisons.
    public static func snapshot(_ folder: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for path in files(under: folder) { out[path] = FileManager.default.contents(atPath: folder + "/" + path) }
        return out
    }

    /// The entries of `folder`, sorted (hidden ones included).
    public static func entries(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }
}
