import Foundation

/// libFuzzer's entry: one input at a time (built with `Scripts/fuzz.sh`, `-sanitize=fuzzer`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}

#if !FUZZING
/// Without libFuzzer (an ordinary build): runs the files named on the command line through the
/// same target, to replay a finding or the regression files under Tests/.
@main
struct FuzzReplay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("ally-fuzz: cannot read \(path)\n".utf8))
                exit(2)
            }
            data.withUnsafeBytes { raw in FuzzTarget.run(raw.bindMemory(to: UInt8.self)) }
            print("ok \(path)")
        }
    }
}
#endif

#if FUZZING
// SwiftPM names an executable's entry `ally_fuzz_main` and points `main` at it, so libFuzzer's
// own main is never linked: the entry hands over to libFuzzer's driver instead.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The fuzzer's entry: libFuzzer's driver with its usual command line.
@_cdecl("ally_fuzz_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#endif
