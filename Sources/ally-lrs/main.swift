import AllyLRSHTTP
import AllyXAPI
import Foundation

// `ally-lrs`: the HTTP helper of `ally sync`. It reads one request from standard input (see
// `LRSWire`), sends it with URLSession and writes the answer to standard output. Keeping it a
// separate program keeps FoundationNetworking (libcurl) out of the `ally` binary.

if CommandLine.arguments.count > 1 {
    FileHandle.standardError.write(Data("ally-lrs is run by `ally sync`; it reads one request on standard input.\n".utf8))
    exit(2)
}
let input = FileHandle.standardInput.readDataToEndOfFile()
guard let envelope = LRSWire.decodeRequest(input) else {
    FileHandle.standardError.write(Data("ally-lrs: malformed request on standard input\n".utf8))
    exit(2)
}
let result: Result<LRSResponse, LRSUnreachable>
do {
    result = .success(try URLSessionTransport(timeout: envelope.timeout).send(envelope.request, to: envelope.endpoint))
} catch let unreachable as LRSUnreachable {
    result = .failure(unreachable)
} catch {
    result = .failure(LRSUnreachable(reason: "\(error)"))
}
FileHandle.standardOutput.write(LRSWire.encode(result))
