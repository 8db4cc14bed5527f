import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing
@testable import TrustsiteCore
@testable import TrustsiteModel
@testable import TrustsiteRender
@testable import TrustsiteChecks

extension Reliability {
    /// Values from front matter, YAML files and Markdown are escaped in HTML, attributes, XML and JSON, and no dangerous
    /// link (`javascript:` in any case or with tabs inside, `vbscript:`, `data:text/html`) reaches any output file.
    @Suite struct PublishSafetyTests {
        /// Hostile values in every place a value can come from.
        static let files: [String: String] = [
            "content/site.yml":
                "title: '<script>alert(\"site\")</script> & \"q\"'\norganization: \"<img src=x onerror=alert(1)>\"\ndescription: '\" onmouseover=\"alert(1)'\n",
            "content/p/statement.yml":
                "title: \"</title><script>alert('statement')</script>\"\ndescription: \"<b onclick=alert(1)>d</b>\"\n",
            "content/p/2024-01-01.md":
                "---\ntitle: \"<svg onload=alert(1)>\"\n---\n## A <b>\n\n[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](java&#9;script:alert(1))\n\n"
                + "[d](<java\tscript:alert(1)>) [e](&#x6A;avascript:alert(1)) [f]( vbscript:msgbox(1)) ![g](javascript:alert(1))\n\n"
                + "<javascript:alert(1)> [h][r] [i](data:text/html;base64,PHNjcmlwdD4=) [j](JAVASCRIPT&colon;alert(1))\n\n[r]: javascript:alert(1)\n",
            "content/p/2024-02-01.md":
                "---\nsummary: \"<script>alert('summary')</script> [x](javascript:alert(1)) \\\"quoted\\\" & more\"\n---\n## A <b>\n\nChanged [k](jav\u{0}ascript:alert(1)).\n",
        ]

        /// Whether a browser would run `url` as script (it drops ASCII whitespace and controls and ignores case).
        static func isScript(_ url: String) -> Bool {
            let squeezed = String(url.unicodeScalars.filter { $0.value > 0x20 }).lowercased()
            return ["javascript:", "vbscript:", "data:text"].contains { squeezed.hasPrefix($0) }
        }

        /// Every `href`/`src` value in `html`, entities decoded.
        static func links(_ html: String) -> [String] {
            HTMLScan.matches("\\s(?:href|src|action)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')", in: html, options: .caseInsensitive).map {
                groups in
                (groups[1] ?? groups[2] ?? "").replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&#39;", with: "'")
                    .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
            }
        }

        /// Checks one HTML document (a page, or the HTML inside a feed entry).
        func expectSafeHTML(_ html: String, _ path: String) {
            let lower = html.lowercased()
            for payload in ["<script>alert", "<svg onload", "<img src=x onerror", "<b onclick", "</title><script"] {
                #expect(!lower.contains(payload), "\(path) contains \(payload)")
            }
            // Escaped text never holds a bare `"`, so with quoted values blanked, what is left inside tags is markup.
            let markup = lower.replacingOccurrences(of: "\"[^\"]*\"", with: "\"\"", options: .regularExpression)
            #expect(
                markup.range(of: "<[^>]*\\son[a-z]+\\s*=", options: .regularExpression) == nil, "\(path) has an event handler attribute")
            for link in Self.links(html) { #expect(!Self.isScript(link), "\(path) links to \(link)") }
        }

        @Test func hostileValuesAreEscapedAndScriptLinksDropped() throws {
            let site = try TempSite(Self.files)
            let report = try SiteBuilder(options: site.options).build()
            #expect(report.versions == 2)
            let output = Tree.snapshot(site.output)
            #expect(output.keys.contains { $0.hasSuffix(".xml") } && output.keys.contains("p/index.html"))
            var sawEscapedTitle = false
            for (path, data) in output.sorted(by: { $0.key < $1.key }) {
                let text = String(decoding: data, as: UTF8.self)
                if path.hasSuffix(".html") {
                    expectSafeHTML(text, path)
                    sawEscapedTitle = sawEscapedTitle || text.contains("&lt;/title&gt;&lt;script&gt;alert(")
                } else if path.hasSuffix(".xml") {
                    let reader = XMLText(data)
                    #expect(reader.parsed, "\(path) is not well-formed XML: \(reader.error ?? "")")
                    for link in reader.attributes["href", default: []] { #expect(!Self.isScript(link), "\(path) links to \(link)") }
                    for html in reader.texts["content", default: []] { expectSafeHTML(html, path + " <content>") }
                } else if path.hasSuffix(".json") {
                    let json = try? JSONSerialization.jsonObject(with: data)
                    #expect(json != nil, "\(path) is not valid JSON")
                    #expect(!Self.strings(in: json as Any).contains { Self.isScript($0) }, "\(path) holds a script link")
                }
            }
            #expect(sawEscapedTitle, "the statement title was not found, escaped, in any page")
            let versions = try JSONSerialization.jsonObject(with: try #require(output["p/versions.json"])) as? [String: Any]
            #expect(versions?["title"] as? String == "</title><script>alert('statement')</script>")
        }

        @Test(arguments: [
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", " \u{1}javascript:x", "vbscript:x", "data:text/html,x",
            "java\nscript:x",
        ])
        func dangerousURLsBecomeEmptyLinks(_ url: String) {
            #expect(HTML.isDangerous(url) && HTML.href(url).isEmpty)
            var out = ""
            HTMLRenderer(rawHTML: true).render(
                [.paragraph([.link(url: url, title: "", [.text("x")]), .image(url: url, title: "", alt: [])])], into: &out)
            #expect(out == "<p><a href=\"\">x</a><img src=\"\" alt=\"\" /></p>\n")
        }

        /// Every string in a JSON value.
        static func strings(in value: Any) -> [String] {
            switch value {
            case let s as String: return [s]
            case let a as [Any]: return a.flatMap { strings(in: $0) }
            case let d as [String: Any]: return d.values.flatMap { strings(in: $0) }
            default: return []
            }
        }
    }
}

/// The text and attributes of an XML document, by element and attribute name; `parsed` is false when it is not well-formed.
final class XMLText: NSObject, XMLParserDelegate {
    /// Whether the whole document parsed.
    private(set) var parsed = false
    /// The parser's complaint, if any.
    private(set) var error: String?
    /// Text content by element name.
    private(set) var texts: [String: [String]] = [:]
    /// Attribute values by attribute name.
    private(set) var attributes: [String: [String]] = [:]
    /// Open elements with the text read inside them so far.
    private var stack: [(name: String, text: String)] = []

    /// Parses `data`.
    init(_ data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        parsed = parser.parse()
        error = parser.parserError.map { "\($0)" }
    }

    /// Records the element's attributes and opens it.
    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]
    ) {
        for (key, value) in attributes { self.attributes[key, default: []].append(value) }
        stack.append((name, ""))
    }

    /// Adds text to the open element.
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !stack.isEmpty { stack[stack.count - 1].text += string }
    }

    /// Closes the element and keeps its text.
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard let done = stack.popLast() else { return }
        texts[done.name, default: []].append(done.text)
    }
}
