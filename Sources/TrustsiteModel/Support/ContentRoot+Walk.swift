extension ContentRoot {
    /// Every file under `folder` (the root or a folder under it), by path relative to `folder` in name order, hidden
    /// names (`.x`) left out, at most `maxDepth` folders down. Links are followed as `entry` allows, so the walk ends
    /// even with link loops; each refused entry is an error at its path and nothing under it is listed.
    public func files(under folder: String, maxDepth: Int = 8, into diagnostics: inout Diagnostics) -> [String] {
        var out: [String] = []
        walk(folder, prefix: "", depth: 0, maxDepth: maxDepth, into: &out, &diagnostics)
        return out
    }

    private func walk(
        _ folder: String, prefix: String, depth: Int, maxDepth: Int, into out: inout [String], _ diagnostics: inout Diagnostics
    ) {
        guard depth < maxDepth else { return }
        for name in (try? io.list(joinPath(folder, prefix))) ?? [] where !name.hasPrefix(".") {
            let relative = prefix.isEmpty ? name : prefix + "/" + name
            let path = joinPath(folder, relative)
            switch entry(path) {
            case .folder: walk(folder, prefix: relative, depth: depth + 1, maxDepth: maxDepth, into: &out, &diagnostics)
            case .file: out.append(relative)
            case .missing: break
            case .refused(let why): diagnostics.error(SourceLocation(path: path), why)
            }
        }
    }
}
