#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The value of the process environment variable `name`, or nil when it is not set.
///
/// Straight from getenv(3): `ProcessInfo.processInfo.environment` copies the whole environment
/// into a dictionary, work that plain `ally` would otherwise do before its first frame.
func environmentVariable(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
}
