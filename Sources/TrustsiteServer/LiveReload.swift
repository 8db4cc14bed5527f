import Foundation

/// The browser side of live reload: a script served at `/_trustsite/live.js` and the tag injected into served pages.
public enum LiveReload {
    /// Where the script is served.
    public static let scriptPath = "/_trustsite/live.js"
    /// The Server-Sent Events stream.
    public static let eventsPath = "/_trustsite/events"
    /// The build status as JSON.
    public static let statusPath = "/_trustsite/status"

    /// The output path of the page at URL path `page` (`/privacy/` is `privacy/index.html`), or nil when it is none.
    public static func outputPath(_ page: String) -> String? {
        guard page.hasPrefix("/"), let decoded = page.removingPercentEncoding,
            !decoded.split(separator: "/").contains(where: { $0 == ".." || $0 == "." })
        else { return nil }
        let path = String(decoded.dropFirst())
        return path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }

    /// The tag put before `</body>`; the generation tells the script which build the page came from.
    public static func tag(generation: Int) -> String {
        "<script src=\"\(scriptPath)\" data-trustsite-generation=\"\(generation)\"></script>\n"
    }

    /// `html` with the tag inserted before the last `</body>` (any case), or appended when there is none.
    public static func inject(into html: [UInt8], generation: Int) -> [UInt8] {
        let tag = Array(tag(generation: generation).utf8)
        let close = Array("</body".utf8)
        var i = html.count - close.count
        while i >= 0 {
            if html[i] == UInt8(ascii: "<") && zip(html[i...].prefix(close.count), close).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) {
                return Array(html[..<i]) + tag + html[i...]
            }
            i -= 1
        }
        return html + tag
    }

    /// The overlay's inner HTML for failed-build errors, every line HTML-escaped.
    public static func overlayHTML(_ errors: [String], hasSite: Bool = true) -> String {
        let lines = errors.map(escape).joined(separator: "\n")
        return
            "<h2>Build failed\(hasSite ? ": showing the last good build" : "")</h2><pre>\(lines)</pre><p>Fix the file and save; this page reloads by itself.</p>"
    }

    /// The warnings notice's inner HTML: the first `limit` lines, HTML-escaped, and how many more the terminal shows.
    public static func noticeHTML(_ warnings: [String], limit: Int = 20) -> String {
        guard !warnings.isEmpty else { return "" }
        let more = warnings.count > limit ? "\n… and \(warnings.count - limit) more in the terminal" : ""
        let count = "\(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
        return "<strong>\(count) in this build</strong><pre>\(warnings.prefix(limit).map(escape).joined(separator: "\n"))\(more)</pre>"
    }

    /// Escapes `& < > " '`.
    public static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// The script: listens for build events, reloads after a good build and shows an overlay while the build is broken.
    public static let script = #"""
        (() => {
          const me = document.currentScript;
          const generation = Number(me && me.dataset.trustsiteGeneration);
          let overlay = null;
          function show(html) {
            if (!overlay) {
              // A shadow root keeps the site's styles off the overlay and the overlay's off the site.
              overlay = document.createElement("trustsite-overlay");
              overlay.setAttribute("role", "alert");
              overlay.attachShadow({ mode: "open" });
              document.body.appendChild(overlay);
            }
            overlay.shadowRoot.innerHTML = "<style>:host{all:initial;position:fixed;inset:0;z-index:2147483647;overflow:auto;" +
              "background:rgba(24,6,6,.94);color:#fde8e8;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}" +
              "div{max-width:72rem;margin:2rem auto;padding:0 1.5rem}h2{color:#ff8a8a;font-size:1.25rem;margin:0 0 1rem}" +
              "pre{white-space:pre-wrap;word-break:break-word;margin:0 0 1rem;padding:1rem;background:#000;color:#fff;border-left:4px solid #ff5c5c}" +
              "p{color:#d9c4c4;margin:0}</style><div>" + html + "</div>";
          }
          function hide() { if (overlay) { overlay.remove(); overlay = null; } }
          // A good build's warnings: a small box in a corner that leaves the page readable; dismissed per build.
          let notice = null;
          const dismissed = "trustsite-dismissed-warnings";
          function showNotice(data) {
            if (notice || !data.notice || sessionStorage.getItem(dismissed) === String(data.generation)) return;
            notice = document.createElement("trustsite-notice");
            notice.setAttribute("role", "status");
            notice.attachShadow({ mode: "open" });
            notice.shadowRoot.innerHTML = "<style>:host{all:initial;position:fixed;right:1rem;bottom:1rem;z-index:2147483646;" +
              "max-width:min(40rem,calc(100vw - 2rem));max-height:40vh;overflow:auto;background:#fff8e1;color:#3b2f00;" +
              "border:1px solid #e0b400;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.2);padding:.5rem .75rem;" +
              "font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}pre{white-space:pre-wrap;word-break:break-word;" +
              "margin:.5rem 0 0}button{float:right;font:inherit;margin-left:.5rem;cursor:pointer}</style>" +
              "<button type=button aria-label='Dismiss warnings'>×</button>" + data.notice;
            notice.shadowRoot.querySelector("button").addEventListener("click", () => {
              sessionStorage.setItem(dismissed, String(data.generation));
              notice.remove();
              notice = null;
            });
            document.body.appendChild(notice);
          }
          function status(data) {
            if (data.generation !== generation) location.reload();
            else if (!data.ok) show(data.html);
            else { hide(); showNotice(data); }
          }
          const events = new EventSource("/_trustsite/events?page=" + encodeURIComponent(location.pathname));
          events.addEventListener("hello", e => status(JSON.parse(e.data)));
          events.addEventListener("reload", e => status(JSON.parse(e.data)));
          events.addEventListener("errors", e => show(JSON.parse(e.data).html));
        })();
        """#
}
