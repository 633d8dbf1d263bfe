import AllyCore
import CLibYAML
import Foundation

/// Single-threaded timings of the loading pipeline's stages, for `ally-bench` only.
package enum ContentStages {
    /// Milliseconds spent on each stage over `paths`, each stage including the ones before it.
    package static func measure(_ paths: [String]) -> [(stage: String, milliseconds: Double)] {
        func time(_ body: (String) -> Void) -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            for path in paths { body(path) }
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        }
        var sink = 0
        let read = time { path in sink &+= (try? ContentFile.readBytes(path).get())?.count ?? 0 }
        let checked = time { path in
            guard let bytes = try? ContentFile.readBytes(path).get() else { return }
            bytes.withUnsafeBufferPointer { if case .success(let n) = TextCheck.check($0) { sink &+= n } }
        }
        let events = time { path in
            guard let bytes = try? ContentFile.readBytes(path).get() else { return }
            bytes.withUnsafeBufferPointer { sink &+= eventCount($0) }
        }
        let parsed = time { path in
            guard let bytes = try? ContentFile.readBytes(path).get() else { return }
            bytes.withUnsafeBufferPointer { if YAMLReader.read($0).root != nil { sink &+= 1 } }
        }
        let decoded = time { path in
            sink &+= ContentFile.load(path: path, display: path, kind: .scenario).diagnostics.count
        }
        precondition(sink != Int.min)
        return [("read", read), ("read+bytes", checked), ("read+bytes+libyaml events", events), ("read+bytes+yaml", parsed), ("read+bytes+yaml+decode", decoded)]
    }

    /// libyaml's events alone, without building anything: the floor for the reader.
    private static func eventCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return 0 }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, base, bytes.count)
        var event = yaml_event_t()
        var count = 0
        while yaml_parser_parse(&parser, &event) == 1 {
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            count += 1
            if done { break }
        }
        return count
    }
}
