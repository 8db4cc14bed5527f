import Foundation
import Hummingbird
import NIOCore
import NIOPosix

/// Answers every request of the preview: the live-reload endpoints under `/_trustsite/`, then files of the preview folder.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let files: StaticFiles
    let hub: ReloadHub
    let hosts: HostCheck

    func respond(to request: Request, context: Context) async throws -> Response {
        // Before anything else: a request under a name this server does not go by may come from another site's page.
        guard hosts.allows(request.head.authority) else {
            return text(.misdirectedRequest, "This preview answers only requests for localhost or the address it listens on.\n")
        }
        let path = request.uri.path
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        let response = path.hasPrefix("/_trustsite/") ? await liveReload(path, request) : try await file(path, request)
        return request.method == .head ? response.createHeadResponse() : response
    }

    func liveReload(_ path: String, _ request: Request) async -> Response {
        switch path {
        case LiveReload.eventsPath:
            // The page the script runs on: a rebuild renders it first and reloads it as soon as it is written.
            let stream = await hub.subscribe(page: request.uri.queryParameters.get("page"))
            let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"]
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody { writer in
                    for await message in stream { try await writer.write(ByteBuffer(string: message)) }
                    try await writer.finish(nil)
                })
        case LiveReload.statusPath:
            return text(.ok, ReloadHub.json(await hub.status), type: "application/json; charset=utf-8")
        case LiveReload.scriptPath:
            return text(.ok, LiveReload.script, type: "text/javascript; charset=utf-8")
        default:
            return text(.notFound, "Not found\n")
        }
    }

    func file(_ path: String, _ request: Request) async throws -> Response {
        // Read the generation before the file: a page read during a build then carries the older one and reloads.
        let generation = await hub.status.generation
        let (files, wantsBody) = (self.files, request.method == .get)
        let (target, contents) = try await NIOThreadPool.singleton.runIfActive { () -> (StaticFiles.Target, FileContents?) in
            let target = files.resolve(path)
            guard case .file(let real) = target else { return (target, nil) }
            // HTML is read for HEAD too: its length includes the injected tag.
            return (target, FileContents.load(real, body: wantsBody || real.hasSuffix(".html")))
        }
        switch target {
        case .badRequest:
            return text(.badRequest, "Bad request\n")
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: location + (request.uri.query.map { "?" + $0 } ?? "")])
        case .notFound:
            return try await notFound(generation: generation)
        case .file(let real):
            guard let contents else { return try await notFound(generation: generation) }
            return serve(real, contents, status: .ok, generation: generation, request: request)
        }
    }

    func serve(_ path: String, _ file: FileContents, status: HTTPResponse.Status, generation: Int, request: Request) -> Response {
        let isHTML = path.hasSuffix(".html")
        // Served HTML carries the build generation, so its validator must change with it.
        let etag = isHTML ? String(file.etag.dropLast()) + "-g\(generation)\"" : file.etag
        var headers: HTTPFields = [
            .contentType: StaticFiles.contentType(for: path), .eTag: etag, .cacheControl: "no-cache",
            .init("X-Content-Type-Options")!: "nosniff",
        ]
        if !isHTML { headers[.lastModified] = file.lastModified }
        if status == .ok && Self.notModified(request.headers, etag: etag, modified: isHTML ? nil : file.modified) {
            headers[.contentType] = nil
            return Response(status: .notModified, headers: headers)
        }
        var bytes = file.bytes ?? []
        if isHTML { bytes = LiveReload.inject(into: bytes, generation: generation) }
        // A HEAD of a non-HTML file reads no bytes but still tells their length.
        headers[.contentLength] = String(file.bytes == nil ? file.size : bytes.count)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The site's 404.html with status 404, or a bare page (still with the live-reload tag) when there is none yet.
    func notFound(generation: Int) async throws -> Response {
        let files = self.files
        let page = try await NIOThreadPool.singleton.runIfActive { () -> (String, FileContents)? in
            guard case .file(let real) = files.resolve("/404.html"), let contents = FileContents.load(real, body: true) else { return nil }
            return (real, contents)
        }
        var headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"]
        guard let (path, contents) = page else {
            let html = Array(
                "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Not found</title></head><body><h1>Not found</h1></body></html>\n"
                    .utf8)
            return Response(
                status: .notFound, headers: headers,
                body: .init(byteBuffer: ByteBuffer(bytes: LiveReload.inject(into: html, generation: generation))))
        }
        let bytes = LiveReload.inject(into: contents.bytes ?? [], generation: generation)
        headers[.contentType] = StaticFiles.contentType(for: path)
        return Response(status: .notFound, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// Whether the client's copy is current: `If-None-Match` first, else `If-Modified-Since` (when the file has a time).
    static func notModified(_ headers: HTTPFields, etag: String, modified: Int?) -> Bool {
        if let match = headers[.ifNoneMatch] {
            return match.split(separator: ",").contains { tag in
                let tag = tag.trimmingCharacters(in: .whitespaces)
                return tag == "*" || tag == etag || tag == "W/" + etag
            }
        }
        guard let modified, let since = headers[.ifModifiedSince].flatMap(HTTPDate.parse) else { return false }
        return modified <= since
    }

    func text(_ status: HTTPResponse.Status, _ body: String, type: String = "text/plain; charset=utf-8") -> Response {
        Response(
            status: status, headers: [.contentType: type, .cacheControl: "no-store"], body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
