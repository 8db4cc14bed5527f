import CYaml

/// A pass over libyaml's events (the parser Yams itself runs) before Yams composes the text. Front matter,
/// site.yml and statement.yml need no anchors or aliases, and aliases are how a short text makes Yams do
/// exponential work ("billion laughs", or an alias used as a mapping key, which Yams hashes expanded). Refusing
/// every anchor and alias the parser sees, however it is spelt, bounds the work by the text's length; so does a
/// cap on nesting, which no key trustsite reads needs.
package enum YAMLGuard {
    /// Lists and mappings nested deeper than this are refused; front matter values are one level deep.
    package static let maxDepth = 32
    /// Refusals reported per text at most; the pass stops there.
    package static let maxReported = 10

    /// Why a text is refused, and where (1-based line and column of the YAML text).
    package struct Refusal: Equatable {
        /// What was found.
        package enum Kind: Equatable {
            case alias(String), anchor(String), tooDeep
        }
        package var kind: Kind
        package var line: Int
        package var column: Int
    }

    /// Every anchor and alias (up to `maxReported`) and the first collection nested too deep, in text order; empty
    /// when the text is safe to compose. A syntax error ends the pass: Yams reports it in its own words.
    package static func refusals(_ yaml: String) -> [Refusal] {
        var text = yaml
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return [] }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var found: [Refusal] = []
            var depth = 0
            while found.count < maxReported, found.last?.kind != .tooDeep {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { break }
                defer { yaml_event_delete(&event) }
                let at = (line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                func refuse(_ kind: Refusal.Kind) { found.append(Refusal(kind: kind, line: at.line, column: at.column)) }
                switch event.type {
                case YAML_STREAM_END_EVENT, YAML_NO_EVENT:
                    return found
                case YAML_ALIAS_EVENT:
                    refuse(.alias(name(event.data.alias.anchor)))
                case YAML_SCALAR_EVENT:
                    if let anchor = event.data.scalar.anchor { refuse(.anchor(name(anchor))) }
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    let isSequence = event.type == YAML_SEQUENCE_START_EVENT
                    if let anchor = isSequence ? event.data.sequence_start.anchor : event.data.mapping_start.anchor {
                        refuse(.anchor(name(anchor)))
                    }
                    depth += 1
                    if depth > maxDepth { refuse(.tooDeep) }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                default:
                    break
                }
            }
            return found
        }
    }

    /// The message for `refusal` in a text called `label` ("front matter", "site.yml").
    package static func message(_ refusal: Refusal, label: String) -> String {
        switch refusal.kind {
        case .alias(let name):
            return "\(label) uses the YAML alias '*\(name)'; aliases and anchors are not allowed here: write the value out in full"
        case .anchor(let name):
            return "\(label) defines the YAML anchor '&\(name)'; anchors and aliases are not allowed here: remove it, "
                + "or put the value in quotes if '&' belongs to the text"
        case .tooDeep:
            return "\(label) nests lists or mappings more than \(maxDepth) levels deep; write each value on one line"
        }
    }

    /// An anchor's name, as the parser read it.
    private static func name(_ bytes: UnsafeMutablePointer<yaml_char_t>?) -> String {
        guard let bytes else { return "" }
        return String(cString: bytes)
    }
}
