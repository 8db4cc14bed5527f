import Yams

/// The top-level mapping of a YAML document, with typed accessors that report mistakes at the value's position.
package struct YAMLFields {
    package let path: String
    /// File line of the YAML's first line, to turn YAML marks into file positions.
    package let firstLine: Int
    package let pairs: [(key: String, value: Node)]

    /// Parses `yaml`; reports a syntax error or a non-mapping document and returns nil. `label` names the text in messages.
    package static func parse(
        _ yaml: String, path: String, firstLine: Int, label: String = "front matter",
        into diagnostics: inout Diagnostics
    ) -> YAMLFields? {
        let refusals = YAMLGuard.refusals(yaml)
        for refusal in refusals {
            diagnostics.error(
                SourceLocation(path: path, line: firstLine + refusal.line - 1, column: refusal.column),
                YAMLGuard.message(refusal, label: label))
        }
        guard refusals.isEmpty else { return nil }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            let (mark, problem) = Self.describe(error, firstLine: firstLine)
            diagnostics.error(
                SourceLocation(
                    path: path, line: firstLine + max(0, (mark?.line ?? 1) - 1),
                    column: mark?.column ?? 0),
                "\(label) is not valid YAML: \(problem); \(Self.syntaxHint)")
            return nil
        } catch {
            diagnostics.error(SourceLocation(path: path, line: firstLine), "\(label) is not valid YAML: \(error); \(Self.syntaxHint)")
            return nil
        }
        guard let node else { return YAMLFields(path: path, firstLine: firstLine, pairs: []) }
        if case .scalar(let s) = node, s.string.isEmpty { return YAMLFields(path: path, firstLine: firstLine, pairs: []) }
        guard let mapping = node.mapping else {
            diagnostics.error(
                location(of: node, path: path, firstLine: firstLine),
                "\(label) must be a mapping of keys to values; write one 'key: value' per line")
            return nil
        }
        var pairs: [(String, Node)] = []
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                diagnostics.error(
                    location(of: key, path: path, firstLine: firstLine),
                    "\(label) keys must be plain strings; write the key as a word, e.g. 'title:'")
                continue
            }
            pairs.append((name, value))
        }
        return YAMLFields(path: path, firstLine: firstLine, pairs: pairs)
    }

    /// How to fix the usual YAML mistakes, appended to syntax errors.
    package static let syntaxHint = "fix the YAML here (quote values that contain ': ' or start with a character such as *, &, [, { or #)"

    /// The value of `key`, if present.
    package func node(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }

    /// Where `node` starts in the file.
    package func location(_ node: Node) -> SourceLocation { Self.location(of: node, path: path, firstLine: firstLine) }

    /// A string value; numbers and dates are read as written.
    package func string(_ key: String, _ diagnostics: inout Diagnostics) -> String? {
        guard let value = node(key) else { return nil }
        guard case .scalar(let scalar) = value else {
            diagnostics.error(location(value), "'\(key)' must be a string, not a list or mapping; write it on one line, e.g. \(key): \"…\"")
            return nil
        }
        // An empty `title:` or `~` means "not set", but a quoted "" is an explicit empty string.
        if scalar.style == .plain && value.null != nil { return nil }
        // A quoted YAML escape ("\x01", "\e") makes a character the file's bytes never hold.
        if let bad = scalar.string.unicodeScalars.first(where: UnicodeControls.isHiddenControl) {
            diagnostics.warning(
                location(value),
                "'\(key)' holds \(UnicodeControls.described(bad)), which no page shows"
                    + (UnicodeControls.isXMLForbidden(bad) ? " and XML forbids (the feeds replace it)" : "") + "; delete it")
        }
        return scalar.string
    }

    /// A `YYYY-MM-DD` date.
    package func day(_ key: String, _ diagnostics: inout Diagnostics) -> Day? {
        guard let value = node(key), value.null == nil else { return nil }
        guard let text = value.scalar?.string else {
            diagnostics.error(
                location(value), "'\(key)' must be a date (YYYY-MM-DD), not a list or mapping; write it as \(key): 2024-01-31")
            return nil
        }
        guard let day = Day(text) else {
            diagnostics.error(location(value), "'\(key)' is not a date: \"\(text)\" (expected YYYY-MM-DD)")
            return nil
        }
        return day
    }

    /// A boolean (`true`/`false`).
    package func bool(_ key: String, _ diagnostics: inout Diagnostics) -> Bool? {
        guard let value = node(key), value.null == nil else { return nil }
        guard value.scalar != nil, let flag = value.bool else {
            diagnostics.error(location(value), "'\(key)' must be true or false; write \(key): true or \(key): false")
            return nil
        }
        return flag
    }

    /// An integer.
    package func int(_ key: String, _ diagnostics: inout Diagnostics) -> Int? {
        guard let value = node(key), value.null == nil else { return nil }
        guard value.scalar != nil, let number = value.int else {
            diagnostics.error(location(value), "'\(key)' must be a whole number; write it without quotes or decimals, e.g. \(key): 1")
            return nil
        }
        return number
    }

    package static func location(of node: Node, path: String, firstLine: Int) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(path: path, line: firstLine) }
        return SourceLocation(path: path, line: firstLine + mark.line - 1, column: mark.column)
    }

    /// Where a YAML error is to be fixed and what it is. An unclosed `[` or quote is only noticed where the text
    /// ends, so such an error points where the unclosed value starts and says where the parser gave up.
    package static func describe(_ error: YamlError, firstLine: Int) -> (Yams.Mark?, String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            guard let context else { return (mark, problem) }
            guard context.mark.line != mark.line || context.mark.column != mark.column else {
                return (mark, "\(problem) (\(context.text))")
            }
            let found = "line \(firstLine + mark.line - 1), column \(mark.column)"
            return (context.mark, "\(problem) (\(context.text) that starts here; noticed at \(found))")
        case let .duplicatedKeysInMapping(duplicates, context):
            return (context.mark, "duplicated key \(duplicates.joined(separator: ", ")) (keep only one of them)")
        default:
            return (nil, error.description)
        }
    }
}
