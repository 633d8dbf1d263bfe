import AllyProcess
@testable import AllyContent
import AllyCore
import AllyTestSupport
import Foundation
import Testing

/// The JSON Schemas in `Content/` must agree with the loader: a file the loader accepts passes its
/// schema, a file its schema rejects is rejected by the loader, and the schemas name the same keys
/// and values as the decoders. Needs `python3` with `jsonschema` and `pyyaml` (CI installs them).
@Suite struct SchemaTests {
    static let content = repositoryRoot.appendingPathComponent("Content")
    static let broken = Bundle.module.url(forResource: "Broken", withExtension: nil)!

    /// Validates files with Python's `jsonschema`; prints `{path: [error, ...]}` as JSON.
    ///
    /// The YAML loader types plain scalars as YAML 1.2's core schema does, as editors do (the
    /// schemas are for them): `yes`/`no` and dates stay text, `007` is the integer 7, `1e3` a
    /// number, `0o17` and `0x1f` integers; PyYAML on its own would read YAML 1.1.
    static let validator = #"""
    import json, re, sys, yaml, jsonschema
    class Loader(yaml.SafeLoader): pass
    core = ('bool', 'int', 'float', 'timestamp')
    Loader.yaml_implicit_resolvers = {k: [(t, r) for t, r in v if t not in ['tag:yaml.org,2002:' + c for c in core]]
                                      for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    Loader.add_implicit_resolver('tag:yaml.org,2002:bool', re.compile(r'^(?:true|True|TRUE|false|False|FALSE)$'), list('tTfF'))
    Loader.add_implicit_resolver('tag:yaml.org,2002:int', re.compile(r'^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$'), list('-+0123456789'))
    Loader.add_implicit_resolver('tag:yaml.org,2002:float', re.compile(
        r'^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$'), list('-+.0123456789'))
    def core_int(loader, node):
        value = loader.construct_scalar(node)
        return int(value[2:], 8) if value.startswith('0o') else int(value[2:], 16) if value.startswith('0x') else int(value, 10)
    Loader.add_constructor('tag:yaml.org,2002:int', core_int)
    schemas = {k: json.load(open(sys.argv[1] + '/' + k + '.schema.json')) for k in ('scenario', 'course', 'scoring')}
    for s in schemas.values():
        jsonschema.Draft202012Validator.check_schema(s)
    out = {}
    for path in sys.argv[2:]:
        name = path.rsplit('/', 1)[-1]
        kind = 'scoring' if name == 'scoring.yaml' else 'course' if name.endswith('.course.yaml') else 'scenario'
        try:
            with open(path, encoding='utf-8-sig') as f:
                data = yaml.load(f, Loader=Loader)
            out[path] = [e.message for e in jsonschema.Draft202012Validator(schemas[kind]).iter_errors(data)]
        except Exception as e:
            out[path] = ['unreadable: %s' % e]
    print(json.dumps(out))
    """#

    /// Runs the validator over `paths`; records an issue (and returns nil) when Python cannot run it.
    static func validate(_ paths: [String]) throws -> [String: [String]] {
        let result = try Subprocess.run("python3", ["-c", validator, content.path] + paths)
        try #require(result.status == 0, "python3 with jsonschema and pyyaml is required: \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: [String]])
    }

    /// Every `.yaml` file under `folder`, recursively.
    static func yamlFiles(under folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var files: [String] = []
        while let item = enumerator?.nextObject() as? String {
            if item.hasSuffix(".yaml") { files.append(folder.appendingPathComponent(item).path) }
        }
        return files.sorted()
    }

    @Test func bundledContentPassesSchemaAndLoader() throws {
        let files = Self.yamlFiles(under: Self.content)
        try #require(!files.isEmpty)
        let results = try Self.validate(files)
        for file in files {
            #expect(results[file] == [], "\(file): \(results[file] ?? [])")
        }
        let library = ContentLoader.load(from: [Self.content])
        #expect(library.errors.map(\.description) == [])
    }

    @Test func fixturesPassSchemaAndLoader() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [("en.yaml", Fixtures.scenarioEN), ("nl.yaml", Fixtures.scenarioNL), ("c.course.yaml", Fixtures.course), ("scoring.yaml", Fixtures.scoring)]
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let results = try Self.validate(files.map { folder.appendingPathComponent($0.0).path })
        #expect(results.values.allSatisfy { $0.isEmpty }, "\(results)")
        #expect(ContentLoader.load(from: [folder]).diagnostics == [])
    }

    /// Broken samples whose mistake a schema can see (unlike links between steps or files).
    static let schemaVisible = [
        "after-missing-next", "after-seconds-zero", "bad-scenario-id", "customer-mood-out-of-range",
        "difficulty-out-of-range", "empty-text", "empty-value", "escape-in-cue", "escape-sequence-in-string",
        "expectation-out-of-range", "list-for-text", "missing-choice-next", "missing-customer-type",
        "old-style-ending", "missing-step-say", "missing-title", "no-choices", "no-endings", "not-a-mapping",
        "quality-not-a-number", "quality-out-of-range", "quality-quoted", "servqual-twice",
        "retired-strategy-credit", "ten-choices", "text-for-list", "text-for-mapping", "unknown-becomes-type",
        "unknown-customer-type", "unknown-key", "unknown-key-in-choice", "unknown-key-in-step",
        "unknown-key-no-suggestion", "unknown-language", "unknown-language-far", "unknown-outcome", "unknown-phase",
        "unknown-question", "unknown-servqual",
        "course-missing-scenarios/intro.course", "course-unknown-key/intro.course",
        "scoring-all-zero/scoring", "scoring-negative-weight/scoring", "scoring-unknown-part/scoring",
    ]

    @Test func schemaAndLoaderAgreeOnTheBrokenCorpus() throws {
        // Python would expand the alias bomb; the binary file is not text at all.
        let skipped: Set<String> = ["alias-bomb.yaml", "binary-garbage.yaml"]
        let files = Self.yamlFiles(under: Self.broken).filter { !skipped.contains(($0 as NSString).lastPathComponent) }
        let results = try Self.validate(files)
        for file in files {
            let schemaErrors = results[file] ?? ["missing"]
            let loader = ContentLoader.load(from: [URL(fileURLWithPath: file)])
            // Alone, a file of a library case may miss its partner; only its own errors count here.
            let loaderErrors = loader.errors.filter { !$0.message.contains("translation") && !$0.message.hasPrefix("unknown scenario") }
            if !schemaErrors.isEmpty {
                #expect(!loaderErrors.isEmpty, "schema rejects but loader accepts \(file): \(schemaErrors)")
            }
            if loaderErrors.isEmpty {
                #expect(schemaErrors.isEmpty, "loader accepts but schema rejects \(file): \(schemaErrors)")
            }
        }
        for name in Self.schemaVisible {
            let file = Self.broken.appendingPathComponent(name + ".yaml").path
            #expect(results[file]?.isEmpty == false, "the schema should reject \(name)")
            #expect(ContentLoader.load(from: [URL(fileURLWithPath: file)]).hasErrors, "the loader should reject \(name)")
        }
    }

    // MARK: Numbers and booleans where text or an id is expected

    /// One decision per case, what an author meant; the schemas (as an editor reads the file) and
    /// the loader must both give it. Text is text however YAML would type it: `title: 2024` is a
    /// title. An id is matched against other ids, so one YAML reads as a number or a boolean must
    /// be quoted: to an editor `007` and `7` are one number, to Ally they would be two ids.
    static let valueCases: [(name: String, replace: String, with: String, accepted: Bool)] = [
        ("a year as a title", "title: Weer naar de garage", "title: 2024", true),
        ("a decimal as a title", "title: Weer naar de garage", "title: 3.5", true),
        ("an exponent as a title", "title: Weer naar de garage", "title: 1e3", true),
        ("true as a title", "title: Weer naar de garage", "title: true", true),
        ("yes as a title", "title: Weer naar de garage", "title: yes", true),
        ("infinity as a title", "title: Weer naar de garage", "title: .inf", true),
        ("nothing as a title", "title: Weer naar de garage", "title: ~", false),
        ("null as a title", "title: Weer naar de garage", "title: null", false),
        ("an empty title", "title: Weer naar de garage", "title: \"\"", false),
        ("a number as a customer's name", "name: Dhr. de Vries", "name: 42", true),
        ("a price as what the customer says", "say: \"Derde keer deze maand.\"", "say: 12.50", true),
        ("a number as a reply", "text: \"Loopt u even mee met de chef?\"", "text: 100", true),
        ("numbers and booleans as tags", "setting: Werkplaats van een autodealer", "setting: Werkplaats\ntags: [2024, true]", true),
        ("digits as an id", "id: garage-warranty-nl", "id: 12345", false),
        ("quoted digits as an id", "id: garage-warranty-nl", "id: \"12345\"", true),
        ("leading zeros as an id", "id: garage-warranty-nl", "id: 007", false),
        ("a negative number as an id", "id: garage-warranty-nl", "id: -5", false),
        ("an exponent as an id", "id: garage-warranty-nl", "id: 1e3", false),
        ("a hexadecimal number as an id", "id: garage-warranty-nl", "id: 0x1f", false),
        ("true as an id", "id: garage-warranty-nl", "id: true", false),
        ("quoted true as an id", "id: garage-warranty-nl", "id: \"true\"", true),
        ("digits after a letter as an id", "id: garage-warranty-nl", "id: a12345", true),
        ("a number as an ending and its next", "won-over", "2", false),
        ("a quoted number as an ending and its next", "won-over", "\"2\"", true),
        ("a number as the difficulty", "title: Weer naar de garage", "title: T\ndifficulty: 2", true),
        ("a quoted number as the difficulty", "title: Weer naar de garage", "title: T\ndifficulty: \"2\"", false),
        ("a whole decimal as the difficulty", "title: Weer naar de garage", "title: T\ndifficulty: 2.0", true),
        ("half a difficulty", "title: Weer naar de garage", "title: T\ndifficulty: 1.5", false),
        ("a year as a course title", "course:title: Customer types 101", "title: 2024", true),
        ("digits as a course id", "course:id: customer-types-101", "id: 12345", false),
        ("digits in a course's list", "course:scenarios: [garage-warranty-en, garage-warranty-nl]", "scenarios: [12345]", false),
    ]

    @Test func schemaAndLoaderAgreeOnNumbersWhereTextOrAnIdIsExpected() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = Fixtures.scenarioNL.replacingOccurrences(of: "translation: garage-warranty-en\n", with: "")
        var files: [String] = []
        for (index, item) in Self.valueCases.enumerated() {
            let isCourse = item.replace.hasPrefix("course:")
            let base = isCourse ? Fixtures.course : scenario
            let replace = isCourse ? String(item.replace.dropFirst("course:".count)) : item.replace
            try #require(base.contains(replace), "\(item.name)")
            let url = folder.appendingPathComponent("case-\(index)" + (isCourse ? ".course.yaml" : ".yaml"))
            try base.replacingOccurrences(of: replace, with: item.with).write(to: url, atomically: true, encoding: .utf8)
            files.append(url.path)
        }
        let results = try Self.validate(files)
        // A course alone names scenarios that are not there; only the file's own errors count.
        let elsewhere: Set<String> = ["content.unknownScenario", "content.translationUnknown"]
        for (item, file) in zip(Self.valueCases, files) {
            let schemaAccepts = results[file] == []
            let loaderAccepts = !ContentLoader.load(from: [URL(fileURLWithPath: file)]).errors.contains { !elsewhere.contains($0.code) }
            #expect(schemaAccepts == item.accepted, "schema on \(item.name): \(results[file] ?? [])")
            #expect(loaderAccepts == item.accepted, "loader on \(item.name)")
        }
    }

    @Test func anIdYAMLReadsAsANumberSaysToQuoteIt() {
        let text = Fixtures.scenarioNL.replacingOccurrences(of: "translation: garage-warranty-en\n", with: "")
            .replacingOccurrences(of: "id: garage-warranty-nl", with: "id: 007")
        #expect(Fixtures.load(text).errors.map(\.description) == [
            "test.yaml:1:5: error: YAML reads 007 as a number, and an id is text: quote it (\"007\") or start it with a letter",
        ])
    }

    // MARK: The schemas name what the decoders read

    static func schema(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: content.appendingPathComponent("\(name).schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func object(_ value: Any?, _ path: String) throws -> [String: Any] {
        try #require(value as? [String: Any], "\(path)")
    }

    static func keys(_ definition: [String: Any]) throws -> [String] {
        try object(definition["properties"], "properties").keys.sorted()
    }

    static func required(_ definition: [String: Any]) -> [String] {
        ((definition["required"] as? [String]) ?? []).sorted()
    }

    @Test func scenarioSchemaMatchesTheDecoder() throws {
        let schema = try Self.schema("scenario")
        let defs = try Self.object(schema["$defs"], "$defs")
        #expect(try Self.keys(schema) == ScenarioDecoder.scenarioKeys.sorted())
        #expect(Self.required(schema) == ScenarioDecoder.scenarioRequired.sorted())
        #expect(schema["additionalProperties"] as? Bool == false)
        let pairs: [(String, [String], [String])] = [
            ("customer", ScenarioDecoder.customerKeys, ["name", "type"]),
            ("step", ScenarioDecoder.stepKeys, ["phase", "say", "choices"]),
            ("choice", ScenarioDecoder.choiceKeys, ["text", "quality", "next"]),
            ("after", ScenarioDecoder.afterKeys, ["seconds", "next"]),
            ("ending", ScenarioDecoder.endingKeys, []),
            ("endingText", ScenarioDecoder.endingTextKeys, ["say"]),
        ]
        for (name, keys, required) in pairs {
            let definition = try Self.object(defs[name], name)
            #expect(try Self.keys(definition) == keys.sorted(), "\(name)")
            #expect(Self.required(definition) == required.sorted(), "\(name)")
            #expect(definition["additionalProperties"] as? Bool == false, "\(name)")
        }
        let enums: [(String, [String])] = [
            ("customerType", CustomerType.allCases.map(\.rawValue)),
            ("language", Language.allCases.map(\.rawValue)),
        ]
        for (name, values) in enums {
            #expect(try Self.object(defs[name], name)["enum"] as? [String] == values, "\(name)")
        }
        let step = try Self.object(try Self.object(defs["step"], "step")["properties"], "step.properties")
        #expect(try Self.object(step["phase"], "phase")["enum"] as? [String] == ServicePhase.allCases.map(\.rawValue))
        let ask = try Self.object(try Self.object(step["ask"], "ask")["items"], "ask.items")
        #expect(ask["enum"] as? [String] == Question.allCases.map(\.rawValue))
        #expect(step["strategy-credit"] == nil)
        #expect(try Self.object(step["choices"], "choices")["maxItems"] as? Int == Step.maximumChoices)
        let choice = try Self.object(try Self.object(defs["choice"], "choice")["properties"], "choice.properties")
        let servqual = try Self.object(try Self.object(choice["servqual"], "servqual")["items"], "servqual.items")
        #expect(servqual["enum"] as? [String] == ServqualDimension.allCases.map(\.rawValue))
        let ending = try Self.object(try Self.object(defs["ending"], "ending")["properties"], "ending.properties")
        #expect(ending.keys.sorted() == Outcome.allCases.map(\.rawValue).sorted())  // one text per outcome
    }

    @Test func courseAndScoringSchemasMatchTheDecoders() throws {
        let course = try Self.schema("course")
        #expect(try Self.keys(course) == CourseDecoder.keys.sorted())
        #expect(Self.required(course) == CourseDecoder.required.sorted())
        let scoring = try Self.schema("scoring")
        #expect(try Self.keys(scoring) == ["weights"])
        let weights = try Self.object(try Self.object(scoring["properties"], "properties")["weights"], "weights")
        #expect(try Self.keys(weights) == ScorePart.allCases.map(\.rawValue).sorted())
    }
}
