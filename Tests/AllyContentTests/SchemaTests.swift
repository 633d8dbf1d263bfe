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
    /// The YAML loader reads booleans as YAML 1.2 does (`yes`/`no` stay text) and leaves dates as
    /// text, as the Swift loader does.
    static let validator = #"""
    import json, re, sys, yaml, jsonschema
    class Loader(yaml.SafeLoader): pass
    Loader.yaml_implicit_resolvers = {k: [(t, r) for t, r in v if t not in ('tag:yaml.org,2002:bool', 'tag:yaml.org,2002:timestamp')]
                                      for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    Loader.add_implicit_resolver('tag:yaml.org,2002:bool', re.compile(r'^(?:true|True|TRUE|false|False|FALSE)$'), list('tTfF'))
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
