import AllyCore
import CLibYAML

/// Reads one YAML document into a `YAMLNode` tree by driving libyaml's event API directly.
///
/// Why events and not Yams's `compose`: building Yams's generic node tree costs about ten times
/// the parse itself, and the content format needs none of its features. Hostile input is cut
/// off early: anchors and aliases (alias bombs), tags, several documents, and deep nesting are errors at the offending position.
enum YAMLReader {
    /// Deepest nesting of mappings and lists accepted; the format itself needs five.
    static let maximumDepth = 32

    /// The outcome of reading: the tree (absent after a fatal error) and every problem found.
    struct Output {
        var root: YAMLNode?
        var problems: [TextCheck.Problem]
    }

    /// Parses UTF-8 bytes (already checked by `TextCheck`) into a tree.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Output {
        // libyaml asserts on a null input pointer, which an empty buffer may have.
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            return Output(root: nil, problems: [TextCheck.Problem(mark: nil, message: Localized("content.emptyFile"))])
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return Output(root: nil, problems: [TextCheck.Problem(mark: nil, message: Localized("content.outOfMemory"))])
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, base, bytes.count)
        var builder = Builder()
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                builder.fail(syntaxError(parser, bytes))
                break
            }
            let done = event.type == YAML_STREAM_END_EVENT
            builder.take(event)
            yaml_event_delete(&event)
            if done || builder.failed { break }
        }
        if !builder.failed, builder.root == nil {
            builder.fail(TextCheck.Problem(mark: nil, message: Localized("content.emptyFile")))
        }
        return Output(root: builder.failed ? nil : builder.root, problems: builder.problems)
    }

    /// libyaml's problem text and position, with its context when it has one, and what to do about
    /// it in plain words for the two mistakes authors make most: a tab, and an unquoted ": " in text.
    private static func syntaxError(_ parser: yaml_parser_t, _ bytes: UnsafeBufferPointer<UInt8>) -> TextCheck.Problem {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        let context = parser.context.map { String(cString: $0) }
        // libyaml's own words stay English: they are its, and a search engine knows them.
        var message = Localized("content.yamlSyntax", ["problem": context.map { "\($0), \(problem)" } ?? problem])
        let offset = Int(parser.problem_mark.index)
        let atTab = offset < bytes.count && bytes[offset] == 0x09
        if problem.contains("tab character") || (problem.hasPrefix("found character that cannot start any token") && atTab) {
            message = Localized("content.yamlTabs", ["error": message])
        } else if problem.hasPrefix("mapping values are not allowed"), colonEarlierOnLine(bytes, before: offset) {
            message = Localized("content.yamlColon", ["error": message])
        }
        // Reader errors carry a byte offset, not a mark; scanner and parser errors carry a mark.
        let mark: Mark? = parser.error == YAML_READER_ERROR
            ? nil
            : Mark(line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1)
        return TextCheck.Problem(mark: mark, message: message)
    }

    /// Whether the line holding `offset` has a ": " before it: a value that holds a colon itself.
    private static func colonEarlierOnLine(_ bytes: UnsafeBufferPointer<UInt8>, before offset: Int) -> Bool {
        var index = min(offset, bytes.count) - 1
        while index > 0, bytes[index] != 0x0A {
            if bytes[index] == 0x20, bytes[index - 1] == 0x3A { return true }
            index -= 1
        }
        return false
    }

    /// Turns the event stream into a tree with an explicit stack (no recursion on input depth).
    private struct Builder {
        /// A mapping or list under construction. Frames are mutated in place on the stack, so
        /// appending never copies a half-built array.
        struct Frame {
            var isMapping: Bool
            var mark: Mark
            var items: [YAMLNode] = []
            var entries: [(key: YAMLScalar, value: YAMLNode)] = []
            /// A mapping's key whose value has not been read yet.
            var pendingKey: YAMLScalar?
        }

        var stack: [Frame] = []
        var root: YAMLNode?
        var problems: [TextCheck.Problem] = []
        var failed = false
        var documents = 0

        mutating func fail(_ problem: TextCheck.Problem) {
            problems.append(problem)
            failed = true
        }

        mutating func take(_ event: yaml_event_t) {
            let mark = Mark(line: event.start_mark.line + 1, column: event.start_mark.column + 1)
            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    fail(.init(mark: mark, message: Localized("content.secondDocument")))
                }
            case YAML_ALIAS_EVENT:
                fail(.init(mark: mark, message: Localized("content.yamlAlias", ["value1": text(event.data.alias.anchor)])))
            case YAML_SCALAR_EVENT:
                let data = event.data.scalar
                guard checkAnchorAndTag(data.anchor, data.tag, mark) else { return }
                let bytes = UnsafeBufferPointer(start: data.value, count: data.length)
                // Escapes such as "\e" in double quotes can produce control characters that the
                // byte check of the file could not see; they must never reach a terminal.
                if let control = TextCheck.firstControlCharacter(in: bytes) {
                    problems.append(.init(mark: mark, message: TextCheck.controlMessage(control)))
                }
                let style: YAMLScalar.Style = switch data.style {
                case YAML_PLAIN_SCALAR_STYLE: .plain
                case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE: .block
                default: .quoted
                }
                add(.scalar(YAMLScalar(value: String(decoding: bytes, as: UTF8.self), style: style, mark: mark)))
            case YAML_SEQUENCE_START_EVENT:
                let data = event.data.sequence_start
                guard checkAnchorAndTag(data.anchor, data.tag, mark), checkDepth(mark) else { return }
                stack.append(Frame(isMapping: false, mark: mark))
            case YAML_MAPPING_START_EVENT:
                let data = event.data.mapping_start
                guard checkAnchorAndTag(data.anchor, data.tag, mark), checkDepth(mark) else { return }
                stack.append(Frame(isMapping: true, mark: mark))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { return }
                add(frame.isMapping
                    ? .mapping(YAMLMapping(entries: frame.entries, mark: frame.mark))
                    : .sequence(YAMLSequence(items: frame.items, mark: frame.mark)))
            default:
                break
            }
        }

        /// Places a finished node: as a mapping key, a mapping value, a list item or the root.
        private mutating func add(_ node: YAMLNode) {
            let top = stack.count - 1
            guard top >= 0 else {
                root = node
                return
            }
            if !stack[top].isMapping {
                stack[top].items.append(node)
            } else if let key = stack[top].pendingKey {
                stack[top].entries.append((key, node))
                stack[top].pendingKey = nil
            } else {
                // Duplicate keys are left to the decoder, which knows what they name (a step id, a key).
                guard case .scalar(let key) = node, key.style != .block else {
                    fail(.init(mark: node.mark, message: Localized("content.complexKey", ["kindDescription": node.kindDescription])))
                    return
                }
                stack[top].pendingKey = key
            }
        }

        private mutating func checkAnchorAndTag(_ anchor: UnsafeMutablePointer<UInt8>?, _ tag: UnsafeMutablePointer<UInt8>?, _ mark: Mark) -> Bool {
            if let anchor {
                fail(.init(mark: mark, message: Localized("content.yamlAnchor", ["value1": text(anchor)])))
                return false
            }
            if let tag {
                // Show the short form an author writes: "!!str", not "tag:yaml.org,2002:str".
                let name = text(tag).replacingOccurrences(of: "tag:yaml.org,2002:", with: "!!")
                fail(.init(mark: mark, message: Localized("content.yamlTag", ["name": name])))
                return false
            }
            return true
        }

        private mutating func checkDepth(_ mark: Mark) -> Bool {
            guard stack.count < YAMLReader.maximumDepth else {
                fail(.init(mark: mark, message: Localized("content.tooDeep", ["maximumDepth": YAMLReader.maximumDepth])))
                return false
            }
            return true
        }

        private func text(_ pointer: UnsafeMutablePointer<UInt8>?) -> String {
            pointer.map { String(cString: $0) } ?? ""
        }
    }
}
